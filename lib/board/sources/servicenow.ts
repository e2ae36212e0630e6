/**
 * A ServiceNow list through the Table API (`GET /api/now/table/{table}?sysparm_query=…`), paged with
 * `sysparm_limit`/`sysparm_offset`; the answer's `X-Total-Count` gives the total and its `Link` header the next
 * page (ServiceNowDocs, c_TableAPI.md). `sysparm_display_value=all` gives raw values for the rules and display
 * values (the assignee's name) for the board, as the record read does.
 */
import { parsePayload } from '../../records/parse';
import { TABLE_API_QUERY } from '../../sites/servicenow/api';
import type { BoardQuery } from '../types';
import type { PageRequest } from '../transport';
import { sameOriginUrl, type BoardSourceClient, type SourcePage } from './source';

export const SERVICENOW_PAGE_SIZE = 500;

/** Offset paging needs a stable order; a list query without one is ordered by sys_id. */
export function orderedQuery(sysparmQuery: string): string {
  if (/(?:^|\^)ORDERBY/.test(sysparmQuery)) return sysparmQuery;
  return sysparmQuery.trim() === '' ? 'ORDERBYsys_id' : `${sysparmQuery}^ORDERBYsys_id`;
}

export function serviceNowListUrl(origin: string, table: string, sysparmQuery: string, offset: number): string {
  const params = new URLSearchParams({
    sysparm_query: orderedQuery(sysparmQuery),
    sysparm_limit: String(SERVICENOW_PAGE_SIZE),
    sysparm_offset: String(offset),
  });
  return `${origin}/api/now/table/${encodeURIComponent(table)}?${TABLE_API_QUERY}&${params}`;
}

export function servicenowSource(query: BoardQuery): BoardSourceClient {
  const source = query.source;
  if (source.kind !== 'servicenow-query') throw new Error(`not a ServiceNow source: ${source.kind}`);
  let offset = 0;
  return {
    firstRequest: () => Promise.resolve({ method: 'GET', url: serviceNowListUrl(query.origin, source.table, source.sysparmQuery, 0) }),
    readPage(json, headers): SourcePage {
      const records = parsePayload(json, { app: 'servicenow', object: source.table, origin: query.origin, sysparmDisplayValue: 'all' });
      const totalHeader = Number(headers['x-total-count']);
      const total = headers['x-total-count'] !== undefined && Number.isInteger(totalHeader) ? totalHeader : null;
      offset += records.length;
      return { records, total, next: nextRequest(query.origin, headers.link, records.length, offset, total, source) };
    },
  };
}

function nextRequest(
  origin: string,
  link: string | undefined,
  pageLength: number,
  offset: number,
  total: number | null,
  source: { readonly table: string; readonly sysparmQuery: string },
): PageRequest | null {
  const linked = link === undefined ? undefined : relLink(link, 'next');
  if (linked !== undefined) {
    const url = sameOriginUrl(linked, origin);
    return url === null ? null : { method: 'GET', url };
  }
  // Without a Link header: more pages while the total says so, or while pages come back full.
  const more = total !== null ? offset < total : pageLength === SERVICENOW_PAGE_SIZE;
  return more && pageLength > 0 ? { method: 'GET', url: serviceNowListUrl(origin, source.table, source.sysparmQuery, offset) } : null;
}

/** The URL of one relation in an RFC 8288 `Link` header (`<url>;rel="next",<url>;rel="last"`). */
export function relLink(header: string, rel: string): string | undefined {
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rels = /;\s*rel="?([^";]+)"?/i.exec(match[2] ?? '')?.[1]?.split(/\s+/) ?? [];
    if (rels.includes(rel)) return match[1];
  }
  return undefined;
}
