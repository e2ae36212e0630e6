/**
 * Zendesk tickets of a view (`GET /api/v2/views/{id}/tickets` with cursor pagination, `page[size]=100`, following
 * `links.next` while `meta.has_more`) or of a search (`GET /api/v2/search.json?query=type:ticket …`, following
 * `next_page`; Zendesk returns at most 1,000 search results). Both sideload the users so the board can name
 * assignees (`include=users`, `include=tickets(users)`).
 */
import { parsePayload } from '../../records/parse';
import type { BoardQuery } from '../types';
import type { PageRequest } from '../transport';
import { isObject, sameOriginUrl, type BoardSourceClient, type SourcePage } from './source';

export const ZENDESK_PAGE_SIZE = 100;

export function zendeskViewUrl(origin: string, viewId: string): string {
  return `${origin}/api/v2/views/${encodeURIComponent(viewId)}/tickets.json?page%5Bsize%5D=${ZENDESK_PAGE_SIZE}&include=users`;
}

export function zendeskSearchUrl(origin: string, query: string): string {
  const text = /(?:^|\s)type:ticket(?:\s|$)/.test(query) ? query : `type:ticket ${query}`.trim();
  return `${origin}/api/v2/search.json?${new URLSearchParams({ query: text, per_page: String(ZENDESK_PAGE_SIZE), include: 'tickets(users)' })}`;
}

export function zendeskSource(query: BoardQuery): BoardSourceClient {
  const source = query.source;
  const first = source.kind === 'zendesk-view'
    ? zendeskViewUrl(query.origin, source.viewId)
    : source.kind === 'zendesk-search'
      ? zendeskSearchUrl(query.origin, source.query)
      : null;
  if (first === null) throw new Error(`not a Zendesk source: ${source.kind}`);
  return {
    firstRequest: () => Promise.resolve({ method: 'GET', url: first }),
    readPage(json): SourcePage {
      const records = parsePayload(json, { app: 'zendesk', object: 'ticket', origin: query.origin });
      const page = isObject(json) ? json : {};
      const meta = isObject(page.meta) ? page.meta : {};
      const links = isObject(page.links) ? page.links : {};
      const nextUrl = source.kind === 'zendesk-view'
        ? (meta.has_more === true ? sameOriginUrl(links.next, query.origin) : null)
        : sameOriginUrl(page.next_page, query.origin);
      const next: PageRequest | null = nextUrl === null ? null : { method: 'GET', url: nextUrl };
      return { records, total: typeof page.count === 'number' ? page.count : null, next, ownerNames: userNames(page.users) };
    },
  };
}

function userNames(users: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(users)) return names;
  for (const user of users) {
    if (isObject(user) && (typeof user.id === 'number' || typeof user.id === 'string') && typeof user.name === 'string') names.set(String(user.id), user.name);
  }
  return names;
}
