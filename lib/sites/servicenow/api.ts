/**
 * Reads a ServiceNow record through the Table API with the user's own session (saas-apps.md §2.2):
 * `GET /api/now/table/{table}/{sys_id}?sysparm_display_value=all&sysparm_exclude_reference_link=true`, same-origin,
 * with `X-UserToken: <g_ck>`. Since Geneva a UI session's REST calls without that token are answered
 * 401 "User Not Authenticated" (KB0565021). `g_ck` is a page global, read through the main-world bridge; the form's
 * hidden `sysparm_ck` input carries the same token and is the fallback SN Utils uses.
 * Never throws: every failure is an `{ok: false, reason}` the overlay can show.
 */
import type { NormalizedRecord } from '../../records/model';
import type { ApiAccess, ApiOutcome, RecordPage } from '../types';
import { SESSION_TOKEN_INPUT } from './selectors';
import { NEW_RECORD_ID } from './urls';

/** `all` gives raw values for the rules and display values for the messages in one call. */
export const TABLE_API_QUERY = 'sysparm_display_value=all&sysparm_exclude_reference_link=true';

export function tableApiPath(table: string, sysId: string): string {
  return `/api/now/table/${encodeURIComponent(table)}/${encodeURIComponent(sysId)}?${TABLE_API_QUERY}`;
}

export async function fetchServiceNowRecord(page: RecordPage, api: ApiAccess, signal: AbortSignal, doc?: Document): Promise<ApiOutcome> {
  const table = page.object;
  if (table === null) return { ok: false, reason: 'the page does not name a ServiceNow table' };
  if (page.recordId === NEW_RECORD_ID) return { ok: false, reason: 'new record, not saved yet: read from the form' };
  const token = await sessionToken(api, doc);
  if (token === null) return { ok: false, reason: 'no session token on the page (g_ck, sysparm_ck)' };

  let response: Response;
  try {
    response = await api.pageFetch(tableApiPath(table, page.recordId), {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-UserToken': token },
      signal,
    });
  } catch (error) {
    return { ok: false, reason: signal.aborted ? 'request aborted' : `Table API unreachable: ${messageOf(error)}` };
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, reason: `Table API answered HTTP ${response.status} without JSON` };
  }
  if (!response.ok) return { ok: false, reason: `Table API answered HTTP ${response.status}${describeError(body)}` };

  let records: readonly NormalizedRecord[];
  try {
    records = await api.parse(body, { app: 'servicenow', object: table, origin: doc?.location?.origin, sysparmDisplayValue: 'all' });
  } catch (error) {
    return { ok: false, reason: `unexpected Table API response: ${messageOf(error)}` };
  }
  const record = records[0];
  if (records.length !== 1 || record === undefined || record.id !== page.recordId) {
    return { ok: false, reason: `Table API did not return record ${page.recordId}` };
  }
  // A record of a child table (sys_class_name) shown on this table's form is linted by this table's packs.
  return { ok: true, record: { ...record, object: table } };
}

async function sessionToken(api: ApiAccess, doc: Document | undefined): Promise<string | null> {
  try {
    const fromPage = await api.pageValue('g_ck');
    if (fromPage) return fromPage;
  } catch {
    // The bridge may be missing (CSP, an old tab); the hidden input below carries the same token.
  }
  const input = doc?.querySelector<HTMLInputElement>(SESSION_TOKEN_INPUT);
  return input?.value ? input.value : null;
}

/** The Table API's error body: `{"error":{"message":"User Not Authenticated","detail":"…"},"status":"failure"}`. */
function describeError(body: unknown): string {
  const error = body !== null && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  if (error === null || typeof error !== 'object') return '';
  const { message, detail } = error as { message?: unknown; detail?: unknown };
  if (typeof message !== 'string') return '';
  return typeof detail === 'string' && detail ? `: ${message} (${detail})` : `: ${message}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
