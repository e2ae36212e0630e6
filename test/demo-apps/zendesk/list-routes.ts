/**
 * Zendesk's List Tickets From a View with cursor pagination (`GET /api/v2/views/{id}/tickets.json?page[size]=N`,
 * answering `{tickets, users (include=users), meta: {has_more, after_cursor, before_cursor}, links: {next, prev}}`)
 * for the demo view, and Search (`/api/v2/search.json`, `{results, count, next_page, previous_page}`, offset pages of
 * `per_page`) over the same tickets, matched by words of the subject. `state.failingApis` with `zendesk:page:N` makes
 * page N answer 429 with `Retry-After: 30`.
 */
import { json, type DemoRequest, type DemoResponse, type DemoRoute, type DemoState } from '../server';
import { todayUtc } from '../board/random';
import { boardSize, failingPageKey } from '../board/size';
import { VIEW } from './data';
import { BOARD_TICKETS, boardTickets, sideloadedUsers, TICKET_SEED } from './list-data';

const HOST = /^[a-z0-9-]+\.zendesk\.com$/;
const MAX_PAGE = 100;

const generated = new WeakMap<DemoState, { key: string; tickets: Record<string, unknown>[] }>();

export function viewTicketsOf(state: DemoState, origin: string): Record<string, unknown>[] {
  const size = boardSize(state, 'zendesk', BOARD_TICKETS);
  const key = `${size}|${todayUtc()}|${origin}`;
  let cache = generated.get(state);
  if (cache?.key !== key) {
    cache = { key, tickets: boardTickets(size, TICKET_SEED, todayUtc(), origin) };
    generated.set(state, cache);
  }
  return cache.tickets;
}

function rateLimited(): DemoResponse {
  return { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '30' }, body: JSON.stringify({ error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' }) };
}

function viewTickets(request: DemoRequest, state: DemoState): DemoResponse {
  if (state.failingApis.has('zendesk')) return json({ error: "Couldn't authenticate you" }, 401);
  if (request.match[1] !== VIEW.id) return json({ error: 'RecordNotFound', description: 'Not found' }, 404);
  const params = request.url.searchParams;
  const size = Math.min(MAX_PAGE, Math.max(1, Number(params.get('page[size]') ?? MAX_PAGE) || MAX_PAGE));
  const after = params.get('page[after]');
  const start = after === null ? 0 : Number(Buffer.from(after, 'base64url').toString('utf8')) || 0;
  if (state.failingApis.has(failingPageKey('zendesk', Math.floor(start / size) + 1))) return rateLimited();
  const tickets = viewTicketsOf(state, request.url.origin);
  const end = start + size;
  const hasMore = end < tickets.length;
  const cursor = (offset: number) => Buffer.from(String(offset), 'utf8').toString('base64url');
  const next = new URL(request.url.href);
  next.searchParams.set('page[after]', cursor(end));
  return json({
    tickets: tickets.slice(start, end),
    ...(params.get('include')?.split(',').includes('users') ? { users: sideloadedUsers() } : {}),
    meta: { has_more: hasMore, after_cursor: hasMore ? cursor(end) : null, before_cursor: start > 0 ? cursor(start) : null },
    links: { next: hasMore ? next.href : null, prev: null },
  });
}

function search(request: DemoRequest, state: DemoState): DemoResponse {
  if (state.failingApis.has('zendesk')) return json({ error: "Couldn't authenticate you" }, 401);
  const params = request.url.searchParams;
  const perPage = Math.min(MAX_PAGE, Math.max(1, Number(params.get('per_page') ?? MAX_PAGE) || MAX_PAGE));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  if (state.failingApis.has(failingPageKey('zendesk', page))) return rateLimited();
  const words = (params.get('query') ?? '').split(/\s+/).filter((word) => word !== '' && !word.includes(':')).map((word) => word.toLowerCase());
  const matching = viewTicketsOf(state, request.url.origin).filter((ticket) => words.every((word) => String(ticket.subject ?? '').toLowerCase().includes(word)));
  const results = matching.slice((page - 1) * perPage, page * perPage).map((ticket) => ({ ...ticket, result_type: 'ticket' }));
  const nextPage = new URL(request.url.href);
  nextPage.searchParams.set('page', String(page + 1));
  return json({
    results,
    ...(params.get('include') === 'tickets(users)' ? { users: sideloadedUsers() } : {}),
    count: matching.length,
    next_page: page * perPage < matching.length ? nextPage.href : null,
    previous_page: null,
    facets: null,
  });
}

export const zendeskListRoutes: DemoRoute[] = [
  { host: HOST, path: /^\/api\/v2\/views\/(\d+)\/tickets(?:\.json)?$/, handle: viewTickets },
  { host: HOST, path: /^\/api\/v2\/search(?:\.json)?$/, handle: search },
];
