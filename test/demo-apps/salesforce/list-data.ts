/**
 * The demo org's pipeline for the forecast board: generated Opportunities as the REST query resource returns them
 * (sObject records with `attributes`, `Owner.Name`, `Account.Name`), the users and their role hierarchy for
 * "my team", and the list views the board can open. Deterministic for a seed and a day: close dates are relative to
 * the day, so "closing this quarter" and "close date in the past" mean the same on any day the tests run.
 *
 * The signed-in demo user is Morgan Lee, manager of the East team (roles: Sales VP > East Manager > East Rep, and
 * West Manager > West Rep beside it).
 */
import { API_VERSION } from '../../../lib/sites/salesforce/api';
import { dayFrom, demoId, seeded } from '../board/random';

export interface DemoUser {
  readonly Id: string;
  readonly Name: string;
  readonly UserRoleId: string;
}

export const DEMO_ROLES = [
  { Id: '00EHs0000000VP0AAA', Name: 'Sales VP', ParentRoleId: null },
  { Id: '00EHs0000000EM0AAA', Name: 'East Manager', ParentRoleId: '00EHs0000000VP0AAA' },
  { Id: '00EHs0000000ER0AAA', Name: 'East Rep', ParentRoleId: '00EHs0000000EM0AAA' },
  { Id: '00EHs0000000WM0AAA', Name: 'West Manager', ParentRoleId: '00EHs0000000VP0AAA' },
  { Id: '00EHs0000000WR0AAA', Name: 'West Rep', ParentRoleId: '00EHs0000000WM0AAA' },
] as const;

export const DEMO_USERS: readonly DemoUser[] = [
  { Id: '005Hs00000BRD01AAA', Name: 'Morgan Lee', UserRoleId: '00EHs0000000EM0AAA' },
  { Id: '005Hs00000BRD02AAA', Name: 'Priya Raman', UserRoleId: '00EHs0000000ER0AAA' },
  { Id: '005Hs00000BRD03AAA', Name: 'Tom Becker', UserRoleId: '00EHs0000000ER0AAA' },
  { Id: '005Hs00000BRD04AAA', Name: 'Ana Souza', UserRoleId: '00EHs0000000WM0AAA' },
  { Id: '005Hs00000BRD05AAA', Name: 'Kenji Ito', UserRoleId: '00EHs0000000WR0AAA' },
  { Id: '005Hs00000BRD06AAA', Name: 'Lena Fischer', UserRoleId: '00EHs0000000WR0AAA' },
];

/** The user the demo API session belongs to. */
export const CURRENT_USER = DEMO_USERS[0] as DemoUser;

export const RECORD_TYPES = { newBusiness: '012Hs0000000NEWAAA', renewal: '012Hs0000000RENAAA' } as const;

export const LIST_VIEWS = [
  { id: '00BHs0000000ALLAAA', developerName: 'AllOpportunities', label: 'All Opportunities', scope: '' },
  { id: '00BHs0000000MINAAA', developerName: 'MyOpportunities', label: 'My Opportunities', scope: ' USING SCOPE mine' },
] as const;

/** The size of the pipeline the board tests load (a few hundred, several owners, Commit and Best Case, dirty ones). */
export const BOARD_OPPORTUNITIES = 320;
export const BOARD_SEED = 20_261_125;

const STAGES = [
  { stage: 'Prospecting', probability: 10, forecast: ['Pipeline'] },
  { stage: 'Qualification', probability: 10, forecast: ['Pipeline'] },
  { stage: 'Needs Analysis', probability: 20, forecast: ['Pipeline', 'Best Case'] },
  { stage: 'Value Proposition', probability: 50, forecast: ['Pipeline', 'Best Case'] },
  { stage: 'Id. Decision Makers', probability: 60, forecast: ['Best Case'] },
  { stage: 'Perception Analysis', probability: 70, forecast: ['Best Case', 'Commit'] },
  { stage: 'Proposal/Price Quote', probability: 75, forecast: ['Best Case', 'Commit'] },
  { stage: 'Negotiation/Review', probability: 90, forecast: ['Commit'] },
] as const;

const ACCOUNTS = ['Northwind Traders', 'Globex', 'Initech', 'Umbrella Health', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Soylent', 'Tyrell', 'Vandelay Imports'];
const PRODUCTS = ['Platform renewal', 'Expansion', 'New logo', 'Services', 'Analytics upsell', 'Multi-year'];
const NEXT_STEPS = ['Send revised quote to CFO by Friday', 'Demo for IT on Tuesday', 'Legal review of MSA', 'Follow up after budget meeting'];

/** Open Opportunities as `/query` returns them (sObject records), `count` of them, for `today` (`YYYY-MM-DD`). */
export function boardOpportunities(count: number, seed: number, today: string): Record<string, unknown>[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => {
    const stage = random.pick(STAGES);
    const owner = random.pick(DEMO_USERS);
    const id = demoId('006Hs0000B', index, 15, 'AAA');
    const account = random.pick(ACCOUNTS);
    const forecast = random.chance(0.06) ? 'Commit' : random.pick(stage.forecast);
    const amount = random.chance(forecast === 'Pipeline' ? 0.06 : 0.08) ? null : random.between(5, 400) * 1000;
    const sobject = (type: string, recordId: string) => ({ type, url: `/services/data/v${API_VERSION}/sobjects/${type}/${recordId}` });
    return {
      attributes: sobject('Opportunity', id),
      Id: id,
      Name: `${account} - ${random.pick(PRODUCTS)} ${index + 1}`,
      OwnerId: owner.Id,
      Owner: { attributes: sobject('User', owner.Id), Name: owner.Name },
      AccountId: demoId('001Hs0000B', index % ACCOUNTS.length, 15, 'AAA'),
      Account: { attributes: sobject('Account', demoId('001Hs0000B', index % ACCOUNTS.length, 15, 'AAA')), Name: account },
      RecordTypeId: random.chance(0.3) ? RECORD_TYPES.renewal : RECORD_TYPES.newBusiness,
      StageName: stage.stage,
      IsClosed: false,
      CloseDate: random.chance(0.02) ? null : dayFrom(today, random.between(-40, 170)),
      Amount: amount,
      ForecastCategoryName: forecast,
      Probability: random.chance(0.8) ? stage.probability : random.between(0, 100),
      NextStep: random.chance(0.18) ? null : random.pick(NEXT_STEPS),
      LastActivityDate: random.chance(0.1) ? null : dayFrom(today, -random.between(0, 75)),
      PushCount: random.pick([0, 0, 0, 0, 1, 1, 2, 3, 4]),
      LeadSource: random.pick(['Web', 'Partner Referral', 'Phone Inquiry', 'Trade Show']),
      Type: random.chance(0.05) ? null : random.pick(['New Customer', 'Existing Customer - Upgrade', 'Existing Customer - Replacement']),
      Description: random.chance(0.4) ? null : 'Consolidating vendors this fiscal year.',
    };
  });
}
