import { describe, expect, test } from 'vitest';
import { describePackTable, lint, lintAgainst, salesforceRecord, sampleRecord, sorted, summarize, without } from './helpers';

// A SOQL row for an open upgrade deal at proposal stage that meets every rule on 2026-11-25.
const OPPORTUNITY = {
  Id: '0065g00000Q2nYpAAJ',
  Name: 'Acme Corp - 250 seats renewal',
  AccountId: '0015g00000Lx3TQAAZ',
  Account: { attributes: { type: 'Account', url: '/services/data/v66.0/sobjects/Account/0015g00000Lx3TQAAZ' }, Name: 'Acme Corp' },
  StageName: 'Proposal/Price Quote',
  Amount: 120000,
  CloseDate: '2026-12-18',
  Probability: 75,
  ForecastCategoryName: 'Pipeline',
  IsClosed: false,
  IsWon: false,
  Type: 'Existing Customer - Upgrade',
  LeadSource: 'Partner Referral',
  NextStep: 'Security review with their IT on 2 Dec',
  Description: 'Upgrade from 180 to 250 seats on a 3-year term; they ask for 12% off list.',
  LastActivityDate: '2026-11-19',
  PushCount: 1,
  OwnerId: '0055g00000B1cDeAAF',
};
type Row = Record<string, unknown>;
const opportunity = (overrides: Row = {}, base: Row = OPPORTUNITY) => () => salesforceRecord('Opportunity', { ...base, ...overrides });

const WON = { StageName: 'Closed Won', IsClosed: true, IsWon: true, Probability: 100, ForecastCategoryName: 'Closed', CloseDate: '2026-11-20' };
const LOST = { StageName: 'Closed Lost', IsClosed: true, IsWon: false, Probability: 0, ForecastCategoryName: 'Omitted', CloseDate: '2026-11-20' };

describePackTable('salesforce-opportunity-data-quality', opportunity(), [
  { name: 'placeholder name "New Opportunity"', record: opportunity({ Name: 'New Opportunity' }), expected: [{ rule: 'name-not-placeholder', severity: 'error' }] },
  { name: 'placeholder name "TEST 2"', record: opportunity({ Name: 'TEST 2' }), expected: [{ rule: 'name-not-placeholder', severity: 'error' }] },
  { name: 'placeholder name " tbd "', record: opportunity({ Name: ' tbd ' }), expected: [{ rule: 'name-not-placeholder', severity: 'error' }] },
  { name: 'a real name starting with a placeholder word passes', record: opportunity({ Name: 'Testing Solutions GmbH - pilot' }), expected: [] },
  { name: 'negative amount', record: opportunity({ Amount: -4500 }), expected: [{ rule: 'amount-not-negative', severity: 'error' }] },
  { name: 'no amount yet is not a data-quality fault', record: opportunity({ Amount: null }), expected: [] },
  { name: 'no close date', record: opportunity({ CloseDate: null }), expected: [{ rule: 'close-date-set', severity: 'error' }] },
  { name: 'close date typed with the wrong year', record: opportunity({ CloseDate: '2062-12-18' }), expected: [{ rule: 'close-date-plausible', severity: 'warning' }] },
  { name: 'no account', record: opportunity({ AccountId: null, Account: null }), expected: [{ rule: 'account-set', severity: 'warning' }] },
  {
    name: 'no type and no lead source',
    record: opportunity({ Type: null, LeadSource: null }),
    expected: [
      { rule: 'type-set', severity: 'info' },
      { rule: 'lead-source-set', severity: 'info' },
    ],
  },
]);

describePackTable('salesforce-opportunity-forecast-hygiene', opportunity(), [
  { name: 'open deal whose close date was yesterday', record: opportunity({ CloseDate: '2026-11-24' }), expected: [{ rule: 'close-date-in-past', severity: 'error' }] },
  { name: 'a close date of today is not in the past', record: opportunity({ CloseDate: '2026-11-25' }), expected: [] },
  {
    name: 'won deal with an old close date, no next step and old activity is not judged',
    record: opportunity({ ...WON, CloseDate: '2026-10-30', NextStep: null, LastActivityDate: '2026-09-01', PushCount: 4 }),
    expected: [],
  },
  {
    name: 'IsClosed not selected: an open stage counts as open',
    record: opportunity({ CloseDate: '2026-11-02' }, without(OPPORTUNITY, 'IsClosed')),
    expected: [{ rule: 'close-date-in-past', severity: 'error' }],
  },
  {
    name: 'IsClosed not selected: Closed Lost counts as closed',
    record: opportunity({ ...without(LOST, 'IsClosed'), CloseDate: '2026-11-02', NextStep: null }, without(OPPORTUNITY, 'IsClosed')),
    expected: [],
  },
  { name: 'open deal without a next step', record: opportunity({ NextStep: null }), expected: [{ rule: 'next-step-missing', severity: 'warning' }] },
  { name: 'a blank next step counts as none', record: opportunity({ NextStep: '   ' }), expected: [{ rule: 'next-step-missing', severity: 'warning' }] },
  {
    name: 'Commit deal without an amount',
    record: opportunity({ ForecastCategoryName: 'Commit', Amount: null }),
    expected: [{ rule: 'committed-without-amount', severity: 'error' }],
  },
  {
    name: 'Best Case deal with a zero amount',
    record: opportunity({ ForecastCategoryName: 'Best Case', Amount: 0 }),
    expected: [{ rule: 'committed-without-amount', severity: 'error' }],
  },
  { name: 'Pipeline deal without an amount is left to the stage gates', record: opportunity({ Amount: null }), expected: [] },
  {
    name: 'probability 40 at a 75% stage',
    record: opportunity({ Probability: 40 }),
    expected: [{ rule: 'probability-off-stage', severity: 'warning' }],
  },
  { name: 'probability exactly 20 points off is accepted', record: opportunity({ Probability: 55 }), expected: [] },
  {
    name: 'probability 96 at a 75% stage',
    record: opportunity({ Probability: 96 }),
    expected: [{ rule: 'probability-off-stage', severity: 'warning' }],
  },
  {
    name: 'last activity 36 days ago',
    record: opportunity({ LastActivityDate: '2026-10-20' }),
    expected: [{ rule: 'activity-stale', severity: 'warning' }],
  },
  { name: 'never any activity', record: opportunity({ LastActivityDate: null }), expected: [{ rule: 'activity-stale', severity: 'warning' }] },
  {
    name: 'stale activity at Qualification is not flagged yet',
    record: opportunity({ StageName: 'Qualification', Probability: 10, LastActivityDate: '2026-08-01' }),
    expected: [],
  },
  { name: 'close date pushed three times', record: opportunity({ PushCount: 3 }), expected: [{ rule: 'close-date-pushed', severity: 'warning' }] },
  {
    name: 'a stage outside the standard process without IsClosed is not judged',
    record: opportunity({ StageName: 'Contract Signed', Probability: 95, CloseDate: '2026-11-02', NextStep: null }, without(OPPORTUNITY, 'IsClosed')),
    expected: [],
  },
]);

describePackTable('salesforce-opportunity-stage-gates', opportunity({ StageName: 'Negotiation/Review', Probability: 90 }), [
  {
    name: 'negotiation without an account',
    record: opportunity({ StageName: 'Negotiation/Review', AccountId: null, Account: null }),
    expected: [{ rule: 'qualification-account', severity: 'error', gate: 'Qualification', targetStage: 'Negotiation/Review' }],
  },
  {
    name: 'negotiation without a close date',
    record: opportunity({ StageName: 'Negotiation/Review', CloseDate: null }),
    expected: [{ rule: 'qualification-close-date', severity: 'error', gate: 'Qualification', targetStage: 'Negotiation/Review' }],
  },
  {
    name: 'negotiation without an amount fails only the amount requirement',
    record: opportunity({ StageName: 'Negotiation/Review', Amount: null }),
    expected: [{ rule: 'needs-analysis-amount', severity: 'error', gate: 'Needs Analysis', targetStage: 'Negotiation/Review' }],
  },
  {
    name: 'proposal with a zero amount',
    record: opportunity({ Amount: 0 }),
    expected: [{ rule: 'proposal-amount-positive', severity: 'error', gate: 'Proposal/Price Quote', targetStage: 'Proposal/Price Quote' }],
  },
  {
    name: 'negotiation without a description',
    record: opportunity({ StageName: 'Negotiation/Review', Description: null }),
    expected: [{ rule: 'negotiation-description', severity: 'error', gate: 'Negotiation/Review', targetStage: 'Negotiation/Review' }],
  },
  {
    name: 'won deal without a type (a past close date and no next step are fine once won)',
    record: opportunity({ ...WON, Type: null, NextStep: null }),
    expected: [{ rule: 'won-type', severity: 'error', gate: 'Closed Won', targetStage: 'Closed Won' }],
  },
  {
    name: 'won deal dated in the future',
    record: opportunity({ ...WON, CloseDate: '2026-12-01' }),
    expected: [{ rule: 'won-close-date-not-future', severity: 'warning', gate: 'Closed Won', targetStage: 'Closed Won' }],
  },
  {
    name: 'won deal without an amount fails the earlier amount requirement',
    record: opportunity({ ...WON, Amount: null }),
    expected: [{ rule: 'needs-analysis-amount', severity: 'error', gate: 'Needs Analysis', targetStage: 'Closed Won' }],
  },
  {
    name: 'lost deal with a one-word description needs only its own requirement',
    record: opportunity({ ...LOST, Description: 'Lost.', Amount: null, NextStep: null, AccountId: null, Account: null, Type: null }),
    expected: [{ rule: 'lost-reason-described', severity: 'error', gate: 'Closed Lost', targetStage: 'Closed Lost' }],
  },
  {
    name: 'lost deal that explains the loss',
    record: opportunity({ ...LOST, Description: 'Went with Globex: 30% cheaper and bundled with their ERP.' }),
    expected: [],
  },
  {
    name: 'prospecting deal with nothing filled in has no gates yet',
    record: opportunity({ StageName: 'Prospecting', Probability: 10, AccountId: null, Account: null, CloseDate: null, Amount: null, NextStep: null, Description: null, Type: null }),
    expected: [],
  },
  {
    name: 'qualification deal without an amount is not yet at Needs Analysis',
    record: opportunity({ StageName: 'Qualification', Probability: 10, Amount: null, NextStep: null, Description: null }),
    expected: [],
  },
]);

describe('Salesforce opportunity packs together', () => {
  const GATES = ['salesforce-opportunity-stage-gates'];
  const qualification = opportunity({ StageName: 'Qualification', Probability: 10, Amount: null, NextStep: null, Description: null, Type: null });

  test('the clean deal passes all three packs', () => {
    const result = lint(opportunity()());
    expect(result.findings).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.score).toBe(100);
  });

  test('moving a qualification deal to Proposal/Price Quote lists the unmet requirements', () => {
    expect(summarize(lintAgainst(qualification(), 'Proposal/Price Quote', GATES))).toEqual(
      sorted([
        { rule: 'needs-analysis-amount', severity: 'error', gate: 'Needs Analysis', targetStage: 'Proposal/Price Quote' },
      ]),
    );
  });

  test('closing it as won today also asks for the type, a description and a close date of today', () => {
    expect(summarize(lintAgainst(qualification(), 'Closed Won', GATES))).toEqual(
      sorted([
        { rule: 'needs-analysis-amount', severity: 'error', gate: 'Needs Analysis', targetStage: 'Closed Won' },
        { rule: 'negotiation-description', severity: 'error', gate: 'Negotiation/Review', targetStage: 'Closed Won' },
        { rule: 'won-type', severity: 'error', gate: 'Closed Won', targetStage: 'Closed Won' },
        { rule: 'won-close-date-not-future', severity: 'warning', gate: 'Closed Won', targetStage: 'Closed Won' },
      ]),
    );
  });

  test('closing it as lost needs only the loss explanation, not the proposal requirements', () => {
    expect(summarize(lintAgainst(qualification(), 'Closed Lost', GATES))).toEqual([
      { rule: 'lost-reason-described', severity: 'error', gate: 'Closed Lost', targetStage: 'Closed Lost' },
    ]);
  });

  test('a stage it already meets, or one the pack does not know, adds nothing', () => {
    expect(lintAgainst(qualification(), 'Qualification', GATES)).toEqual([]);
    expect(lintAgainst(qualification(), 'Contract Signed', GATES)).toEqual([]);
  });

  test('the recorded UI API sample (a won 2019 deal without a description) fails only the negotiation requirement', () => {
    const result = lint(sampleRecord('salesforce-uiapi-record-opportunity.json'));
    expect(result.errors).toEqual([]);
    expect(summarize(result.findings)).toEqual([
      { rule: 'negotiation-description', severity: 'error', gate: 'Negotiation/Review', targetStage: 'Closed Won' },
    ]);
    expect(result.score).toBe(90);
  });
});
