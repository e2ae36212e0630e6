/**
 * The demo org's REST query resource as the forecast board uses it (developer.salesforce.com, "Execute a SOQL
 * Query"): `GET /services/data/vXX.X/query?q=` answers `{totalSize, done, records, nextRecordsUrl}` in batches, the
 * next batch at `/query/{locator}-{offset}`; plus the look-ups the board makes first (`/chatter/users/me`, list
 * views and their describe). The SOQL is interpreted only as far as the board writes it: the SELECT list (projected,
 * as the API does), `USING SCOPE mine`, `UserRoleId IN (...)`, `RecordTypeId = '...'` and the fiscal-quarter
 * literals on CloseDate. Errors follow the API's `[{errorCode, message}]`; `state.failingApis` with
 * `salesforce:page:N` makes batch N answer 403 REQUEST_LIMIT_EXCEEDED, with `salesforce-api-disabled` every call
 * answers 403 API_DISABLED_FOR_ORG.
 */
import { json, type DemoRequest, type DemoResponse, type DemoRoute, type DemoState } from '../server';
import { quarterStart, todayUtc } from '../board/random';
import { boardSize, failingPageKey } from '../board/size';
import { API_SID } from './data';
import { BOARD_OPPORTUNITIES, BOARD_SEED, boardOpportunities, CURRENT_USER, DEMO_ROLES, DEMO_USERS, LIST_VIEWS } from './list-data';

const API_HOST = /^acme\.my\.salesforce\.com$/;
const VERSION = '(v\\d+\\.\\d)';
export const QUERY_BATCH_SIZE = 200;

type SObject = Record<string, unknown>;

interface Cursor {
  readonly records: readonly SObject[];
}

const cursors = new WeakMap<DemoState, Map<string, Cursor>>();
const pipelines = new WeakMap<DemoState, { key: string; records: SObject[] }>();

const errors = (status: number, errorCode: string, message: string): DemoResponse => json([{ errorCode, message }], status);

function refused(request: DemoRequest, state: DemoState): DemoResponse | null {
  if (state.failingApis.has('salesforce') || request.headers.authorization !== `Bearer ${API_SID}`) {
    return errors(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
  }
  if (state.failingApis.has('salesforce-api-disabled')) return errors(403, 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner');
  return null;
}

/** The org's open pipeline today, generated once per size and day. */
export function pipelineOf(state: DemoState): SObject[] {
  const today = todayUtc();
  const size = boardSize(state, 'salesforce', BOARD_OPPORTUNITIES);
  const key = `${size}|${today}`;
  const cached = pipelines.get(state);
  if (cached?.key === key) return cached.records;
  const records = boardOpportunities(size, BOARD_SEED, today);
  pipelines.set(state, { key, records });
  return records;
}

function sobject(type: string, fields: SObject): SObject {
  return { attributes: { type, url: `/services/data/v66.0/sobjects/${type}/${String(fields.Id)}` }, ...fields };
}

/** Runs the SOQL the board writes; anything else is MALFORMED_QUERY, as an unknown query would be. */
export function runSoql(soql: string, state: DemoState): SObject[] | string {
  const from = /\bFROM\s+(\w+)/i.exec(soql)?.[1];
  if (from === 'UserRole') return DEMO_ROLES.map((role) => sobject('UserRole', { Id: role.Id, ParentRoleId: role.ParentRoleId }));
  if (from === 'User') {
    const id = /WHERE\s+Id\s*=\s*'([A-Za-z0-9]+)'/i.exec(soql)?.[1];
    return DEMO_USERS.filter((user) => user.Id === id).map((user) => sobject('User', { Id: user.Id, UserRoleId: user.UserRoleId }));
  }
  if (from !== 'Opportunity') return `sObject type '${from ?? ''}' is not supported.`;
  const select = /^\s*SELECT\s+([\s\S]+?)\s+FROM\s/i.exec(soql)?.[1]?.split(',').map((field) => field.trim()) ?? [];
  if (select.length === 0) return 'unexpected token: FROM';
  let records = pipelineOf(state);
  if (/USING\s+SCOPE\s+mine/i.test(soql)) records = records.filter((record) => record.OwnerId === CURRENT_USER.Id);
  const roles = /UserRoleId\s+IN\s*\(([^)]*)\)/i.exec(soql)?.[1];
  if (roles !== undefined) {
    const wanted = new Set([...roles.matchAll(/'([A-Za-z0-9]+)'/g)].map((match) => match[1]));
    const owners = new Set(DEMO_USERS.filter((user) => wanted.has(user.UserRoleId)).map((user) => user.Id));
    records = records.filter((record) => owners.has(String(record.OwnerId)));
  }
  const recordType = /RecordTypeId\s*=\s*'([A-Za-z0-9]+)'/i.exec(soql)?.[1];
  if (recordType !== undefined) records = records.filter((record) => record.RecordTypeId === recordType);
  const quarters = [
    ...(/CloseDate\s*=\s*THIS_FISCAL_QUARTER/i.test(soql) ? [0] : []),
    ...(/CloseDate\s*=\s*NEXT_FISCAL_QUARTER/i.test(soql) ? [1] : []),
  ];
  if (quarters.length > 0) {
    const today = todayUtc();
    const ranges = quarters.map((offset) => [quarterStart(today, offset), quarterStart(today, offset + 1)] as const);
    records = records.filter((record) => typeof record.CloseDate === 'string' && ranges.some(([start, end]) => record.CloseDate as string >= start && (record.CloseDate as string) < end));
  }
  return records.map((record) => project(record, select));
}

function project(record: SObject, select: readonly string[]): SObject {
  const projected: SObject = { attributes: record.attributes };
  for (const field of select) {
    const [head, nested] = field.split('.') as [string, string | undefined];
    if (nested === undefined) {
      projected[head] = record[head] ?? null;
      continue;
    }
    const related = record[head] as SObject | null | undefined;
    const into = (projected[head] as SObject | undefined) ?? (related ? { attributes: related.attributes } : null);
    if (into !== null && related) into[nested] = related[nested] ?? null;
    projected[head] = into;
  }
  return projected;
}

function batch(request: DemoRequest, state: DemoState, locator: string, offset: number, records: readonly SObject[]): DemoResponse {
  const page = offset / QUERY_BATCH_SIZE + 1;
  if (state.failingApis.has(failingPageKey('salesforce', page))) {
    return errors(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
  }
  const end = offset + QUERY_BATCH_SIZE;
  const done = end >= records.length;
  return json({
    totalSize: records.length,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/${request.match[1] ?? 'v66.0'}/query/${locator}-${end}` }),
    records: records.slice(offset, end),
  });
}

function query(request: DemoRequest, state: DemoState): DemoResponse {
  const refusal = refused(request, state);
  if (refusal) return refusal;
  const soql = request.url.searchParams.get('q') ?? '';
  const result = runSoql(soql, state);
  if (typeof result === 'string') return errors(400, 'MALFORMED_QUERY', result);
  const open = cursors.get(state) ?? new Map<string, Cursor>();
  cursors.set(state, open);
  const locator = `01gHs00000BRD${String(open.size).padStart(5, '0')}`;
  open.set(locator, { records: result });
  return batch(request, state, locator, 0, result);
}

function queryMore(request: DemoRequest, state: DemoState): DemoResponse {
  const refusal = refused(request, state);
  if (refusal) return refusal;
  const cursor = cursors.get(state)?.get(request.match[2] ?? '');
  const offset = Number(request.match[3]);
  if (!cursor || !Number.isInteger(offset) || offset % QUERY_BATCH_SIZE !== 0) return errors(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  return batch(request, state, request.match[2] ?? '', offset, cursor.records);
}

const LIST_VIEW_COLUMNS = 'Name, Account.Name, Amount, CloseDate, StageName, Owner.Alias, Id, CreatedDate, LastModifiedDate, SystemModstamp';

export const salesforceQueryRoutes: DemoRoute[] = [
  { host: API_HOST, path: new RegExp(`^/services/data/${VERSION}/query/?$`), handle: query },
  { host: API_HOST, path: new RegExp(`^/services/data/${VERSION}/query/(01g[A-Za-z0-9]+)-(\\d+)$`), handle: queryMore },
  {
    host: API_HOST,
    path: new RegExp(`^/services/data/${VERSION}/chatter/users/me$`),
    handle: (request, state) => refused(request, state) ?? json({ id: CURRENT_USER.Id, name: CURRENT_USER.Name, type: 'User' }),
  },
  {
    host: API_HOST,
    path: new RegExp(`^/services/data/${VERSION}/sobjects/Opportunity/listviews$`),
    handle: (request, state) =>
      refused(request, state) ??
      json({
        done: true,
        nextRecordsUrl: null,
        size: LIST_VIEWS.length,
        sobjectType: 'Opportunity',
        listviews: LIST_VIEWS.map((view) => ({ id: view.id, developerName: view.developerName, label: view.label, soqlCompatible: true })),
      }),
  },
  {
    host: API_HOST,
    path: new RegExp(`^/services/data/${VERSION}/sobjects/Opportunity/listviews/(00B[A-Za-z0-9]+)/describe$`),
    handle: (request, state) => {
      const refusal = refused(request, state);
      if (refusal) return refusal;
      const view = LIST_VIEWS.find((candidate) => candidate.id === request.match[2]);
      if (!view) return errors(404, 'NOT_FOUND', 'The requested resource does not exist');
      return json({
        id: view.id,
        sobjectType: 'Opportunity',
        query: `SELECT ${LIST_VIEW_COLUMNS} FROM Opportunity${view.scope} ORDER BY Name ASC NULLS FIRST, Id ASC NULLS FIRST`,
        scope: view.scope === '' ? 'everything' : 'mine',
      });
    },
  },
];
