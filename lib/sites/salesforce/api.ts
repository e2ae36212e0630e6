/**
 * Reads a record through the UI API with the user's own session (saas-apps.md §1.2). The API lives on the My
 * Domain host (`acme.my.salesforce.com`), not on the Lightning host the tab shows, and only that host's `sid`
 * cookie may call it, so the request goes through the background, which adds `Authorization: Bearer <sid>`
 * (see session.ts). Never throws: every failure becomes `{ok: false, reason}` and the page falls back to the DOM.
 */
import type { ApiAccess, ApiOutcome, RecordPage } from '../types';
import { apiHostFor, knownObject, type SalesforceObject } from './urls';

/** Spring '26; every UI API resource used here exists since v48 (SIR's default, saas-apps.md §1.2). */
export const API_VERSION = '66.0';

/**
 * Fields the built-in packs read, asked for as `optionalFields` beside the layout: fields such as PushCount or
 * LastActivityDate are rarely on a layout, and an optional field hidden by field-level security is left out
 * instead of failing the whole call. Listed here rather than taken from the packs so the content script does not
 * bundle and validate every pack; a unit test keeps the lists in step with the packs.
 */
export const OPTIONAL_FIELDS: Readonly<Record<SalesforceObject, readonly string[]>> = {
  Opportunity: [
    'AccountId', 'Amount', 'CloseDate', 'Description', 'ForecastCategoryName', 'IsClosed', 'LastActivityDate', 'LeadSource', 'Name',
    'NextStep', 'Probability', 'PushCount', 'StageName', 'Type',
  ],
  Lead: ['Company', 'Email', 'FirstName', 'LastName', 'LeadSource', 'MobilePhone', 'Phone', 'Status'],
  Account: ['BillingCountry', 'Industry', 'Name', 'Phone', 'Website'],
  Contact: ['AccountId', 'Email', 'FirstName', 'LastName', 'MobilePhone', 'Phone'],
  Case: ['ContactId', 'IsClosed', 'Origin', 'Priority', 'Reason', 'Status', 'Subject'],
};

/** The layout's fields (`layoutTypes=Full`) plus the optional fields of the object, on the org's My Domain host. */
export function recordApiUrl(page: RecordPage): string | null {
  const apiHost = apiHostFor(page.context?.host ?? '');
  if (apiHost === null) return null;
  const query = new URLSearchParams({ layoutTypes: 'Full', modes: 'View' });
  const object = page.object === null ? null : knownObject(page.object);
  if (object !== null) query.set('optionalFields', OPTIONAL_FIELDS[object].map((name) => `${object}.${name}`).join(','));
  return `https://${apiHost}/services/data/v${API_VERSION}/ui-api/records/${encodeURIComponent(page.recordId)}?${query}`;
}

export async function fetchRecord(page: RecordPage, api: ApiAccess, signal: AbortSignal): Promise<ApiOutcome> {
  const url = recordApiUrl(page);
  if (url === null) return { ok: false, reason: 'this page is not on a Salesforce Lightning host' };
  let response: { status: number; body: string };
  try {
    response = await api.backgroundFetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    return { ok: false, reason: `the Salesforce API could not be called (${messageOf(error)})` };
  }
  if (signal.aborted) return { ok: false, reason: 'the page moved on before the Salesforce API answered' };
  if (response.status !== 200) return { ok: false, reason: failureReason(response) };

  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    return { ok: false, reason: 'the Salesforce API answered with something that is not JSON' };
  }
  try {
    const [record] = await api.parse(json, { app: 'salesforce', origin: `https://${page.context?.host ?? ''}` });
    if (!record) return { ok: false, reason: 'the Salesforce API returned no record' };
    // 15- and 18-character forms of one id share their first 15 characters.
    if (record.id.slice(0, 15) !== page.recordId.slice(0, 15)) {
      return { ok: false, reason: `the Salesforce API returned record ${record.id}, not ${page.recordId}` };
    }
    const object = knownObject(record.object);
    if (object === null) return { ok: false, reason: `FieldGuard has no rules for Salesforce ${record.object} records` };
    return { ok: true, record: { ...record, object } };
  } catch (error) {
    return { ok: false, reason: `the Salesforce API answer was not a UI API record (${messageOf(error)})` };
  }
}

/** Salesforce REST errors are a JSON array of `{errorCode, message}`; the first one says what went wrong. */
function failureReason(response: { status: number; body: string }): string {
  let detail = '';
  try {
    const errors: unknown = JSON.parse(response.body);
    const first: unknown = Array.isArray(errors) ? errors[0] : errors;
    if (first !== null && typeof first === 'object') {
      const { errorCode, message } = first as { errorCode?: unknown; message?: unknown };
      detail = [errorCode, message].filter((part) => typeof part === 'string' && part !== '').join(': ');
    }
  } catch {
    // A body that is not JSON (a proxy's HTML page) says nothing more than the status.
  }
  return `the Salesforce API answered ${response.status}${detail ? ` (${detail})` : ''}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
