/**
 * Flat rows (CSV exports with a header row, plain JSON objects) to records. Nothing in a row says which app or
 * object it belongs to, so the caller names both.
 */
import type { App, NormalizedRecord } from './model';
import { isPlainObject } from './json';
import { assertKnownObject } from './objects';
import { makeRecord } from './record';
import { jiraIssueUrl, salesforceRecordUrl, servicenowRecordUrl, zendeskTicketUrl } from './urls';

/** Columns that hold the record id, in order of preference: API exports first, then UI report exports. */
const ID_COLUMNS: Record<App, readonly string[]> = {
  salesforce: ['Id'],
  servicenow: ['sys_id', 'number'],
  jira: ['key', 'Issue key', 'id'],
  zendesk: ['id'],
  hubspot: ['hs_object_id', 'Record ID', 'id'],
};

export function recordsFromRows(rows: Record<string, unknown>[], app: App, object: string): NormalizedRecord[] {
  assertKnownObject(app, object);
  return rows.map((row, index) => {
    const column = ID_COLUMNS[app].find((name) => isPresent(row[name]));
    const id = column === undefined ? `row-${index + 1}` : String(row[column]).trim();
    const url = column === undefined ? undefined : urlOf(app, object, column, id);
    return makeRecord({ app, object, id, url, fields: nestDottedColumns(row) });
  });
}

function isPresent(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
}

/** Only a real id leads to a page; ServiceNow's `number` is not a sys_id and HubSpot rows lack the portal id. */
function urlOf(app: App, object: string, column: string, id: string): string | undefined {
  switch (app) {
    case 'salesforce':
      return salesforceRecordUrl(object, id);
    case 'servicenow':
      return column === 'sys_id' ? servicenowRecordUrl(object, id) : undefined;
    case 'jira':
      return column === 'id' ? undefined : jiraIssueUrl(id);
    case 'zendesk':
      return zendeskTicketUrl(id);
    case 'hubspot':
      return undefined;
  }
}

/**
 * Exports flatten relationships into dotted headers (`Account.Name`, `status.statusCategory.key`); nesting
 * them again lets rules use the same `var` paths as for API payloads. A column whose prefix is already a plain
 * value (both `Account` and `Account.Name` present) keeps its dotted name rather than overwrite that value.
 */
function nestDottedColumns(row: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const dotted: [string[], unknown][] = [];
  for (const [column, value] of Object.entries(row)) {
    const path = column.split('.');
    if (path.length === 1 || path.some((part) => part === '')) setOwn(fields, column, value);
    else dotted.push([path, value]);
  }
  // Plain columns first, so the outcome does not depend on column order.
  const created = new WeakSet<object>([fields]);
  for (const [path, value] of dotted) {
    const column = path.join('.');
    const parent = walk(fields, path.slice(0, -1), created);
    if (parent === undefined) setOwn(fields, column, value);
    else setOwn(parent, path[path.length - 1] as string, value);
  }
  return fields;
}

/**
 * The object at `path`, created as needed, or undefined when something else is in the way: a plain value, or
 * an object that came with the row (merging into it would mutate the caller's data).
 */
function walk(root: Record<string, unknown>, path: readonly string[], created: WeakSet<object>): Record<string, unknown> | undefined {
  let current = root;
  for (const part of path) {
    if (!Object.hasOwn(current, part)) {
      const child = {};
      created.add(child);
      setOwn(current, part, child);
    }
    const next = current[part];
    if (!isPlainObject(next) || !created.has(next)) return undefined;
    current = next;
  }
  return current;
}

/** Defines rather than assigns, so a column named `__proto__` becomes a field instead of a prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
