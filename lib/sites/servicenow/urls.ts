/**
 * ServiceNow page detection from the URL alone (saas-apps.md §2.1).
 *
 *   detectServiceNowPage(new URL('https://acme.service-now.com/incident.do?sys_id=9c27…'))
 *     → { kind: 'record', app: 'servicenow', object: 'incident', recordId: '9c27…', context: { ui: 'classic', table: 'incident' } }
 *
 * Top-frame wrappers (`/nav_to.do?uri=…`, `/now/nav/ui/classic/params/target/…`) are deliberately not record
 * pages: the form lives in `iframe#gsft_main`, whose own content script (allFrames) detects the inner
 * `/incident.do?sys_id=…` URL. Answering null in the wrapper keeps two frames from linting one record;
 * `serviceNowFrameTarget` still tells what a wrapper shows.
 */
import type { PageInfo } from '../types';

/** The tables FieldGuard has packs or parsers for; forms of other tables are left alone. */
export const SERVICENOW_TABLES = ['incident', 'change_request', 'problem'] as const;
export type ServiceNowTable = (typeof SERVICENOW_TABLES)[number];

/** UI16 reports a record that is not saved yet as sys_id=-1 (classic) and `/record/{table}/-1` (workspaces). */
export const NEW_RECORD_ID = '-1';

const SYS_ID = /^[0-9a-f]{32}$/i;
const CLASSIC_FORM = /^\/([a-z][a-z0-9_]*)\.do$/;
const CLASSIC_LIST = /^\/([a-z][a-z0-9_]*)_list\.do$/;
const NEXT_EXPERIENCE_WRAPPER = '/now/nav/ui/classic/params/target/';

/** Instances live on `{instance}.service-now.com`; custom domains are not in the manifest, so not matched here. */
export function isServiceNowHost(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname.endsWith('.service-now.com') && url.hostname.length > '.service-now.com'.length;
}

export function isServiceNowTable(name: string): name is ServiceNowTable {
  return (SERVICENOW_TABLES as readonly string[]).includes(name);
}

/** Processors that turn a form or list URL into a download or a data document (`incident.do?XML&sys_id=…`). */
const EXPORT_PROCESSORS = ['XML', 'WSDL', 'JSON', 'JSONv2', 'CSV', 'EXCEL', 'XLS', 'XLSX', 'PDF', 'RSS', 'SOAP'];

export function detectServiceNowPage(url: URL): PageInfo | null {
  if (!isServiceNowHost(url) || EXPORT_PROCESSORS.some((processor) => url.searchParams.has(processor))) return null;
  return classicForm(url) ?? classicList(url) ?? workspaceRecord(url) ?? workspaceList(url);
}

/**
 * What a top-frame wrapper shows in its `gsft_main` iframe: `/nav_to.do?uri=incident.do%3Fsys_id%3D…` (UI16) or
 * `/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D…` (Next Experience), as an absolute URL on the
 * same instance; null for any other page. The decoding follows SN Utils (`background.js`, 899-905).
 */
export function serviceNowFrameTarget(url: URL): URL | null {
  if (!isServiceNowHost(url)) return null;
  let target: string | null = null;
  if (url.pathname === '/nav_to.do') target = url.searchParams.get('uri');
  else if (url.pathname.startsWith(NEXT_EXPERIENCE_WRAPPER)) target = withSearch(safeDecode(url.pathname.slice(NEXT_EXPERIENCE_WRAPPER.length)), url.search);
  if (target === null || target === '') return null;
  try {
    const inner = new URL(target, `${url.origin}/`);
    // A uri parameter that names another host would make the wrapper an open redirect, not a record page.
    return inner.origin === url.origin ? inner : null;
  } catch {
    return null;
  }
}

function classicForm(url: URL): PageInfo | null {
  const table = CLASSIC_FORM.exec(url.pathname)?.[1];
  if (table === undefined || !isServiceNowTable(table)) return null;
  const sysId = url.searchParams.get('sys_id');
  // Forms opened by query (`incident.do?sysparm_query=number=INC…`) do not name the record in the URL.
  if (sysId === null || !isRecordId(sysId)) return null;
  return recordPage(table, sysId, 'classic');
}

function classicList(url: URL): PageInfo | null {
  const table = CLASSIC_LIST.exec(url.pathname)?.[1];
  if (table === undefined || !isServiceNowTable(table)) return null;
  const query = url.searchParams.get('sysparm_query');
  return {
    kind: 'list',
    app: 'servicenow',
    object: table,
    listId: null,
    context: { ui: 'classic', table, ...(query ? { query } : {}) },
  };
}

/**
 * Workspace records: `/now/{workspace…}/record/{table}/{sys_id}[/params/…]`, e.g. SOW `/now/sow/record/incident/…`,
 * SIR `/now/sir/record/…`, Agent Workspace `/now/workspace/agent/record/…`. A `sub` segment opens a sub-tab
 * record, which is the one shown, so the record after the last `sub` wins (SN Utils `popup.js` getTableSysId).
 */
function workspaceRecord(url: URL): PageInfo | null {
  const segments = workspaceSegments(url);
  if (!segments) return null;
  const fromSub = segments.slice(segments.lastIndexOf('sub') + 1);
  const at = fromSub.indexOf('record');
  const table = fromSub[at + 1];
  const sysId = fromSub[at + 2];
  if (at === -1 || table === undefined || sysId === undefined || !isServiceNowTable(table) || !isRecordId(sysId)) return null;
  return recordPage(table, sysId, 'workspace');
}

/** Workspace lists: `/now/sow/list/params/list-id/{id}/table/{table}/…`; `params` is a run of key/value segments. */
function workspaceList(url: URL): PageInfo | null {
  const segments = workspaceSegments(url);
  if (!segments || segments.includes('record')) return null;
  const at = segments.indexOf('list');
  if (at === -1) return null;
  const params = paramSegments(segments.slice(at + 1));
  const table = params.get('table') ?? null;
  if (table !== null && !isServiceNowTable(table)) return null;
  return {
    kind: 'list',
    app: 'servicenow',
    object: table,
    listId: params.get('list-id') ?? null,
    context: { ui: 'workspace', ...(table ? { table } : {}) },
  };
}

/** Path segments of a `/now/…` page other than the Next Experience wrapper (whose iframe has its own script). */
function workspaceSegments(url: URL): string[] | null {
  if (!url.pathname.startsWith('/now/') || url.pathname.startsWith('/now/nav/')) return null;
  return url.pathname.split('/').filter((segment) => segment !== '').map(safeDecode);
}

function paramSegments(segments: readonly string[]): Map<string, string> {
  const params = new Map<string, string>();
  const start = segments.indexOf('params');
  if (start === -1) return params;
  for (let index = start + 1; index + 1 < segments.length; index += 2) {
    params.set(segments[index] as string, segments[index + 1] as string);
  }
  return params;
}

function recordPage(table: ServiceNowTable, sysId: string, ui: 'classic' | 'workspace'): PageInfo {
  const id = sysId.toLowerCase();
  return {
    kind: 'record',
    app: 'servicenow',
    object: table,
    recordId: id,
    context: { ui, table, ...(id === NEW_RECORD_ID ? { newRecord: 'true' } : {}) },
  };
}

function isRecordId(value: string): boolean {
  return value === NEW_RECORD_ID || SYS_ID.test(value);
}

/** The wrapper's own query string (rare) belongs to the target, after whatever query the encoded target carries. */
function withSearch(target: string, search: string): string {
  if (search === '') return target;
  return target.includes('?') ? `${target}&${search.slice(1)}` : `${target}${search}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
