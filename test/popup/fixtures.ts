/** Reports and pack entries as the popup receives them, shaped like a Salesforce opportunity's. */
import type { ReportedFinding } from '../../lib/messaging';
import type { FrameReport } from '../../lib/runtime/tab-reports';
import { builtinPacksFor } from '../../lib/rules/builtin';
import type { PackEntry } from '../../lib/store/types';

export const OPPORTUNITY_URL = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Dn00000A1b2cIAB/view';
export const LIST_URL = 'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent';

export function finding(key: string, overrides: Partial<ReportedFinding> = {}): ReportedFinding {
  const [pack = '', rule = ''] = key.split('/');
  return {
    key,
    pack,
    rule,
    title: `${rule} title`,
    message: `${rule} message`,
    severity: 'warning',
    fields: ['NextStep'],
    fieldLabel: 'Next Step',
    shown: true,
    acknowledged: false,
    ...overrides,
  };
}

const [QUALITY, FORECAST, GATES] = ['salesforce-opportunity-data-quality', 'salesforce-opportunity-forecast-hygiene', 'salesforce-opportunity-stage-gates'];

export const FINDINGS: readonly ReportedFinding[] = [
  finding(`${FORECAST}/close-date-past`, { severity: 'error', title: 'Close date in the past', message: 'Move the close date.', fields: ['CloseDate'], fieldLabel: 'Close Date' }),
  finding(`${FORECAST}/next-step`, { title: 'No next step', message: 'Say what happens next.' }),
  finding(`${QUALITY}/push-count`, { severity: 'info', title: 'Pushed often', message: 'Pushed three times.', fields: ['PushCount'], fieldLabel: 'Push Count', shown: false }),
  finding(`${QUALITY}/description`, { title: 'No description', message: 'Describe the deal.', fields: ['Description'], fieldLabel: 'Description', acknowledged: true }),
];

export function report(overrides: Partial<FrameReport> = {}): FrameReport {
  return {
    url: OPPORTUNITY_URL,
    title: 'Acme - 200 Widgets | Salesforce',
    inFrame: false,
    app: 'salesforce',
    object: 'Opportunity',
    recordId: '006Dn00000A1b2cIAB',
    score: 82,
    errors: 1,
    warnings: 1,
    info: 1,
    acknowledged: 1,
    source: 'api',
    sourceReason: null,
    findings: [...FINDINGS],
    packs: [QUALITY, FORECAST, GATES],
    stage: {
      current: 'Qualification',
      next: 'Needs Analysis',
      unmet: [finding(`${GATES}/amount`, { severity: 'error', title: 'Amount needed', message: 'Qualified deals need an amount.', fields: ['Amount'], fieldLabel: 'Amount' })],
    },
    health: [
      { name: 'record view', found: 1, required: true },
      { name: 'field containers', found: 0, required: true },
      { name: 'Path', found: 0, required: false },
    ],
    at: Date.UTC(2026, 10, 25, 14, 0),
    ...overrides,
  };
}

export function entries(change: (entry: PackEntry) => Partial<PackEntry> = () => ({})): PackEntry[] {
  return builtinPacksFor('salesforce', 'Opportunity').map((pack) => {
    const entry: PackEntry = { pack, source: 'builtin', url: null, updatedAt: null, enabled: true, locked: false };
    return { ...entry, ...change(entry) };
  });
}

export { QUALITY, FORECAST, GATES };
