/**
 * The ServiceNow demo instance at `acme.service-now.com` (any `*.service-now.com` host): UI16 forms that save by
 * POST and reload (as UI16 does, so navigation reloads the `gsft_main` iframe instead of using pushState), the
 * `nav_to.do` and Next Experience wrappers around them, lists, and the Table API with the session-token check that
 * answers 401 "User Not Authenticated" without a valid `X-UserToken` (KB0565021) or while
 * `state.failingApis.has('servicenow')`.
 */
import { randomBytes } from 'node:crypto';
import { html, json, type DemoRequest, type DemoResponse, type DemoRoute, type DemoState } from '../server';
import {
  displayValueOf,
  isDemoTable,
  recordsOf,
  REFERENCE_NAMES,
  storeFor,
  TABLES,
  type DemoRecord,
  type DemoTable,
  type ServiceNowStore,
} from './data';
import { formPage } from './form-page';
import { tableList } from './list-routes';
import { clientFile, DEMO_FORM_SCRIPT, DEMO_SESSION_SCRIPT, DEMO_STYLESHEET } from './assets';
import {
  framedPath,
  listPage,
  navToPage,
  polarisClassicPage,
  polarisHomePage,
  recordNotFoundPage,
  userListPage,
  workspaceRecordPage,
} from './shell-pages';

const HOST = /^[a-z0-9-]+\.service-now\.com$/;
const CLASSIC_WRAPPER = '/now/nav/ui/classic/params/target/';

const NOT_AUTHENTICATED = { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' };
const NO_RECORD = { error: { message: 'No Record found', detail: "Record doesn't exist or ACL restricts the record retrieval" }, status: 'failure' };

const file = (body: string, type: string): DemoResponse => ({ headers: { 'content-type': type }, body });
const redirect = (location: string): DemoResponse => ({ status: 302, headers: { location }, body: '' });

export const servicenowRoutes: DemoRoute[] = [
  { host: HOST, path: pathOf(DEMO_STYLESHEET), handle: () => file(clientFile('ui16.css'), 'text/css; charset=utf-8') },
  { host: HOST, path: pathOf(DEMO_FORM_SCRIPT), handle: () => file(clientFile('form.js'), 'text/javascript; charset=utf-8') },
  {
    host: HOST,
    path: pathOf(DEMO_SESSION_SCRIPT),
    handle: (_request, state) => file(`window.g_ck = ${JSON.stringify(storeFor(state).token)};\n`, 'text/javascript; charset=utf-8'),
  },
  {
    host: HOST,
    path: /^\/nav_to\.do$/,
    handle: (request, state) => html(navToPage(storeFor(state), framedPath(request.url.searchParams.get('uri'), request.url.origin))),
  },
  {
    host: HOST,
    path: /^\/now\/nav\/ui\/classic\/params\/target\/(.+)$/,
    handle: (request) => {
      const target = decodeURIComponent(request.url.pathname.slice(CLASSIC_WRAPPER.length)) + request.url.search;
      return html(polarisClassicPage(framedPath(target, request.url.origin)));
    },
  },
  { host: HOST, path: /^\/now\/nav\/ui\/home$/, handle: () => html(polarisHomePage()) },
  {
    host: HOST,
    path: /^\/now\/sow\/record\/([a-z_]+)\/([0-9a-f]{32})(?:\/.*)?$/,
    handle: (request, state) => {
      const record = storeFor(state).records.get(request.match[2] ?? '');
      return record && record.table === request.match[1] ? html(workspaceRecordPage(record)) : html(polarisHomePage(), 404);
    },
  },
  {
    host: HOST,
    path: /^\/([a-z_]+)_list\.do$/,
    handle: (request, state) => {
      const table = request.match[1] ?? '';
      if (table === 'sys_user') return html(userListPage(Object.values(REFERENCE_NAMES.sys_user ?? {})));
      return isDemoTable(table) ? html(listPage(storeFor(state), table)) : html('<!doctype html><title>Not found</title><p>Invalid table</p>', 404);
    },
  },
  { host: HOST, path: /^\/([a-z_]+)\.do$/, handle: showForm },
  { host: HOST, method: 'POST', path: /^\/([a-z_]+)\.do$/, handle: saveForm },
  { host: HOST, path: /^\/api\/now\/table\/([a-z_]+)\/([^/]+)$/, handle: tableApiGet },
  { host: HOST, path: /^\/api\/now\/table\/([a-z_]+)$/, handle: tableList },
];

function pathOf(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
}

function showForm(request: DemoRequest, state: DemoState): DemoResponse {
  const table = request.match[1] ?? '';
  if (!isDemoTable(table)) return html('<!doctype html><title>Not found</title><p>Invalid table</p>', 404);
  const store = storeFor(state);
  const sysId = request.url.searchParams.get('sys_id') ?? '';
  if (sysId === '-1') return html(formPage(store, newRecord(store, table), randomBytes(16).toString('hex'), true));
  const record = store.records.get(sysId);
  return record && record.table === table ? html(formPage(store, record, sysId, false)) : html(recordNotFoundPage(table));
}

/** UI16 posts the whole form with `sysparm_ck`; the server saves and redirects (Save stays, Update goes back to the list). */
function saveForm(request: DemoRequest, state: DemoState): DemoResponse {
  const table = request.match[1] ?? '';
  if (!isDemoTable(table)) return html('<!doctype html><title>Not found</title><p>Invalid table</p>', 404);
  const store = storeFor(state);
  const body = new URLSearchParams(request.body);
  if (body.get('sysparm_ck') !== store.token) return html('<!doctype html><title>Invalid token</title><p>Invalid security token, please try again.</p>', 403);
  const sysId = body.get('sys_uniqueValue') ?? '';
  if (!/^[0-9a-f]{32}$/.test(sysId)) return html('<!doctype html><title>Bad request</title>', 400);
  const existing = store.records.get(sysId);
  if (existing && existing.table !== table) return html('<!doctype html><title>Bad request</title>', 400);
  const record = existing ?? { table, values: { ...newRecord(store, table).values, sys_id: sysId } };
  const def = TABLES[table];
  for (const name of Object.keys(def.fields)) {
    const posted = body.get(`${table}.${name}`);
    if (posted !== null && name !== 'number') record.values[name] = posted;
  }
  const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
  if (table === 'incident' && ['6', '7'].includes(record.values.state ?? '') && !record.values.resolved_at) record.values.resolved_at = now;
  record.values.sys_updated_on = now;
  store.records.set(sysId, record);
  return redirect(body.get('sys_action') === 'sysverb_update' ? `/${table}_list.do` : `/${table}.do?sys_id=${sysId}`);
}

function newRecord(store: ServiceNowStore, table: DemoTable): DemoRecord {
  const prefix = table === 'incident' ? 'INC' : 'CHG';
  const highest = Math.max(0, ...recordsOf(store, table).map((record) => Number((record.values.number ?? '').slice(3)) || 0));
  const values: Record<string, string> = Object.fromEntries(Object.keys(TABLES[table].fields).map((name) => [name, '']));
  Object.assign(values, {
    number: `${prefix}${String(highest + 1).padStart(7, '0')}`,
    sys_class_name: table,
    active: 'true',
    ...(table === 'incident'
      ? { state: '1', impact: '3', urgency: '3', priority: '5', contact_type: 'phone' }
      : { state: '-5', type: 'normal', approval: 'not requested', risk: '4', impact: '3', priority: '4' }),
  });
  return { table, values };
}

function tableApiGet(request: DemoRequest, state: DemoState): DemoResponse {
  const store = storeFor(state);
  if (state.failingApis.has('servicenow') || request.headers['x-usertoken'] !== store.token) return json(NOT_AUTHENTICATED, 401);
  const table = request.match[1] ?? '';
  const record = store.records.get(request.match[2] ?? '');
  if (!record || record.table !== table) return json(NO_RECORD, 404);
  const displayValue = request.url.searchParams.get('sysparm_display_value') ?? 'false';
  const withLinks = request.url.searchParams.get('sysparm_exclude_reference_link') !== 'true';
  return json({ result: apiRecord(record, displayValue, withLinks, request.url.origin) });
}

/** The Table API's three shapes (saas-apps.md §2.2): database values, display values, or both (`all`). */
export function apiRecord(record: DemoRecord, displayValue: string, withLinks: boolean, origin: string): Record<string, unknown> {
  const def = TABLES[record.table];
  return Object.fromEntries(
    Object.entries(record.values).map(([name, value]) => {
      const field = def.fields[name];
      const display = name === 'sys_class_name' ? def.label : field ? displayValueOf(field, value) : value;
      const link = field?.kind === 'reference' && value !== '' && withLinks ? { link: `${origin}/api/now/table/${field.reference}/${value}` } : {};
      const isReference = field?.kind === 'reference' && value !== '';
      if (displayValue === 'all') return [name, { display_value: display, value, ...link }];
      if (displayValue === 'true') return [name, isReference ? { display_value: display, ...link } : display];
      return [name, isReference ? { ...link, value } : value];
    }),
  );
}
