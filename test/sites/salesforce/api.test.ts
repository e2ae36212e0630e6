import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fetchRecord, OPTIONAL_FIELDS, recordApiUrl } from '../../../lib/sites/salesforce/api';
import { OBJECTS_BY_APP } from '../../../lib/records/model';
import { builtinPacksFor } from '../../../lib/rules/builtin';
import {
  findSalesforceSession,
  isSalesforceApiUrl,
  salesforceAuthHeaders,
  salesforceAuthorization,
  type SessionCookie,
  type SessionCookies,
} from '../../../lib/sites/salesforce/session';
import { detectSalesforcePage } from '../../../lib/sites/salesforce/urls';
import type { ApiAccess, RecordPage } from '../../../lib/sites/types';
import type { DemoRoute, DemoState } from '../../demo-apps/server';
import { API_SID, LIGHTNING_SID, OPPORTUNITY_IDS, ORG_ID } from '../../demo-apps/salesforce/data';
import { salesforceRoutes } from '../../demo-apps/salesforce/routes';
import { parseInBackground } from '../../runtime/parse-in-background';

const TAB = `https://acme.lightning.force.com/lightning/r/Opportunity/${OPPORTUNITY_IDS.noNextStep}/view`;

function pageOf(url: string): RecordPage {
  const page = detectSalesforcePage(new URL(url));
  if (page?.kind !== 'record') throw new Error(`not a record page: ${url}`);
  return page;
}

interface StoredCookie extends SessionCookie {
  readonly name: string;
  readonly storeId?: string;
}

/** `browser.cookies` over a list: host-only cookies match their host, `.domain` cookies their subdomains too. */
function cookieJar(cookies: readonly StoredCookie[]): SessionCookies & { get: ReturnType<typeof vi.fn> } {
  const matches = (cookie: StoredCookie, host: string) =>
    cookie.domain.startsWith('.') ? host === cookie.domain.slice(1) || host.endsWith(cookie.domain) : host === cookie.domain;
  const inStore = (cookie: StoredCookie, storeId?: string) => (cookie.storeId ?? '0') === (storeId ?? '0');
  return {
    get: vi.fn(async ({ url, name, storeId }: { url: string; name: string; storeId?: string }) => {
      const host = new URL(url).hostname;
      return cookies.find((cookie) => cookie.name === name && inStore(cookie, storeId) && matches(cookie, host)) ?? null;
    }),
    getAll: async ({ name, domain, storeId }) =>
      cookies.filter((cookie) => cookie.name === name && inStore(cookie, storeId) && (domain === undefined || cookie.domain.replace(/^\./, '').endsWith(domain))),
  };
}

const ORG_COOKIES: StoredCookie[] = [
  { name: 'sid', domain: 'acme.lightning.force.com', value: LIGHTNING_SID },
  { name: 'sid', domain: 'acme.my.salesforce.com', value: API_SID },
];

const state: DemoState = { failingApis: new Set(), requests: [] };

/** The background's `api-fetch` in miniature: sign with the session provider, then ask the demo org's routes. */
function apiAccess(cookies: SessionCookies, tabUrl = TAB): ApiAccess & { backgroundFetch: ReturnType<typeof vi.fn> } {
  const provide = salesforceAuthHeaders(cookies);
  return {
    pageFetch: () => Promise.reject(new Error('not used')),
    pageValue: () => Promise.resolve(null),
    parse: parseInBackground,
    backgroundFetch: vi.fn(async (url: string, init?: { headers?: Record<string, string> }) => {
      const target = new URL(url);
      const auth = await provide(target, { tabUrl, cookieStoreId: undefined });
      return demoFetch(target, { ...init?.headers, ...auth });
    }),
  };
}

async function demoFetch(url: URL, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const routes: readonly DemoRoute[] = salesforceRoutes;
  for (const route of routes) {
    const match = route.path.exec(url.pathname);
    if (!route.host.test(url.hostname) || (route.method ?? 'GET') !== 'GET' || !match) continue;
    const lowerCased = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    const response = await route.handle({ method: 'GET', url, headers: lowerCased, match, body: '' }, state);
    return { status: response.status ?? 200, body: response.body };
  }
  return { status: 404, body: 'not found' };
}

function answering(status: number, body: string): ApiAccess {
  return {
    pageFetch: () => Promise.reject(new Error('not used')),
    pageValue: () => Promise.resolve(null),
    parse: parseInBackground,
    backgroundFetch: async () => ({ status, body }),
  };
}

const signal = () => new AbortController().signal;

describe('recordApiUrl', () => {
  it.each(OBJECTS_BY_APP.salesforce.map((object) => [object]))('asks for every %s field the built-in packs read', (object) => {
    const read = new Set<string>();
    for (const pack of builtinPacksFor('salesforce', object)) {
      for (const name of Object.keys(pack.fields ?? {})) read.add(name);
      for (const rule of pack.rules) for (const name of rule.fields) read.add(name);
      if (pack.stages) read.add(pack.stages.field);
    }
    expect([...read].filter((name) => !OPTIONAL_FIELDS[object].includes(name))).toEqual([]);
  });

  it('asks the My Domain host for the layout plus every field the packs read, as optional fields', () => {
    const url = new URL(recordApiUrl(pageOf(TAB)) ?? '');
    expect(url.origin).toBe('https://acme.my.salesforce.com');
    expect(url.pathname).toBe(`/services/data/v66.0/ui-api/records/${OPPORTUNITY_IDS.noNextStep}`);
    expect(url.searchParams.get('layoutTypes')).toBe('Full');
    expect(url.searchParams.get('modes')).toBe('View');
    expect(url.searchParams.get('optionalFields')?.split(',')).toEqual(
      expect.arrayContaining(['Opportunity.PushCount', 'Opportunity.LastActivityDate', 'Opportunity.IsClosed', 'Opportunity.NextStep', 'Opportunity.StageName']),
    );
  });

  it('keeps the sandbox partition in the API host', () => {
    const url = recordApiUrl(pageOf('https://acme--uat.sandbox.lightning.force.com/lightning/r/Lead/00QHs00000mPq3bMAC/view'));
    expect(url).toMatch(/^https:\/\/acme--uat\.sandbox\.my\.salesforce\.com\/services\/data\/v66\.0\/ui-api\/records\/00QHs00000mPq3bMAC\?/);
    expect(new URL(url ?? '').searchParams.get('optionalFields')).toContain('Lead.Company');
  });

  it('asks for the layout only when the object is not known yet', () => {
    const url = new URL(recordApiUrl(pageOf('https://acme.lightning.force.com/lightning/r/a0BHs00000Qw3eRMAR/view')) ?? '');
    expect(url.searchParams.has('optionalFields')).toBe(false);
    expect(url.searchParams.get('layoutTypes')).toBe('Full');
  });
});

describe('fetchRecord against the demo org', () => {
  it('reads the record with the My Domain session', async () => {
    const outcome = await fetchRecord(pageOf(TAB), apiAccess(cookieJar(ORG_COOKIES)), signal());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record).toMatchObject({ app: 'salesforce', object: 'Opportunity', id: OPPORTUNITY_IDS.noNextStep });
    expect(outcome.record.fields).toMatchObject({ NextStep: null, StageName: 'Value Proposition', Amount: 142000, AccountId: '001Hs00001aTnXqIAK' });
    expect(outcome.record.fields.Account).toEqual({ Id: '001Hs00001aTnXqIAK', Name: 'Umbrella Health' });
    // Off the layout, but asked for as optional fields.
    expect(outcome.record.fields).toHaveProperty('PushCount', 1);
    expect(outcome.record.fields).toHaveProperty('LastActivityDate');
    expect(outcome.record.url).toBe(TAB);
  });

  it('fails with the reason when the org refuses the session', async () => {
    const failing: DemoState = state;
    failing.failingApis.add('salesforce');
    try {
      const outcome = await fetchRecord(pageOf(TAB), apiAccess(cookieJar(ORG_COOKIES)), signal());
      expect(outcome).toEqual({ ok: false, reason: 'the Salesforce API answered 401 (INVALID_SESSION_ID: Session expired or invalid)' });
    } finally {
      failing.failingApis.delete('salesforce');
    }
  });

  it('fails when the browser holds only the Lightning session', async () => {
    const outcome = await fetchRecord(pageOf(TAB), apiAccess(cookieJar(ORG_COOKIES.slice(0, 1))), signal());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/could not be called \(no Salesforce API session/);
  });
});

describe('fetchRecord answers', () => {
  const sample = readFileSync(new URL('../../fixtures/samples/salesforce-uiapi-record-opportunity.json', import.meta.url), 'utf8');

  it('accepts a real UI API record, matching 15- and 18-character ids', async () => {
    const outcome = await fetchRecord(pageOf('https://acme.lightning.force.com/lightning/r/006xx000001aAsk/view'), answering(200, sample), signal());
    expect(outcome.ok && outcome.record.fields.StageName).toBe('Closed Won');
  });

  it.each([
    [404, '[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]', 'the Salesforce API answered 404 (NOT_FOUND: The requested resource does not exist)'],
    [403, '[{"errorCode":"API_DISABLED_FOR_ORG","message":"API is not enabled for this Organization or Partner"}]', 'the Salesforce API answered 403 (API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner)'],
    [502, '<html>Bad gateway</html>', 'the Salesforce API answered 502'],
    [200, '<html>Login</html>', 'the Salesforce API answered with something that is not JSON'],
    [200, '{"hello":"world"}', expect.stringMatching(/^the Salesforce API answer was not a UI API record/)],
  ])('turns a %s answer into a reason', async (status, body, reason) => {
    expect(await fetchRecord(pageOf(TAB), answering(status, body), signal())).toEqual({ ok: false, reason });
  });

  it('refuses a record other than the page shows', async () => {
    const outcome = await fetchRecord(pageOf(TAB), answering(200, sample), signal());
    expect(outcome).toEqual({ ok: false, reason: `the Salesforce API returned record 006xx000001aAskAAE, not ${OPPORTUNITY_IDS.noNextStep}` });
  });

  it('refuses a record of an object FieldGuard has no packs for', async () => {
    const invoice = JSON.stringify({ apiName: 'Invoice__c', id: 'a0BHs00000Qw3eRMAR', fields: { Name: { value: 'INV-1', displayValue: null } } });
    const outcome = await fetchRecord(pageOf('https://acme.lightning.force.com/lightning/r/a0BHs00000Qw3eRMAR/view'), answering(200, invoice), signal());
    expect(outcome).toEqual({ ok: false, reason: 'FieldGuard has no rules for Salesforce Invoice__c records' });
  });

  it('never throws, whatever the background does', async () => {
    const broken: ApiAccess = { ...answering(200, ''), backgroundFetch: () => Promise.reject(new Error('Extension context invalidated.')) };
    expect(await fetchRecord(pageOf(TAB), broken, signal())).toEqual({
      ok: false,
      reason: 'the Salesforce API could not be called (Extension context invalidated.)',
    });
  });

  it('drops an answer that arrives after the page moved on', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await fetchRecord(pageOf(TAB), answering(200, sample), controller.signal);
    expect(outcome.ok).toBe(false);
  });
});

describe('the Salesforce session in the background', () => {
  const API_URL = `https://acme.my.salesforce.com/services/data/v66.0/ui-api/records/${OPPORTUNITY_IDS.noNextStep}`;

  it('finds the org from the tab and the API session of its My Domain host', async () => {
    expect(await findSalesforceSession(cookieJar(ORG_COOKIES), TAB)).toEqual({ apiHost: 'acme.my.salesforce.com', sid: API_SID, orgId: ORG_ID });
    const auth = await salesforceAuthorization(cookieJar(ORG_COOKIES), { tabUrl: TAB, requestUrl: API_URL });
    expect(auth.ok && auth.headers).toEqual({ Authorization: `Bearer ${API_SID}` });
  });

  it('ignores a My Domain session of another org and searches the session domains for its own', async () => {
    const cookies = cookieJar([
      ORG_COOKIES[0] as StoredCookie,
      { name: 'sid', domain: 'acme.my.salesforce.com', value: '00D000000000OTHER!AQ' },
      { name: 'sid', domain: 'help.salesforce.com', value: `${ORG_ID}!help` },
      { name: 'sid', domain: '.acme-renamed.my.salesforce.com', value: `${ORG_ID}!renamed` },
    ]);
    expect(await findSalesforceSession(cookies, TAB)).toEqual({ apiHost: 'acme-renamed.my.salesforce.com', sid: `${ORG_ID}!renamed`, orgId: ORG_ID });
    const auth = await salesforceAuthorization(cookies, { tabUrl: TAB, requestUrl: API_URL });
    expect(auth).toEqual({ ok: false, reason: "this org's API host is acme-renamed.my.salesforce.com, not acme.my.salesforce.com" });
  });

  it('reads the cookies of the tab\'s container', async () => {
    const cookies = cookieJar(ORG_COOKIES.map((cookie) => ({ ...cookie, storeId: 'firefox-container-2' })));
    expect(await findSalesforceSession(cookies, TAB)).toBeNull();
    expect(await findSalesforceSession(cookies, TAB, 'firefox-container-2')).toMatchObject({ sid: API_SID });
    expect(cookies.get).toHaveBeenCalledWith({ url: TAB, name: 'sid', storeId: 'firefox-container-2' });
  });

  it.each([
    ['https://evil.example/services/data/v66.0/ui-api/records/x'],
    ['https://acme.my.salesforce.com/secur/frontdoor.jsp?sid=x'],
    ['http://acme.my.salesforce.com/services/data/v66.0/ui-api/records/x'],
    ['https://acme.lightning.force.com/services/data/v66.0/ui-api/records/x'],
  ])('never sends the session to %s', async (requestUrl) => {
    expect(isSalesforceApiUrl(new URL(requestUrl))).toBe(false);
    const auth = await salesforceAuthorization(cookieJar(ORG_COOKIES), { tabUrl: TAB, requestUrl });
    expect(auth.ok).toBe(false);
  });

  it('has no session for a tab that is not a Lightning page, or without the tab\'s cookie', async () => {
    expect(await findSalesforceSession(cookieJar(ORG_COOKIES), 'https://evil.example/lightning/r/Opportunity/006/view')).toBeNull();
    expect(await findSalesforceSession(cookieJar(ORG_COOKIES.slice(1)), TAB)).toBeNull();
  });

  it('makes the registry provider throw the reason, so the content script gets it', async () => {
    const provide = salesforceAuthHeaders(cookieJar(ORG_COOKIES));
    await expect(provide(new URL(API_URL), { tabUrl: TAB, cookieStoreId: undefined })).resolves.toEqual({ Authorization: `Bearer ${API_SID}` });
    await expect(provide(new URL(API_URL), { tabUrl: undefined, cookieStoreId: undefined })).rejects.toThrow('only called for a tab');
    await expect(provide(new URL(API_URL), { tabUrl: TAB.replace('acme.', 'other.'), cookieStoreId: undefined })).rejects.toThrow(/no Salesforce API session/);
  });
});
