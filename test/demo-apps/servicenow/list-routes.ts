/**
 * The Table API's list form, `GET /api/now/table/{table}?sysparm_query=…&sysparm_limit=…&sysparm_offset=…`, as the
 * forecast board pages through it (ServiceNowDocs, c_TableAPI.md): `{result: [...]}`, `X-Total-Count`, and a `Link`
 * header with `first`, `prev`, `next` and `last`. Serves the demo store's records of the table followed by the
 * generated incidents (list-data.ts). The encoded query is interpreted as far as lists write it: `field=value` and
 * `field!=value` terms joined by `^`; `ORDERBY…` terms are accepted (the order is the store's). Same session check
 * as the record endpoint; `state.failingApis` with `servicenow:page:N` makes page N answer 429 with `Retry-After: 60`.
 */
import { json, type DemoRequest, type DemoResponse, type DemoState } from '../server';
import { todayUtc } from '../board/random';
import { boardSize, failingPageKey } from '../board/size';
import { isDemoTable, recordsOf, storeFor, type DemoRecord } from './data';
import { BOARD_INCIDENTS, boardIncidents, INCIDENT_SEED } from './list-data';
import { apiRecord } from './routes';

const DEFAULT_LIMIT = 10_000;
const NOT_AUTHENTICATED = { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' };

const generated = new WeakMap<DemoState, { key: string; records: DemoRecord[] }>();

export function listRecordsOf(state: DemoState, table: string): DemoRecord[] {
  if (!isDemoTable(table)) return [];
  const stored = recordsOf(storeFor(state), table);
  if (table !== 'incident') return stored;
  const size = boardSize(state, 'servicenow', BOARD_INCIDENTS);
  const key = `${size}|${todayUtc()}`;
  let cache = generated.get(state);
  if (cache?.key !== key) {
    cache = { key, records: boardIncidents(size, INCIDENT_SEED, todayUtc()) };
    generated.set(state, cache);
  }
  return [...stored, ...cache.records];
}

/** `active=true^state!=6^ORDERBYnumber` → a filter on database values. */
export function encodedQueryFilter(query: string): (record: DemoRecord) => boolean {
  const terms = query.split('^').filter((term) => term !== '' && !term.startsWith('ORDERBY'));
  const tests = terms.map((term) => {
    const match = /^([a-z0-9_.]+)(!=|=)(.*)$/.exec(term);
    if (!match) return () => true;
    const [, field, operator, value] = match as unknown as [string, string, string, string];
    return (record: DemoRecord) => ((record.values[field] ?? '') === value) === (operator === '=');
  });
  return (record) => tests.every((test) => test(record));
}

export function tableList(request: DemoRequest, state: DemoState): DemoResponse {
  const store = storeFor(state);
  if (state.failingApis.has('servicenow') || request.headers['x-usertoken'] !== store.token) return json(NOT_AUTHENTICATED, 401);
  const table = request.match[1] ?? '';
  if (!isDemoTable(table)) return json({ error: { message: 'Invalid table', detail: `Invalid table ${table}` }, status: 'failure' }, 400);
  const params = request.url.searchParams;
  const limit = Math.max(1, Number(params.get('sysparm_limit') ?? DEFAULT_LIMIT) || DEFAULT_LIMIT);
  const offset = Math.max(0, Number(params.get('sysparm_offset') ?? 0) || 0);
  if (state.failingApis.has(failingPageKey('servicenow', Math.floor(offset / limit) + 1))) {
    return { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '60' }, body: JSON.stringify({ error: { message: 'Rate limit exceeded', detail: 'Too many requests' }, status: 'failure' }) };
  }
  const matching = listRecordsOf(state, table).filter(encodedQueryFilter(params.get('sysparm_query') ?? ''));
  const displayValue = params.get('sysparm_display_value') ?? 'false';
  const withLinks = params.get('sysparm_exclude_reference_link') !== 'true';
  const result = matching.slice(offset, offset + limit).map((record) => apiRecord(record, displayValue, withLinks, request.url.origin));
  const at = (newOffset: number) => {
    const next = new URL(request.url.href);
    next.searchParams.set('sysparm_offset', String(newOffset));
    next.searchParams.set('sysparm_limit', String(limit));
    return `<${next.href}>`;
  };
  const lastOffset = Math.max(0, Math.floor((matching.length - 1) / limit) * limit);
  const links = [
    `${at(0)};rel="first"`,
    ...(offset > 0 ? [`${at(Math.max(0, offset - limit))};rel="prev"`] : []),
    ...(offset + limit < matching.length ? [`${at(offset + limit)};rel="next"`] : []),
    `${at(lastOffset)};rel="last"`,
  ];
  return {
    headers: { 'content-type': 'application/json;charset=UTF-8', 'x-total-count': String(matching.length), link: links.join(',') },
    body: JSON.stringify({ result }),
  };
}
