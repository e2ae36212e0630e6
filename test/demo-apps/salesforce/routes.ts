/**
 * The demo Salesforce org: Lightning pages on `acme.lightning.force.com`, the UI API on `acme.my.salesforce.com`.
 *
 * Sessions work as on a real org (saas-apps.md §1.2): logging in through the My Domain host's
 * `/secur/frontdoor.jsp` sets the API-capable `sid` there and redirects to Lightning, whose pages set the UI
 * session's `sid` on their own host. The REST API takes only `Authorization: Bearer <the My Domain sid>` and
 * answers anything else, or everything while `state.failingApis` has 'salesforce', with 401 INVALID_SESSION_ID.
 * (A cross-site image cannot set the My Domain cookie: Chromium blocks third-party cookies.)
 *
 * Endpoints under `/__demo/salesforce/` stand in for Lightning's Aura traffic: the client script fetches the
 * views it navigates to, swaps the record layout into edit mode and saves.
 */
import { readFileSync } from 'node:fs';
import { html, json, type DemoRequest, type DemoResponse, type DemoRoute, type DemoState } from '../server';
import { API_SID, demoRecords, LEAD_ID, LIGHTNING_SID, OPPORTUNITY_IDS, recordName, uiApiRecord, type DemoRecord } from './data';
import { salesforceQueryRoutes } from './query-routes';
import { editModal, layoutFieldNames, lexDocument, listView, pageHost, plainPage, recordPage, detailLayout, requiredFields } from './page';

const LIGHTNING_HOST = /^acme\.lightning\.force\.com$/;
const API_HOST = /^acme\.my\.salesforce\.com$/;
const API_ORIGIN = 'https://acme.my.salesforce.com';
const DEMO = '/__demo/salesforce';

interface DemoOrg {
  readonly records: Map<string, DemoRecord>;
  /** The record viewed before the current one: its page host stays cached, inactive, in the next page. */
  previous: string | null;
}

const orgs = new WeakMap<DemoState, DemoOrg>();

function orgOf(state: DemoState): DemoOrg {
  let org = orgs.get(state);
  if (!org) {
    org = { records: demoRecords(), previous: null };
    orgs.set(state, org);
  }
  return org;
}

function findRecord(org: DemoOrg, id: string): DemoRecord | undefined {
  return [...org.records.values()].find((record) => record.id.slice(0, 15) === id.slice(0, 15));
}

const cookie = (sid: string) => `sid=${sid}; Path=/; Secure; HttpOnly; SameSite=None`;

interface View {
  readonly title: string;
  readonly content: string;
  readonly record?: DemoRecord;
  readonly modal?: string;
}

const RECORD_URL = /^\/lightning\/r\/(?:[A-Za-z][A-Za-z0-9_]*\/)?([A-Za-z0-9]{15,18})\/(view|edit)$/;
const LIST_URL = /^\/lightning\/o\/([A-Za-z][A-Za-z0-9_]*)\/list$/;

/** What Lightning shows at a path; the client asks for the same when it navigates. */
function viewFor(org: DemoOrg, path: string): View {
  const record = RECORD_URL.exec(path);
  if (record) {
    const found = findRecord(org, record[1] ?? '');
    if (!found) return { title: 'Error', content: plainPage('Record not available', '<p>This record was deleted, or you do not have access to it.</p>') };
    const others = [...org.records.values()].filter((other) => other !== found);
    return { title: recordName(found), content: recordPage(found, others), record: found, ...(record[2] === 'edit' ? { modal: editModal(found) } : {}) };
  }
  const list = LIST_URL.exec(path);
  if (list) return { title: `${list[1]}s`, content: listView(list[1] ?? '', [...org.records.values()]) };
  if (path.startsWith('/lightning/setup/')) return { title: 'Setup', content: plainPage('Setup Home', '<p>Object Manager, Users, Company Settings.</p>') };
  return { title: 'Home', content: plainPage('Home', '<p>Quarterly Performance: $0 closed, $318,000 open (>70%).</p>') };
}

function lightningPage(request: DemoRequest, state: DemoState): DemoResponse {
  const org = orgOf(state);
  const path = request.url.pathname;
  const view = viewFor(org, path);
  const url = `${path}${request.url.search}`;
  // A cached host of the record seen before (or of another demo record) sits beside the active one, inactive.
  const cachedId = org.previous !== null && org.previous !== view.record?.id
    ? org.previous
    : view.record?.id === OPPORTUNITY_IDS.pastCloseDate ? OPPORTUNITY_IDS.noNextStep : OPPORTUNITY_IDS.pastCloseDate;
  const cached = findRecord(org, cachedId);
  if (view.record) org.previous = view.record.id;
  const isConsole = request.url.searchParams.has('ws') || request.url.searchParams.get('demoApp') === 'console';
  const cachedHost = cached
    ? pageHost(recordPage(cached, []), { active: false, console: isConsole, url: `/lightning/r/${cached.object}/${cached.id}/view` })
    : '';
  // one.app keeps the view in the hash, which never reaches the server: the client renders it.
  const activeHost = path === '/one/one.app' ? pageHost('', { active: true, console: isConsole, url: path }) : pageHost(view.content, { active: true, console: isConsole, url });
  const body = lexDocument({
    title: path === '/one/one.app' ? 'Lightning Experience' : view.title,
    hosts: cachedHost + activeHost,
    console: isConsole,
    ...(view.modal ? { modal: view.modal } : {}),
  });
  const page = html(body);
  return { ...page, headers: { ...page.headers, 'set-cookie': cookie(LIGHTNING_SID) } };
}

const API_ERRORS = {
  invalidSession: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }],
  notFound: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }],
};

function apiAuthorized(request: DemoRequest, state: DemoState): boolean {
  return !state.failingApis.has('salesforce') && request.headers.authorization === `Bearer ${API_SID}`;
}

function uiApiRecordResponse(request: DemoRequest, state: DemoState): DemoResponse {
  if (!apiAuthorized(request, state)) return json(API_ERRORS.invalidSession, 401);
  const record = findRecord(orgOf(state), request.match[2] ?? '');
  if (!record) return json(API_ERRORS.notFound, 404);
  const params = request.url.searchParams;
  const named = (param: string) =>
    (params.get(param) ?? '').split(',').filter((name) => name.startsWith(`${record.object}.`)).map((name) => name.slice(record.object.length + 1));
  const fields = named('fields');
  if (fields.length === 0 && !params.has('layoutTypes')) {
    return json([{ errorCode: 'INVALID_INPUT', message: 'Specify either fields or layoutTypes' }], 400);
  }
  const wanted = new Set([...fields, ...named('optionalFields'), ...(params.has('layoutTypes') ? layoutFieldNames(record.object) : [])]);
  return json(uiApiRecord(record, wanted));
}

const PICKLIST_SAMPLE = new URL('../../fixtures/samples/salesforce-uiapi-picklist-values-opportunity-master.json', import.meta.url);

function parseUsDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null;
  return `${match[3]}-${(match[1] ?? '').padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
}

/** Applies an inline edit or a Path move, with the app's own required-field validation. */
function saveRecord(request: DemoRequest, state: DemoState): DemoResponse {
  const record = findRecord(orgOf(state), request.match[1] ?? '');
  if (!record) return json({ errors: { '': 'This record is no longer available.' } }, 404);
  const { fields } = JSON.parse(request.body || '{}') as { fields?: Record<string, string | null> };
  const changes: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [name, raw] of Object.entries(fields ?? {})) {
    const text = raw === null ? '' : raw.trim();
    if (name === 'CloseDate') {
      const date = text === '' ? null : parseUsDate(text);
      if (text !== '' && date === null) errors[name] = 'Your entry does not match the allowed format M/d/yyyy.';
      changes[name] = date;
    } else if (name === 'Amount' || name === 'Probability') {
      const number = text === '' ? null : Number(text.replace(/[$,%\s]/g, ''));
      if (number !== null && !Number.isFinite(number)) errors[name] = 'Enter a valid value.';
      changes[name] = number;
    } else {
      changes[name] = text === '' ? null : text;
    }
  }
  for (const field of requiredFields(record.object)) {
    const names = field.type === 'name' ? ['LastName'] : [field.name];
    for (const name of names) {
      const value = name in changes ? changes[name] : record.fields[name];
      if (value === null || value === undefined || value === '') errors[field.type === 'name' ? 'Name' : name] = 'Complete this field.';
    }
  }
  if (Object.keys(errors).length > 0) return json({ errors }, 400);
  Object.assign(record.fields, changes);
  return json({ id: record.id });
}

const CLIENT_SCRIPT = new URL('./client.js', import.meta.url);
const STYLESHEET = new URL('./lex.css', import.meta.url);

export const salesforceRoutes: DemoRoute[] = [
  { host: LIGHTNING_HOST, path: /^\/(?:lightning\/.*|one\/one\.app)$/, handle: lightningPage },
  {
    host: LIGHTNING_HOST,
    path: new RegExp(`^${DEMO}/client\\.js$`),
    handle: () => ({ headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: readFileSync(CLIENT_SCRIPT, 'utf8') }),
  },
  {
    host: LIGHTNING_HOST,
    path: new RegExp(`^${DEMO}/lex\\.css$`),
    handle: () => ({ headers: { 'content-type': 'text/css; charset=utf-8' }, body: readFileSync(STYLESHEET, 'utf8') }),
  },
  {
    host: LIGHTNING_HOST,
    path: new RegExp(`^${DEMO}/page$`),
    handle: (request, state) => {
      const org = orgOf(state);
      const view = viewFor(org, request.url.searchParams.get('url')?.split('?')[0] ?? '/');
      if (view.record) org.previous = view.record.id;
      return json({ title: view.title, content: view.content, modal: view.modal ?? '' });
    },
  },
  {
    host: LIGHTNING_HOST,
    path: new RegExp(`^${DEMO}/layout/([A-Za-z0-9]{15,18})$`),
    handle: (request, state) => {
      const record = findRecord(orgOf(state), request.match[1] ?? '');
      if (!record) return html('', 404);
      return html(detailLayout(record, request.url.searchParams.get('mode') === 'edit' ? 'edit' : 'view'));
    },
  },
  { host: LIGHTNING_HOST, method: 'POST', path: new RegExp(`^${DEMO}/records/([A-Za-z0-9]{15,18})$`), handle: saveRecord },
  {
    host: API_HOST,
    path: /^\/secur\/frontdoor\.jsp$/,
    handle: (request) => {
      const target = request.url.searchParams.get('retURL') ?? `/lightning/r/Opportunity/${OPPORTUNITY_IDS.clean}/view`;
      const location = `https://acme.lightning.force.com${target.startsWith('/') ? target : '/lightning/page/home'}`;
      return { status: 302, headers: { location, 'set-cookie': cookie(API_SID) }, body: '' };
    },
  },
  { host: API_HOST, path: /^\/services\/data\/v(\d+\.\d)\/ui-api\/records\/([A-Za-z0-9]{15,18})$/, handle: uiApiRecordResponse },
  {
    host: API_HOST,
    path: /^\/services\/data\/v(\d+\.\d)\/ui-api\/object-info\/Opportunity\/picklist-values\/012000000000000AAA$/,
    handle: (request, state) =>
      apiAuthorized(request, state) ? json(JSON.parse(readFileSync(PICKLIST_SAMPLE, 'utf8'))) : json(API_ERRORS.invalidSession, 401),
  },
  ...salesforceQueryRoutes,
];

/** URLs the tests and `npm run demo` start from. */
export const SALESFORCE_DEMO_URLS = {
  clean: `https://acme.lightning.force.com/lightning/r/Opportunity/${OPPORTUNITY_IDS.clean}/view`,
  noNextStep: `https://acme.lightning.force.com/lightning/r/Opportunity/${OPPORTUNITY_IDS.noNextStep}/view`,
  pastCloseDate: `https://acme.lightning.force.com/lightning/r/Opportunity/${OPPORTUNITY_IDS.pastCloseDate}/view`,
  noAmount: `https://acme.lightning.force.com/lightning/r/Opportunity/${OPPORTUNITY_IDS.noAmount}/view`,
  lead: `https://acme.lightning.force.com/lightning/r/Lead/${LEAD_ID}/view`,
  home: 'https://acme.lightning.force.com/lightning/page/home',
  login: `${API_ORIGIN}/secur/frontdoor.jsp`,
} as const;
