/**
 * Deterministic Salesforce Opportunity records for the benchmark: a seeded PRNG, value mixes modelled on real
 * pipelines (most deals open, some overdue, some stale, a few with typed-over probabilities), so every rule of the
 * forecast-hygiene pack both passes and fails on a good share of them.
 */
import type { NormalizedRecord } from '../../lib/records/model';

const DAY_MS = 86_400_000;

/** mulberry32: tiny, fast and good enough to make varied but reproducible data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface StageShare {
  readonly stage: string;
  readonly share: number;
  readonly probability: number;
  readonly closed: boolean;
  readonly forecast: readonly string[];
}

const STAGES: readonly StageShare[] = [
  { stage: 'Prospecting', share: 12, probability: 10, closed: false, forecast: ['Pipeline'] },
  { stage: 'Qualification', share: 12, probability: 10, closed: false, forecast: ['Pipeline'] },
  { stage: 'Needs Analysis', share: 10, probability: 20, closed: false, forecast: ['Pipeline', 'Pipeline', 'Best Case'] },
  { stage: 'Value Proposition', share: 10, probability: 50, closed: false, forecast: ['Pipeline', 'Best Case'] },
  { stage: 'Id. Decision Makers', share: 8, probability: 60, closed: false, forecast: ['Pipeline', 'Best Case'] },
  { stage: 'Perception Analysis', share: 6, probability: 70, closed: false, forecast: ['Best Case', 'Commit'] },
  { stage: 'Proposal/Price Quote', share: 8, probability: 75, closed: false, forecast: ['Best Case', 'Commit'] },
  { stage: 'Negotiation/Review', share: 7, probability: 90, closed: false, forecast: ['Commit', 'Commit', 'Best Case'] },
  { stage: 'Closed Won', share: 14, probability: 100, closed: true, forecast: ['Closed'] },
  { stage: 'Closed Lost', share: 13, probability: 0, closed: true, forecast: ['Omitted'] },
];

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Soylent', 'Tyrell', 'Cyberdyne', 'Wonka', 'Vandelay'];
const PRODUCTS = ['Platform renewal', 'Expansion', 'New logo', 'Services', 'Upsell: analytics', 'Multi-year'];
const NEXT_STEPS = ['Send revised quote to CFO', 'Demo for the IT team on Tuesday', 'Legal review of MSA', 'Follow up after budget meeting', 'Schedule executive sponsor call'];
const LEAD_SOURCES = ['Web', 'Partner Referral', 'Phone Inquiry', 'Trade Show', 'Employee Referral'];
const TYPES = ['New Customer', 'Existing Customer - Upgrade', 'Existing Customer - Renewal'];
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function generateOpportunities(count: number, seed: number, now: number): NormalizedRecord[] {
  const random = seededRandom(seed);
  const chance = (probability: number) => random() < probability;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const dateFromNow = (days: number) => new Date(now + days * DAY_MS).toISOString().slice(0, 10);
  const totalShare = STAGES.reduce((sum, stage) => sum + stage.share, 0);
  const pickStage = () => {
    let roll = random() * totalShare;
    for (const stage of STAGES) if ((roll -= stage.share) < 0) return stage;
    return STAGES[0] as StageShare;
  };

  return Array.from({ length: count }, (_, index) => {
    const stage = pickStage();
    const id = `006${Array.from({ length: 12 }, () => pick([...BASE62])).join('')}`;
    const closeDate = chance(0.02) ? null : stage.closed ? dateFromNow(-between(0, 365)) : dateFromNow(between(-60, 180));
    const probability = chance(0.04)
      ? null
      : chance(0.75)
        ? stage.probability
        : chance(0.6)
          ? Math.min(100, Math.max(0, stage.probability + between(-10, 10)))
          : between(0, 100);
    const fields: Record<string, unknown> = {
      Id: id,
      Name: `${pick(COMPANIES)} - ${pick(PRODUCTS)} ${index}`,
      AccountId: `001${id.slice(3)}`,
      OwnerId: `005${id.slice(6)}AAA`,
      StageName: stage.stage,
      // A quarter of the queries did not select IsClosed; the pack then goes by the stage.
      IsClosed: chance(0.25) ? null : stage.closed,
      IsWon: stage.stage === 'Closed Won',
      CloseDate: closeDate,
      Amount: chance(0.08) ? null : chance(0.02) ? 0 : Math.round(10 ** (3 + random() * 3) / 100) * 100,
      ForecastCategoryName: chance(0.05) ? 'Commit' : pick(stage.forecast),
      Probability: probability,
      NextStep: chance(0.2) ? null : chance(0.1) ? pick(['', '  ']) : pick(NEXT_STEPS),
      LastActivityDate: chance(0.1) ? null : dateFromNow(-between(0, 90)),
      PushCount: chance(0.08) ? null : pick([0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 6]),
      LeadSource: pick(LEAD_SOURCES),
      Type: pick(TYPES),
      Description: chance(0.5) ? null : 'Customer is consolidating vendors this fiscal year.',
      CreatedDate: new Date(now - between(30, 720) * DAY_MS).toISOString(),
      LastModifiedDate: new Date(now - between(0, 30) * DAY_MS).toISOString(),
      Account: { Id: `001${id.slice(3)}`, Name: `${pick(COMPANIES)} Inc.` },
      Owner: { Id: `005${id.slice(6)}AAA`, Name: pick(['Dana Scully', 'Fox Mulder', 'Walter Skinner']) },
    };
    return { app: 'salesforce', object: 'Opportunity', id, url: `/lightning/r/Opportunity/${id}/view`, fields, labels: {} };
  });
}
