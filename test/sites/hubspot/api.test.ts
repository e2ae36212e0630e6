import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { csrfToken, fetchHubSpotRecord, HUBSPOT_NO_SESSION_API_REASON } from '../../../lib/sites/hubspot/api';
import { createHubSpotAdapter, hubspotAdapter } from '../../../lib/sites/hubspot';
import type { ApiAccess, RecordPage } from '../../../lib/sites/types';
import { DEMO_IDS } from '../../demo-apps/hubspot/data';
import { hubspotRoutes } from '../../demo-apps/hubspot/routes';
import type { DemoState } from '../../demo-apps/server';
import { parseInBackground } from '../../runtime/parse-in-background';

const TOKEN = 'f00dfeed';
const DEAL: RecordPage = { kind: 'record', app: 'hubspot', object: 'deal', recordId: DEMO_IDS.cleanDeal, context: { portalId: '123456', objectTypeId: '0-3' } };

/** An ApiAccess whose page fetch goes to the demo portal's routes in-process, carrying the browser's cookies. */
function demoAccess(options: { cookie?: string; failing?: boolean } = {}) {
  const state: DemoState = { failingApis: new Set(options.failing ? ['hubspot'] : []), requests: [] };
  const pageFetch = vi.fn(async (path: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(path, 'https://app.hubspot.com');
    const headers: Record<string, string> = { host: url.host, cookie: options.cookie ?? `csrf.app=${TOKEN}` };
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    for (const route of hubspotRoutes) {
      const match = route.path.exec(url.pathname);
      if (!route.host.test(url.hostname) || !match) continue;
      const response = await route.handle({ method: 'GET', url, headers, match, body: '' }, state);
      return new Response(response.body, { status: response.status ?? 200, headers: response.headers });
    }
    return new Response('not found', { status: 404 });
  });
  const api: ApiAccess = {
    pageFetch,
    backgroundFetch: () => Promise.reject(new Error('HubSpot never asks the background')),
    pageValue: () => Promise.reject(new Error('HubSpot never reads page values')),
    parse: vi.fn(parseInBackground),
  };
  return { api, pageFetch };
}

const on = (cookies = `_ga=1; csrf.app=${TOKEN}; hubspotutk=abc`) => ({ internalApi: true, cookies: () => cookies });
const signal = () => new AbortController().signal;

describe('fetchHubSpotRecord with the internal API off (the default)', () => {
  it('reads the page and says why, without calling anything', async () => {
    const { api, pageFetch } = demoAccess();
    expect(await hubspotAdapter.fetchRecord(DEAL, api, signal())).toEqual({ ok: false, reason: HUBSPOT_NO_SESSION_API_REASON });
    expect(pageFetch).not.toHaveBeenCalled();
  });
});

describe('fetchHubSpotRecord with the internal API on', () => {
  it('reads the record from the batch endpoint with the CSRF header', async () => {
    const { api, pageFetch } = demoAccess();
    const outcome = await fetchHubSpotRecord(DEAL, api, signal(), on());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record).toMatchObject({
      app: 'hubspot',
      object: 'deal',
      id: DEMO_IDS.cleanDeal,
      url: `/contacts/123456/record/0-3/${DEMO_IDS.cleanDeal}`,
      fields: { dealname: 'Acme Corp - 250 seats', dealstage: 'contractsent', amount: '48000', hubspot_owner_id: '84512093' },
    });
    const [path, init] = pageFetch.mock.calls[0] ?? [];
    const url = new URL(path ?? '', 'https://app.hubspot.com');
    expect(url.pathname).toBe('/api/inbounddb-objects/v1/crm-objects/0-3/batch');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      portalId: '123456',
      id: DEMO_IDS.cleanDeal,
      allPropertiesFetchMode: 'latest_version',
      includeAllProperties: 'true',
    });
    expect(new Headers(init?.headers).get('X-HubSpot-CSRF-hubspotapi')).toBe(TOKEN);
  });

  it('reads a contact too', async () => {
    const { api } = demoAccess();
    const contact: RecordPage = { ...DEAL, object: 'contact', recordId: DEMO_IDS.contactWithBadEmail, context: { portalId: '123456', objectTypeId: '0-1' } };
    const outcome = await fetchHubSpotRecord(contact, api, signal(), on());
    expect(outcome.ok && outcome.record.fields.email).toBe('jordan.lee@@northwind.example');
  });

  it('sends the older hubspotapi-csrf cookie when csrf.app is absent', async () => {
    const { api } = demoAccess({ cookie: `csrf.app=${TOKEN}` });
    expect((await fetchHubSpotRecord(DEAL, api, signal(), on(`hubspotapi-csrf=${TOKEN}`))).ok).toBe(true);
  });

  it('does not call without a CSRF cookie, which HubSpot would answer with 401', async () => {
    const { api, pageFetch } = demoAccess();
    const outcome = await fetchHubSpotRecord(DEAL, api, signal(), on('_ga=1'));
    expect(outcome).toEqual({ ok: false, reason: "HubSpot's CSRF cookie is missing, so its internal API would refuse the call" });
    expect(pageFetch).not.toHaveBeenCalled();
  });

  it('reports the 401 of a stale CSRF token', async () => {
    const { api } = demoAccess();
    expect(await fetchHubSpotRecord(DEAL, api, signal(), on('csrf.app=stale'))).toEqual({ ok: false, reason: "HubSpot's internal API answered 401" });
  });

  it('reports the 401 of an expired session', async () => {
    const { api } = demoAccess({ failing: true });
    expect(await fetchHubSpotRecord(DEAL, api, signal(), on())).toEqual({ ok: false, reason: "HubSpot's internal API answered 401" });
  });

  it('fails closed when the answer does not name the record of the URL', async () => {
    const { api } = demoAccess();
    const missing = { ...DEAL, recordId: '999' };
    expect(await fetchHubSpotRecord(missing, api, signal(), on())).toEqual({ ok: false, reason: "HubSpot's internal API did not return deal 999" });
    const wrongType = { ...DEAL, object: 'contact', context: { portalId: '123456', objectTypeId: '0-3' } };
    expect((await fetchHubSpotRecord(wrongType, api, signal(), on())).ok).toBe(false);
  });

  it('needs the portal id from the URL', async () => {
    const { api, pageFetch } = demoAccess();
    expect(await fetchHubSpotRecord({ ...DEAL, context: {} }, api, signal(), on())).toEqual({ ok: false, reason: 'the HubSpot URL names no portal' });
    expect(pageFetch).not.toHaveBeenCalled();
  });

  it('never throws: bad JSON, unknown shapes, network errors and cancellation become reasons', async () => {
    const answer = (body: string) => ({ ...demoAccess().api, pageFetch: async () => new Response(body, { status: 200 }) });
    const badJson = await fetchHubSpotRecord(DEAL, answer('<html>'), signal(), on());
    expect(badJson.ok === false && badJson.reason).toMatch(/^HubSpot's internal API gave an unusable answer \(/);
    const wrongShape = await fetchHubSpotRecord(DEAL, answer(`{"${DEMO_IDS.cleanDeal}":{"objectTypeId":"0-3","objectId":1,"properties":"none"}}`), signal(), on());
    expect(wrongShape.ok === false && wrongShape.reason).toMatch(/^HubSpot's internal API gave an unusable answer \(.*properties/);
    const offline = { ...demoAccess().api, pageFetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    expect(await fetchHubSpotRecord(DEAL, offline, signal(), on())).toEqual({
      ok: false,
      reason: "HubSpot's internal API gave an unusable answer (Failed to fetch)",
    });
    const controller = new AbortController();
    controller.abort();
    const aborted = { ...demoAccess().api, pageFetch: () => Promise.reject(new DOMException('aborted', 'AbortError')) };
    expect(await fetchHubSpotRecord(DEAL, aborted, controller.signal, on())).toEqual({ ok: false, reason: 'the read was cancelled' });
  });

  it('takes the setting through the adapter factory', async () => {
    const { api } = demoAccess();
    const adapter = createHubSpotAdapter(on());
    expect((await adapter.fetchRecord(DEAL, api, signal())).ok).toBe(true);
  });
});

describe('the demo endpoint has the shape of the reference sample', () => {
  it('is keyed by object id with {objectTypeId, objectId, portalId, properties:{name:{value}}}', async () => {
    const sample = JSON.parse(readFileSync(new URL('../../fixtures/samples/hubspot-internal-inbounddb-objects-batch.SHAPE.json', import.meta.url), 'utf8'));
    const { api } = demoAccess();
    const response = await api.pageFetch(`/api/inbounddb-objects/v1/crm-objects/0-1/batch?portalId=123456&id=${DEMO_IDS.cleanContact}`, {
      headers: { 'X-HubSpot-CSRF-hubspotapi': TOKEN },
    });
    const body = await response.json();
    const shapeOf = (entry: Record<string, unknown>) => Object.keys(entry).filter((key) => key !== 'properties');
    const [sampleEntry] = Object.values(sample).filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null);
    const entry = body[DEMO_IDS.cleanContact];
    expect(shapeOf(entry)).toEqual(shapeOf(sampleEntry ?? {}));
    expect(typeof entry.objectId).toBe('number');
    expect(entry.properties.firstname).toMatchObject({ value: 'Amelia' });
  });

  it('answers 401 without the CSRF header', async () => {
    const { api } = demoAccess();
    const response = await api.pageFetch(`/api/inbounddb-objects/v1/crm-objects/0-3/batch?portalId=123456&id=${DEMO_IDS.cleanDeal}`);
    expect(response.status).toBe(401);
  });
});

describe('csrfToken', () => {
  it.each([
    ['csrf.app=abc', 'abc'],
    ['a=1; csrf.app=abc%3D%3D; b=2', 'abc=='],
    ['hubspotapi-csrf=old', 'old'],
    ['hubspotapi-csrf=old; csrf.app=new', 'new'],
    ['csrf.app=%E0%A4%A', '%E0%A4%A'],
    ['csrf.app=; other=1', null],
    ['', null],
  ])('reads %j as %j', (cookies, expected) => {
    expect(csrfToken(cookies)).toBe(expected);
  });
});
