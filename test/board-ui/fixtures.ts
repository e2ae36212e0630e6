/**
 * Hand-made board data shaped like what the loader produces for Salesforce opportunities (ids with the 006 and 005
 * key prefixes, ForecastCategoryName values, Lightning record URLs) and ServiceNow incidents.
 */
import type { BoardFinding, BoardProgress, BoardQuery, BoardRow, BoardSummary, OwnerSummary } from '../../lib/board/types';

export const ORIGIN = 'https://acme.lightning.force.com';

export const LIST_VIEW_QUERY: BoardQuery = {
  app: 'salesforce',
  object: 'Opportunity',
  origin: ORIGIN,
  source: { kind: 'salesforce-list-view', listViewId: '00BHo000001abcDEF' },
  label: 'List view: My open opportunities',
};

export const INCIDENT_QUERY: BoardQuery = {
  app: 'servicenow',
  object: 'incident',
  origin: 'https://acme.service-now.com',
  source: { kind: 'servicenow-query', table: 'incident', sysparmQuery: 'active=true' },
  label: 'incident where active=true',
};

export const CLOSE_DATE_PAST: BoardFinding = {
  pack: 'salesforce-forecast',
  rule: 'close-date-past',
  title: 'Close date in the past',
  message: 'Move the close date or close the deal.',
  severity: 'error',
  fields: ['CloseDate'],
};

export const NO_NEXT_STEP: BoardFinding = {
  pack: 'salesforce-forecast',
  rule: 'next-step',
  title: 'Next step missing',
  message: 'Write the next action.',
  severity: 'warning',
  fields: ['NextStep'],
};

export function opportunity(id: number, overrides: Partial<BoardRow> = {}): BoardRow {
  const recordId = `006Ho00000${String(id).padStart(5, '0')}AAA`;
  return {
    app: 'salesforce',
    object: 'Opportunity',
    id: recordId,
    title: `Opportunity ${id}`,
    url: `${ORIGIN}/lightning/r/Opportunity/${recordId}/view`,
    ownerId: '005Ho000000DanaAAA',
    ownerName: 'Dana Ruiz',
    amount: 10_000,
    forecastCategory: 'Pipeline',
    stage: 'Prospecting',
    closeDate: '2026-12-15',
    score: 100,
    errors: 0,
    warnings: 0,
    info: 0,
    findings: [],
    ...overrides,
  };
}

export const DANA = { ownerId: '005Ho000000DanaAAA', ownerName: 'Dana Ruiz' } as const;
export const LEE = { ownerId: '005Ho000000LeeXAAA', ownerName: 'Lee Chen' } as const;
export const SAM = { ownerId: '005Ho000000SamXAAA', ownerName: 'Sam Okafor' } as const;

/** Five deals of three owners; the owner summaries below are worked out by hand from them. */
export const ROWS: readonly BoardRow[] = [
  opportunity(1, { ...DANA, title: 'Globex renewal', amount: 120_000, forecastCategory: 'Commit', stage: 'Negotiation', score: 40, errors: 1, warnings: 1, findings: [CLOSE_DATE_PAST, NO_NEXT_STEP] }),
  opportunity(2, { ...DANA, title: 'Initech expansion', amount: 30_000, forecastCategory: 'Pipeline', score: 100 }),
  opportunity(3, { ...LEE, title: 'Umbrella pilot', amount: 75_000, forecastCategory: 'Best Case', score: 60, errors: 1, findings: [CLOSE_DATE_PAST] }),
  opportunity(4, { ...LEE, title: 'Hooli platform', amount: 250_000, forecastCategory: 'Commit', score: 90, warnings: 1, findings: [NO_NEXT_STEP] }),
  opportunity(5, { ...SAM, title: 'Vandelay imports', amount: null, forecastCategory: 'Commit', score: 70, warnings: 1, findings: [NO_NEXT_STEP] }),
];

export const OWNERS: readonly OwnerSummary[] = [
  {
    ...DANA,
    records: 2,
    amount: 150_000,
    commitAmount: 120_000,
    score: 70,
    amountAtRisk: 120_000,
    errors: 1,
    warnings: 1,
    topProblems: [
      { pack: CLOSE_DATE_PAST.pack, rule: CLOSE_DATE_PAST.rule, title: CLOSE_DATE_PAST.title, severity: 'error', count: 1 },
      { pack: NO_NEXT_STEP.pack, rule: NO_NEXT_STEP.rule, title: NO_NEXT_STEP.title, severity: 'warning', count: 1 },
    ],
  },
  {
    ...LEE,
    records: 2,
    amount: 325_000,
    commitAmount: 250_000,
    score: 75,
    amountAtRisk: 75_000,
    errors: 1,
    warnings: 1,
    topProblems: [
      { pack: CLOSE_DATE_PAST.pack, rule: CLOSE_DATE_PAST.rule, title: CLOSE_DATE_PAST.title, severity: 'error', count: 1 },
      { pack: NO_NEXT_STEP.pack, rule: NO_NEXT_STEP.rule, title: NO_NEXT_STEP.title, severity: 'warning', count: 1 },
    ],
  },
  {
    ...SAM,
    records: 1,
    amount: 0,
    commitAmount: 0,
    score: 70,
    amountAtRisk: 0,
    errors: 0,
    warnings: 1,
    topProblems: [{ pack: NO_NEXT_STEP.pack, rule: NO_NEXT_STEP.rule, title: NO_NEXT_STEP.title, severity: 'warning', count: 1 }],
  },
];

export const SUMMARY: BoardSummary = {
  records: 5,
  amount: 475_000,
  commitAmount: 370_000,
  amountAtRisk: 195_000,
  score: 72,
  owners: OWNERS,
  scoreBands: [0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 1],
  topRules: [
    { pack: NO_NEXT_STEP.pack, rule: NO_NEXT_STEP.rule, title: NO_NEXT_STEP.title, severity: 'warning', count: 3 },
    { pack: CLOSE_DATE_PAST.pack, rule: CLOSE_DATE_PAST.rule, title: CLOSE_DATE_PAST.title, severity: 'error', count: 2 },
  ],
};

export const EMPTY_SUMMARY: BoardSummary = {
  records: 0,
  amount: 0,
  commitAmount: 0,
  amountAtRisk: 0,
  score: 100,
  owners: [],
  scoreBands: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  topRules: [],
};

export function progress(overrides: Partial<BoardProgress> = {}): BoardProgress {
  return { loaded: 5, total: 5, pages: 1, state: 'done', error: null, ...overrides };
}
