/**
 * The demo org's records: opportunities and a lead taken from lib/examples (SOQL query results), with the
 * lookups the UI API returns (AccountId + Account, OwnerId + Owner), and the same records rendered in the UI API
 * shape (`fields: {X: {value, displayValue}}`) of samples/salesforce-uiapi-record-opportunity.json.
 *
 * The examples were written against 2026-11-25; their dates move with the calendar so that what is dirty or
 * clean today stays so on any later day the tests run.
 */
import opportunities from '../../../lib/examples/salesforce-opportunities.json';
import leads from '../../../lib/examples/salesforce-leads.json';

export const ORG_ID = '00Dxx0000001gPF';
/** The Lightning host's session: valid for the UI, refused by the REST API, as on a real org. */
export const LIGHTNING_SID = `${ORG_ID}!AQ4AQLightningUiSessionOnlyDemo.7xq3RZbCu1WEvNnX0pBfJg`;
/** The My Domain host's session, the one the API accepts. */
export const API_SID = `${ORG_ID}!AQ4AQApiCapableSessionDemo.2kHs9TzQm4VeLoYpWc8dRn`;
export const MASTER_RECORD_TYPE = '012000000000000AAA';

const EXAMPLES_AS_OF = Date.UTC(2026, 10, 25);
const DAY = 86_400_000;

export interface DemoRecord {
  readonly object: 'Opportunity' | 'Lead';
  readonly id: string;
  /** Raw values by API name, lookups as `{Id, Name}` beside their id field, as the parser flattens them. */
  fields: Record<string, unknown>;
}

export const OPPORTUNITY_IDS = {
  /** Prospecting, nothing wrong; its empty Description fails the Negotiation/Review gate only. */
  clean: '006Hs00001Kq7XzIAJ',
  /** Value Proposition without a next step. */
  noNextStep: '006Hs00001Kq7ZCIAZ',
  /** Proposal/Price Quote whose close date has passed and was pushed three times. */
  pastCloseDate: '006Hs00001Kq80rIAB',
  /** Commit without an amount. */
  noAmount: '006Hs00001Kq7ZnIAJ',
} as const;

export const LEAD_ID = '00QHs00000mPq3bMAC';

export const OPPORTUNITY_STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
] as const;

export const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'] as const;

export const PICKLISTS: Readonly<Record<string, readonly string[]>> = {
  StageName: OPPORTUNITY_STAGES,
  Type: ['New Customer', 'Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade'],
  LeadSource: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'],
  ForecastCategoryName: ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'],
  Status: LEAD_STATUSES,
};

/** Whole days since the examples' date, so relative dates ("in the past", "30 days ago") keep their meaning. */
export function daysSinceExamples(now: number = Date.now()): number {
  return Math.floor((now - EXAMPLES_AS_OF) / DAY);
}

export function shiftDate(iso: unknown, days: number): unknown {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

type SoqlRecord = Record<string, unknown> & { attributes: { type: string; url: string } };

/** `{attributes: {url: ".../Account/001..."}, Name}` → `{Id, Name}` beside its id field, as the UI API pairs them. */
function lookup(value: unknown): { Id: string; Name: string } | null {
  if (value === null || typeof value !== 'object') return null;
  const { attributes, Name } = value as { attributes?: { url?: string }; Name?: string };
  const id = attributes?.url?.split('/').pop();
  return id && typeof Name === 'string' ? { Id: id, Name } : null;
}

function fromSoql(record: SoqlRecord, shift: number): DemoRecord {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (name === 'attributes') continue;
    const related = lookup(value);
    if (related) {
      fields[`${name}Id`] = related.Id;
      fields[name] = related;
    } else {
      fields[name] = /Date$/.test(name) ? shiftDate(value, shift) : value;
    }
  }
  return { object: record.attributes.type as DemoRecord['object'], id: String(record.Id), fields };
}

const LEAD_OWNER = { Id: '005Hs00000F3kQ1IAJ', Name: 'Priya Raman' };

/** A fresh copy of the demo org's records: each demo server gets its own, so saves in one test stay there. */
export function demoRecords(now: number = Date.now()): Map<string, DemoRecord> {
  const shift = daysSinceExamples(now);
  const wanted = new Set<string>(Object.values(OPPORTUNITY_IDS));
  const records = new Map<string, DemoRecord>();
  for (const source of opportunities.records as SoqlRecord[]) {
    if (!wanted.has(String(source.Id))) continue;
    const record = fromSoql(source, shift);
    if (record.id === OPPORTUNITY_IDS.clean) record.fields.Description = null;
    records.set(record.id, record);
  }
  const lead = (leads.records as SoqlRecord[]).find((source) => source.Id === LEAD_ID);
  if (lead) {
    const record = fromSoql(lead, shift);
    Object.assign(record.fields, { Title: 'Operations Manager', MobilePhone: null, OwnerId: LEAD_OWNER.Id, Owner: LEAD_OWNER });
    records.set(record.id, record);
  }
  return records;
}

export function recordName(record: DemoRecord): string {
  const { Name, FirstName, LastName } = record.fields;
  if (typeof Name === 'string') return Name;
  return [FirstName, LastName].filter((part) => typeof part === 'string' && part !== '').join(' ');
}

const CURRENCY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** How an en-US org shows a value: `$48,000.00`, `2/26/2027`, `10%`; empty for no value. */
export function displayOf(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return String((value as { Name?: unknown }).Name ?? '');
  if (name === 'Amount' || name === 'ExpectedRevenue') return typeof value === 'number' ? CURRENCY.format(value) : String(value);
  if (name === 'Probability') return `${String(value)}%`;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number);
    return `${month}/${day}/${year}`;
  }
  return String(value);
}

/**
 * The record as `GET /ui-api/records/{id}` returns it. `only` limits the fields to those asked for (the
 * `fields`/`optionalFields` parameters); `layoutTypes=Full` asks for every field of the demo layout.
 */
export function uiApiRecord(record: DemoRecord, only?: ReadonlySet<string>): Record<string, unknown> {
  const fields: Record<string, { displayValue: string | null; value: unknown }> = {};
  for (const [name, value] of Object.entries(record.fields)) {
    if (only && !only.has(name)) continue;
    if (value !== null && typeof value === 'object') {
      fields[name] = { displayValue: displayOf(name, value) || null, value: nestedRecord(value as { Id: string; Name: string }, name) };
      continue;
    }
    const display = displayOf(name, value);
    const plain = typeof value === 'boolean' || typeof value === 'number' ? String(value) : value;
    fields[name] = { displayValue: display === '' || display === plain ? null : display, value };
  }
  // Fields the caller asked for that the record has no value for come back as null, as for a real record.
  for (const name of only ?? []) fields[name] ??= { displayValue: null, value: null };
  return {
    apiName: record.object,
    childRelationships: {},
    eTag: etagOf(record),
    fields,
    id: record.id,
    lastModifiedById: '005Hs00000F3kQ1IAJ',
    lastModifiedDate: '2026-11-20T09:12:44.000Z',
    recordTypeId: MASTER_RECORD_TYPE,
    recordTypeInfo: null,
    systemModstamp: '2026-11-20T09:12:44.000Z',
    weakEtag: 1795165964000,
  };
}

function nestedRecord(related: { Id: string; Name: string }, relationship: string): Record<string, unknown> {
  return {
    apiName: relationship === 'Owner' ? 'User' : relationship,
    childRelationships: {},
    eTag: 'd553f322c7a0500353baa41f1791832b',
    fields: { Id: { displayValue: null, value: related.Id }, Name: { displayValue: null, value: related.Name } },
    id: related.Id,
    lastModifiedById: null,
    lastModifiedDate: null,
    recordTypeId: null,
    recordTypeInfo: null,
    systemModstamp: null,
    weakEtag: 0,
  };
}

function etagOf(record: DemoRecord): string {
  let hash = 0;
  for (const char of JSON.stringify(record.fields)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(32, '0');
}
