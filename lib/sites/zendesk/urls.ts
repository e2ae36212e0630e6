/**
 * Zendesk Support agent URLs (`https://{subdomain}.zendesk.com/agent/...`), recognised from the URL alone.
 *
 *   detectZendeskPage(new URL('https://acme.zendesk.com/agent/tickets/48213'))
 *   // → {kind: 'record', app: 'zendesk', object: 'ticket', recordId: '48213', context: {subdomain: 'acme'}}
 *
 * Only saved tickets are records. A new ticket (`/agent/tickets/new/{n}`) is an unsaved draft: it has no id the
 * API takes, `{n}` is a per-session tab counter that the next draft reuses (so acknowledgements keyed on it would
 * leak between drafts), and the "API unavailable" fallback message would be wrong there; it gets nothing until
 * the runtime models drafts. Users, organizations, search, the dashboard and the Help Center (`/hc/...`) are not
 * tickets either.
 */
import type { PageInfo } from '../types';

// Host-mapped custom domains exist, but the content script's match patterns cannot know them.
const AGENT_HOST = /^([a-z0-9][a-z0-9-]*)\.zendesk\.com$/i;
const TICKET_PATH = /^\/agent\/tickets\/(\d+)\/?$/;
const VIEW_PATH = /^\/agent\/filters\/(\d+)\/?$/;

/** The subdomain of an agent host (`acme` for `acme.zendesk.com`), or null for any other host. */
export function zendeskSubdomain(url: URL): string | null {
  if (url.protocol !== 'https:') return null;
  return AGENT_HOST.exec(url.hostname)?.[1]?.toLowerCase() ?? null;
}

export function detectZendeskPage(url: URL): PageInfo | null {
  const subdomain = zendeskSubdomain(url);
  if (subdomain === null) return null;
  const ticket = TICKET_PATH.exec(url.pathname);
  if (ticket?.[1]) return { kind: 'record', app: 'zendesk', object: 'ticket', recordId: ticket[1], context: { subdomain } };
  const view = VIEW_PATH.exec(url.pathname);
  if (view?.[1]) return { kind: 'list', app: 'zendesk', object: 'ticket', listId: view[1], context: { subdomain } };
  return null;
}

/** The Show Ticket endpoint, same-origin with the agent UI. */
export function zendeskTicketApiPath(ticketId: string): string {
  return `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`;
}
