/**
 * The demo HubSpot portal at its real hosts: record pages at `/contacts/{portalId}/record/{typeId}/{id}`, index
 * pages, a settings page, and the internal record endpoint the record page uses
 * (`/api/inbounddb-objects/v1/crm-objects/{typeId}/batch`) in its real shape, behind HubSpot's CSRF check.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { html, json, type DemoRequest, type DemoResponse, type DemoRoute } from '../server';
import { DEMO_PORTAL_ID, demoRecords, type DemoRecord } from './data';
import { CLIENT_SCRIPT_PATH, listView, notFoundView, recordTitle, recordView, settingsView, shell } from './page';

const HOST = /^app(?:-eu1|-na2)?\.hubspot\.com$/;
const CLIENT_SCRIPT = readFileSync(new URL('./client.js', import.meta.url), 'utf8');

/** HubSpot keeps the CSRF token in a cookie the page's JavaScript reads and sends back as a header. */
const CSRF_COOKIE = 'csrf.app';

function cookie(request: DemoRequest, name: string): string | null {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** Pages set the CSRF cookie once per browser session, as HubSpot's login does. */
function page(request: DemoRequest, title: string, view: string, status = 200): DemoResponse {
  if (request.headers['x-demo-fragment'] === '1') return html(view, status);
  const response = html(shell(title, view), status);
  if (cookie(request, CSRF_COOKIE)) return response;
  const token = randomBytes(16).toString('hex');
  return { ...response, headers: { ...response.headers, 'set-cookie': `${CSRF_COOKIE}=${token}; Path=/; Secure; SameSite=Lax` } };
}

function records(): readonly DemoRecord[] {
  return demoRecords();
}

function apiError(status: number, message: string, category: string): DemoResponse {
  return json({ status: 'error', message, correlationId: randomBytes(8).toString('hex'), category }, status);
}

/** The internal batch read: body keyed by object id, each property `{value, timestamp, versions}`. */
function inbounddbBatch(request: DemoRequest, failing: boolean): DemoResponse {
  const sent = request.headers['x-hubspot-csrf-hubspotapi'];
  const expected = cookie(request, CSRF_COOKIE);
  if (!sent || !expected || sent !== expected) return apiError(401, 'Missing or invalid CSRF token', 'INVALID_AUTHENTICATION');
  if (failing) return apiError(401, 'Your session has expired. Please log in again.', 'INVALID_AUTHENTICATION');
  const portalId = request.url.searchParams.get('portalId');
  if (portalId !== DEMO_PORTAL_ID) return apiError(403, `This user does not have access to portal ${portalId ?? '(none)'}`, 'MISSING_SCOPES');
  const typeId = request.match[1];
  const ids = new Set(request.url.searchParams.getAll('id'));
  const body: Record<string, unknown> = {};
  for (const record of records()) {
    if (record.objectTypeId !== typeId || !ids.has(record.id)) continue;
    const timestamp = Date.parse(record.properties.hs_lastmodifieddate ?? record.properties.lastmodifieddate ?? '') || Date.now();
    body[record.id] = {
      objectTypeId: record.objectTypeId,
      objectId: Number(record.id),
      portalId: Number(DEMO_PORTAL_ID),
      properties: Object.fromEntries(
        Object.entries(record.properties).map(([name, value]) => [name, { value: value ?? '', timestamp, versions: [{ value: value ?? '', timestamp }] }]),
      ),
    };
  }
  return json(body);
}

export const hubspotRoutes: readonly DemoRoute[] = [
  {
    host: HOST,
    path: new RegExp(`^${CLIENT_SCRIPT_PATH.replace(/[.]/g, '\\.')}$`),
    handle: () => ({ headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: CLIENT_SCRIPT }),
  },
  {
    host: HOST,
    path: /^\/api\/inbounddb-objects\/v1\/crm-objects\/([^/]+)\/batch$/,
    handle: (request, state) => inbounddbBatch(request, state.failingApis.has('hubspot')),
  },
  {
    host: HOST,
    path: /^\/contacts\/(\d+)\/record\/(0-1|0-3)\/(\d+)\/?$/,
    handle: (request) => {
      const [, portalId, typeId, id] = request.match;
      const all = records();
      const record = portalId === DEMO_PORTAL_ID ? all.find((candidate) => candidate.objectTypeId === typeId && candidate.id === id) : undefined;
      if (!record) return page(request, 'Not found | HubSpot', notFoundView(`No ${typeId === '0-3' ? 'deal' : 'contact'} with id ${id ?? ''}.`), 404);
      return page(request, `${recordTitle(record)} | ${typeId === '0-3' ? 'Deal' : 'Contact'}`, recordView(record, all));
    },
  },
  {
    host: HOST,
    path: /^\/contacts\/(\d+)\/objects\/(0-1|0-3)\/views\/([^/]+)\/(list|board)\/?$/,
    handle: (request) => {
      const typeId = request.match[2] === '0-1' ? '0-1' : '0-3';
      return page(request, `${typeId === '0-3' ? 'Deals' : 'Contacts'} | HubSpot`, listView(typeId, records()));
    },
  },
  {
    host: HOST,
    path: /^\/settings\/(\d+)\/?/,
    handle: (request) => page(request, 'Settings | HubSpot', settingsView()),
  },
];
