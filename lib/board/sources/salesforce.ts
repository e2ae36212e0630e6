/**
 * Salesforce Opportunities (or any object a list view shows) through the REST query resource
 * (`/services/data/vXX.X/query?q=`), following `nextRecordsUrl` until `done` (developer.salesforce.com, "Execute a
 * SOQL Query"; batches of up to 2,000 records).
 *
 * - A list view: its own SOQL from the List View Describe resource (`/sobjects/{SObject}/listviews/{id}/describe`,
 *   `query`), with its SELECT list replaced by the fields the packs and the board read, so the board shows
 *   exactly the list's records. A developer name in the URL (`filterName=AllOpportunities`) is looked up in
 *   `/sobjects/{SObject}/listviews` first.
 * - The board's choices: open opportunities closing this and/or next fiscal quarter, `USING SCOPE mine` for "mine",
 *   the role subtree of the user for "my team" (the user from `/chatter/users/me`, the roles from `UserRole`, then
 *   `OwnerId IN (SELECT Id FROM User WHERE UserRoleId IN (...))`, since `UserRole.ParentRoleId` alone reaches one
 *   level down only), and a record type.
 */
import { UnknownPayloadError } from '../../records/model';
import { parsePayload } from '../../records/parse';
import { API_VERSION, OPTIONAL_FIELDS } from '../../sites/salesforce/api';
import { apiHostFor, knownObject } from '../../sites/salesforce/urls';
import type { BoardQuery, BoardSource } from '../types';
import type { PageRequest } from '../transport';
import { isObject, sameOriginUrl, type BoardSourceClient, type FetchJson, type SourcePage } from './source';

type SoqlChoices = Extract<BoardSource, { kind: 'salesforce-soql' }>;

const ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;
const LIST_VIEW_ID_PREFIX = '00B';

/** The fields every board row reads besides the packs' fields: owner and a name (Cases have a number, no Name). */
const BOARD_FIELDS = ['Id', 'OwnerId', 'Owner.Name'];
const EXTRA_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Opportunity: ['Name', 'RecordTypeId', 'Account.Name'],
  Case: ['CaseNumber'],
};

/** The SELECT list for an object's board: what the built-in packs read (`OPTIONAL_FIELDS`) plus owner and names. */
export function boardFields(object: string): string[] {
  const known = knownObject(object);
  const packFields = known === null ? [] : OPTIONAL_FIELDS[known];
  return [...new Set([...BOARD_FIELDS, ...(EXTRA_FIELDS[object] ?? ['Name']), ...packFields])];
}

/** The SOQL of the board's choices; `ownerRoleIds` is the user's role subtree for "my team". */
export function opportunitySoql(choices: SoqlChoices, ownerRoleIds: readonly string[] = []): string {
  const where = ['IsClosed = false', closingClause(choices.closing)];
  if (choices.owner === 'my-team') {
    if (ownerRoleIds.length === 0) throw new Error('the "my team" query needs the role ids of the team');
    where.push(`OwnerId IN (SELECT Id FROM User WHERE UserRoleId IN (${ownerRoleIds.map(quoteId).join(', ')}))`);
  }
  if (choices.recordTypeId !== null) where.push(`RecordTypeId = ${quoteId(choices.recordTypeId)}`);
  const scope = choices.owner === 'mine' ? ' USING SCOPE mine' : '';
  return `SELECT ${boardFields('Opportunity').join(', ')} FROM Opportunity${scope} WHERE ${where.join(' AND ')} ORDER BY CloseDate ASC, Id ASC`;
}

/** A list view's SOQL with the board's SELECT list; its WHERE, scope and ORDER BY stay as the list has them. */
export function withBoardFields(listViewSoql: string, object: string): string {
  const match = /^\s*SELECT\s+[\s\S]+?\s+FROM\s+/i.exec(listViewSoql);
  if (!match) throw new UnknownPayloadError('the list view describe returned a query without SELECT ... FROM');
  return `SELECT ${boardFields(object).join(', ')} FROM ${listViewSoql.slice(match[0].length)}`;
}

/** Every role at or under `rootRoleId`, from all `UserRole` rows (`Id`, `ParentRoleId`). */
export function roleSubtree(rootRoleId: string, roles: readonly { readonly id: string; readonly parentId: string | null }[]): string[] {
  const children = new Map<string, string[]>();
  for (const role of roles) {
    if (role.parentId === null) continue;
    children.set(role.parentId, [...(children.get(role.parentId) ?? []), role.id]);
  }
  const subtree: string[] = [];
  const pending = [rootRoleId];
  while (pending.length > 0) {
    const role = pending.pop() as string;
    if (subtree.includes(role)) continue;
    subtree.push(role);
    pending.push(...(children.get(role) ?? []));
  }
  return subtree;
}

export function salesforceSource(query: BoardQuery): BoardSourceClient {
  const host = new URL(query.origin).hostname;
  const apiHost = apiHostFor(host);
  if (apiHost === null) throw new Error(`${query.origin} is not a Salesforce Lightning origin`);
  const apiOrigin = `https://${apiHost}`;
  const base = `${apiOrigin}/services/data/v${API_VERSION}`;
  const source = query.source;
  const get = (path: string): PageRequest => ({ method: 'GET', url: `${base}${path}` });
  const queryRequest = (soql: string): PageRequest => get(`/query?q=${encodeURIComponent(soql)}`);

  return {
    async firstRequest(fetchJson) {
      if (source.kind === 'salesforce-list-view') {
        const object = encodeURIComponent(query.object);
        const listViewId = source.listViewId.startsWith(LIST_VIEW_ID_PREFIX) && ID.test(source.listViewId)
          ? source.listViewId
          : await listViewIdFor(fetchJson, get(`/sobjects/${object}/listviews`), source.listViewId, apiOrigin);
        const describe = await fetchJson(get(`/sobjects/${object}/listviews/${encodeURIComponent(listViewId)}/describe`));
        if (!isObject(describe) || typeof describe.query !== 'string') {
          throw new UnknownPayloadError('the list view describe did not return the list view\'s query');
        }
        return queryRequest(withBoardFields(describe.query, query.object));
      }
      if (source.kind !== 'salesforce-soql') throw new Error(`not a Salesforce source: ${source.kind}`);
      const roles = source.owner === 'my-team' ? await teamRoles(fetchJson, get, queryRequest) : [];
      return queryRequest(opportunitySoql(source, roles));
    },
    readPage(json) {
      return readQueryPage(json, query.origin, apiOrigin);
    },
  };
}

/** One page of `/query` or `/query/{locator}`: the records, `totalSize` and `nextRecordsUrl` while not `done`. */
export function readQueryPage(json: unknown, origin: string, apiOrigin: string): SourcePage {
  const records = parsePayload(json, { app: 'salesforce', origin });
  const page = json as { totalSize?: unknown; done?: unknown; nextRecordsUrl?: unknown };
  const total = typeof page.totalSize === 'number' ? page.totalSize : null;
  if (page.done === false) {
    const next = sameOriginUrl(page.nextRecordsUrl, apiOrigin);
    if (next === null || !new URL(next).pathname.startsWith('/services/data/')) {
      throw new UnknownPayloadError('the query result is not done but has no usable nextRecordsUrl');
    }
    return { records, total, next: { method: 'GET', url: next } };
  }
  return { records, total, next: null };
}

async function listViewIdFor(fetchJson: FetchJson, first: PageRequest, developerName: string, apiOrigin: string): Promise<string> {
  let request: PageRequest | null = first;
  while (request !== null) {
    const page = await fetchJson(request);
    const views = isObject(page) && Array.isArray(page.listviews) ? page.listviews : [];
    const found = views.find((view) => isObject(view) && view.developerName === developerName);
    if (isObject(found) && typeof found.id === 'string') return found.id;
    const next = isObject(page) && page.done === false ? sameOriginUrl(page.nextRecordsUrl, apiOrigin) : null;
    request = next === null ? null : { method: 'GET', url: next };
  }
  throw new UnknownPayloadError(`Salesforce has no list view named "${developerName}" that you can see`);
}

/** The user's role and every role under it; a user without a role is a team of one (their own role-less records). */
async function teamRoles(fetchJson: FetchJson, get: (path: string) => PageRequest, queryRequest: (soql: string) => PageRequest): Promise<string[]> {
  const me = await fetchJson(get('/chatter/users/me'));
  const userId = isObject(me) && typeof me.id === 'string' && ID.test(me.id) ? me.id : null;
  if (userId === null) throw new UnknownPayloadError('Salesforce did not say who the current user is (/chatter/users/me)');
  const user = await fetchJson(queryRequest(`SELECT Id, UserRoleId FROM User WHERE Id = ${quoteId(userId)}`));
  const roleId = firstRecordField(user, 'UserRoleId');
  if (roleId === null) throw new UnknownPayloadError('your Salesforce user has no role, so "my team" (the role hierarchy under you) is empty; choose "mine" or "everyone"');
  const rolesPage = await fetchJson(queryRequest('SELECT Id, ParentRoleId FROM UserRole'));
  const rows = isObject(rolesPage) && Array.isArray(rolesPage.records) ? rolesPage.records : [];
  const roles = rows.flatMap((row) =>
    isObject(row) && typeof row.Id === 'string' ? [{ id: row.Id, parentId: typeof row.ParentRoleId === 'string' ? row.ParentRoleId : null }] : [],
  );
  return roleSubtree(roleId, roles);
}

function firstRecordField(json: unknown, field: string): string | null {
  const first: unknown = isObject(json) && Array.isArray(json.records) ? json.records[0] : undefined;
  const value = isObject(first) ? first[field] : undefined;
  return typeof value === 'string' && ID.test(value) ? value : null;
}

function closingClause(closing: SoqlChoices['closing']): string {
  switch (closing) {
    case 'this-quarter':
      return 'CloseDate = THIS_FISCAL_QUARTER';
    case 'next-quarter':
      return 'CloseDate = NEXT_FISCAL_QUARTER';
    case 'this-and-next-quarter':
      return '(CloseDate = THIS_FISCAL_QUARTER OR CloseDate = NEXT_FISCAL_QUARTER)';
  }
}

/** Ids are quoted only after checking they are ids: nothing else reaches the SOQL text. */
function quoteId(id: string): string {
  if (!ID.test(id)) throw new Error(`not a Salesforce id: ${id}`);
  return `'${id}'`;
}
