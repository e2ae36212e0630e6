import { describe, expect, it, vi } from 'vitest';
import { fetchServiceNowRecord, tableApiPath } from '../../../lib/sites/servicenow/api';
import { detectServiceNowPage } from '../../../lib/sites/servicenow/urls';
import type { ApiAccess, RecordPage } from '../../../lib/sites/types';
import { storeFor } from '../../demo-apps/servicenow/data';
import { callDemo, demoState, INCIDENTS, ORIGIN } from './demo-dom';
import { loadSample } from '../../records/load';
import { parseInBackground } from '../../runtime/parse-in-background';

const DOCS_SYS_ID = 'a9e30c7dc61122760116894de7bcc7bd';

function pageOf(path: string): RecordPage {
  const page = detectServiceNowPage(new URL(path, ORIGIN));
  if (page?.kind !== 'record') throw new Error(`not a record page: ${path}`);
  return page;
}

function access(overrides: Partial<ApiAccess> = {}): ApiAccess {
  return {
    pageFetch: vi.fn(async () => Response.json({})),
    backgroundFetch: vi.fn(async () => ({ status: 500, body: '' })),
    pageValue: vi.fn(async () => 'token-from-g_ck'),
    parse: vi.fn(parseInBackground),
    ...overrides,
  };
}

/** Just enough of a document for the token fallback: the adapter only queries the hidden input. */
function fakeDocument(elements: Record<string, { value: string }>): Document {
  return { querySelector: (selector: string) => elements[selector] ?? null, location: { origin: ORIGIN } } as unknown as Document;
}

const signal = () => new AbortController().signal;

/** An ApiAccess whose page fetch reaches the demo instance, as the content script's same-origin fetch would. */
function demoAccess(token: string | null, state = demoState()): ApiAccess & { pageFetch: ReturnType<typeof vi.fn> } {
  const pageFetch = vi.fn(async (path: string, init?: RequestInit) => {
    const response = await callDemo(state, path, { headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return new Response(response.body, { status: response.status ?? 200, headers: response.headers });
  });
  return { ...access({ pageValue: vi.fn(async () => token) }), pageFetch };
}

describe('fetchServiceNowRecord against the demo instance', () => {
  it('reads the record through the Table API with the session token, values and display values', async () => {
    const state = demoState();
    const api = demoAccess(storeFor(state).token, state);
    const outcome = await fetchServiceNowRecord(pageOf(`/incident.do?sys_id=${INCIDENTS.priorityMismatch}`), api, signal());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record).toMatchObject({
      app: 'servicenow',
      object: 'incident',
      id: INCIDENTS.priorityMismatch,
      fields: { priority: '2', impact: '3', urgency: '3', assignment_group: '3c02a379965ab0dfcd77b1c484450433' },
      displayValues: { priority: '2 - High', assignment_group: 'Hardware' },
    });
    expect(api.pageFetch).toHaveBeenCalledWith(
      `/api/now/table/incident/${INCIDENTS.priorityMismatch}?sysparm_display_value=all&sysparm_exclude_reference_link=true`,
      expect.objectContaining({ headers: expect.objectContaining({ 'X-UserToken': storeFor(state).token }) }),
    );
  });

  it('reports the 401 "User Not Authenticated" a wrong token gets', async () => {
    const outcome = await fetchServiceNowRecord(pageOf(`/incident.do?sys_id=${INCIDENTS.priorityMismatch}`), demoAccess('stale'), signal());
    expect(outcome).toEqual({ ok: false, reason: 'Table API answered HTTP 401: User Not Authenticated (Required to provide Auth information)' });
  });

  it('reports the failure while the instance fails the API', async () => {
    const state = demoState();
    state.failingApis.add('servicenow');
    const outcome = await fetchServiceNowRecord(pageOf(`/incident.do?sys_id=${INCIDENTS.priorityMismatch}`), demoAccess(storeFor(state).token, state), signal());
    expect(outcome.ok).toBe(false);
  });

  it('reports a record the API does not find', async () => {
    const state = demoState();
    const outcome = await fetchServiceNowRecord(pageOf(`/problem.do?sys_id=${DOCS_SYS_ID}`), demoAccess(storeFor(state).token, state), signal());
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('HTTP 404: No Record found') });
  });
});

describe('fetchServiceNowRecord', () => {
  const docsPage = pageOf(`/incident.do?sys_id=${DOCS_SYS_ID}`);
  const docsPayload = () => Response.json(loadSample('servicenow-table-api-incident-display_value-all.ILLUSTRATIVE.json'));

  it('parses the display_value=all form of the documented example', async () => {
    const outcome = await fetchServiceNowRecord(docsPage, access({ pageFetch: vi.fn(async () => docsPayload()) }), signal());
    expect(outcome).toMatchObject({ ok: true, record: { id: DOCS_SYS_ID, fields: { state: '1', impact: '1' }, displayValues: { state: 'New' } } });
  });

  it('falls back to the form\'s sysparm_ck when g_ck cannot be read', async () => {
    const doc = fakeDocument({ 'input[name="sysparm_ck"]': { value: 'token-from-form' } });
    const pageFetch = vi.fn(async () => docsPayload());
    const outcome = await fetchServiceNowRecord(docsPage, access({ pageFetch, pageValue: vi.fn(async () => { throw new Error('no bridge'); }) }), signal(), doc);
    expect(outcome.ok).toBe(true);
    expect(pageFetch).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ headers: expect.objectContaining({ 'X-UserToken': 'token-from-form' }) }));
  });

  it('does not call the API without a token', async () => {
    const pageFetch = vi.fn(async () => docsPayload());
    const outcome = await fetchServiceNowRecord(docsPage, access({ pageFetch, pageValue: vi.fn(async () => null) }), signal(), fakeDocument({}));
    expect(outcome).toEqual({ ok: false, reason: 'no session token on the page (g_ck, sysparm_ck)' });
    expect(pageFetch).not.toHaveBeenCalled();
  });

  it('does not call the API for a new record', async () => {
    const pageFetch = vi.fn(async () => docsPayload());
    const outcome = await fetchServiceNowRecord(pageOf('/incident.do?sys_id=-1'), access({ pageFetch }), signal());
    expect(outcome.ok).toBe(false);
    expect(pageFetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), 'Table API unreachable: Failed to fetch'],
    ['an HTML error page', async () => new Response('<html>Service Unavailable</html>', { status: 503 }), 'Table API answered HTTP 503 without JSON'],
    ['another record', async () => Response.json({ result: { sys_id: { display_value: 'x', value: INCIDENTS.newClean }, sys_class_name: { display_value: 'Incident', value: 'incident' } } }), `Table API did not return record ${DOCS_SYS_ID}`],
    ['an unknown shape', async () => Response.json({ records: [] }), 'unexpected Table API response'],
    ['a list instead of one record', async () => Response.json({ result: [] }), `Table API did not return record ${DOCS_SYS_ID}`],
  ])('never throws: %s becomes a reason', async (_name, respond, reason) => {
    const outcome = await fetchServiceNowRecord(docsPage, access({ pageFetch: vi.fn(respond) }), signal());
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('says when it was aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const pageFetch = vi.fn(async () => { throw new DOMException('aborted', 'AbortError'); });
    expect(await fetchServiceNowRecord(docsPage, access({ pageFetch }), controller.signal)).toEqual({ ok: false, reason: 'request aborted' });
  });

  it('builds the Table API path with display values and without reference links', () => {
    expect(tableApiPath('change_request', 'abc')).toBe('/api/now/table/change_request/abc?sysparm_display_value=all&sysparm_exclude_reference_link=true');
  });
});
