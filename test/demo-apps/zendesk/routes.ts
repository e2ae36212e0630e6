/**
 * The demo Zendesk Support account on `acme.zendesk.com`: agent pages at the real paths, the Show/Update Ticket
 * API in its real shape (401 `{"error":"Couldn't authenticate you"}` while `state.failingApis` has 'zendesk'),
 * and the client script that does the Ember/React app's pushState navigation between tickets.
 */
import { readFileSync } from 'node:fs';
import { html, json, type DemoResponse, type DemoRoute, type DemoState } from '../server';
import { AGENT_GROUPS, DEFAULT_OPEN_TABS, DEMO_TICKETS, type DemoTicket } from './data';
import { zendeskListRoutes } from './list-routes';
import { agentPage, CLIENT_SCRIPT_PATH, STYLE_PATH, ticketTab, ticketWorkspace, type AgentRoute } from './page';

const HOST = /^[a-z0-9-]+\.zendesk\.com$/;
const CLIENT_SCRIPT = readFileSync(new URL('./client.js', import.meta.url), 'utf8');
const STYLE = readFileSync(new URL('./style.css', import.meta.url), 'utf8');
const CSRF_TOKEN = 'demo-authenticity-token';

/** Each server keeps its own copy of the tickets, so a test that submits changes does not leak into another server. */
const stores = new WeakMap<DemoState, Map<string, DemoTicket>>();

function ticketsOf(state: DemoState): Map<string, DemoTicket> {
  let store = stores.get(state);
  if (!store) {
    store = new Map(DEMO_TICKETS.map((ticket) => [String(ticket.id), structuredClone(ticket)]));
    stores.set(state, store);
  }
  return store;
}

function page(state: DemoState, route: AgentRoute, title: string): DemoResponse {
  const tickets = ticketsOf(state);
  const active = route.kind === 'ticket' ? route.id : null;
  const openIds: readonly string[] =
    active === null || (DEFAULT_OPEN_TABS as readonly string[]).includes(active) ? DEFAULT_OPEN_TABS : [active, DEFAULT_OPEN_TABS[1]];
  const open = openIds.map((id) => tickets.get(id)).filter((ticket): ticket is DemoTicket => ticket !== undefined);
  return html(agentPage(route, open, title));
}

const UNAUTHENTICATED = () => json({ error: "Couldn't authenticate you" }, 401);

export const zendeskRoutes: DemoRoute[] = [
  {
    host: HOST,
    path: /^\/agent\/tickets\/(\d+)\/?$/,
    handle: ({ match }, state) => {
      const ticket = ticketsOf(state).get(match[1] ?? '');
      return ticket
        ? page(state, { kind: 'ticket', id: String(ticket.id) }, ticket.subject)
        : page(state, { kind: 'other' }, `Ticket #${match[1]} could not be found`);
    },
  },
  { host: HOST, path: /^\/agent\/tickets\/new\/\d+$/, handle: (_request, state) => page(state, { kind: 'other' }, 'New ticket') },
  { host: HOST, path: /^\/agent\/filters\/\d+$/, handle: (_request, state) => page(state, { kind: 'view' }, 'Views') },
  { host: HOST, path: /^\/agent\/dashboard$/, handle: (_request, state) => page(state, { kind: 'dashboard' }, 'Home') },
  {
    host: HOST,
    path: /^\/agent\/(?:users|organizations|search)(?:\/.*)?$/,
    handle: ({ url }, state) => page(state, { kind: 'other' }, url.pathname.split('/')[2] ?? 'Agent'),
  },
  {
    host: HOST,
    path: /^\/hc(?:\/.*)?$/,
    handle: () => html('<!doctype html><html lang="en"><title>Acme Help Center</title><h1>How can we help?</h1><p>Search our articles.</p></html>'),
  },
  { host: HOST, path: new RegExp(`^${CLIENT_SCRIPT_PATH}$`), handle: () => ({ headers: { 'content-type': 'text/javascript' }, body: CLIENT_SCRIPT }) },
  { host: HOST, path: new RegExp(`^${STYLE_PATH}$`), handle: () => ({ headers: { 'content-type': 'text/css' }, body: STYLE }) },
  {
    // Demo-only: the markup of a ticket tab and its panes, which the real app renders client-side from its API.
    host: HOST,
    path: /^\/demo\/zendesk\/ticket\/(\d+)$/,
    handle: ({ match }, state) => {
      const ticket = ticketsOf(state).get(match[1] ?? '');
      return ticket ? json({ tab: ticketTab(ticket, true), workspace: ticketWorkspace(ticket, true) }) : json({ error: 'RecordNotFound' }, 404);
    },
  },
  {
    host: HOST,
    path: /^\/api\/v2\/tickets\/(\d+)\.json$/,
    handle: ({ match, url }, state) => {
      if (state.failingApis.has('zendesk')) return UNAUTHENTICATED();
      const ticket = ticketsOf(state).get(match[1] ?? '');
      if (!ticket) return json({ error: 'RecordNotFound', description: 'Not found' }, 404);
      return json({ ticket: { ...ticket, url: `https://${url.host}/api/v2/tickets/${ticket.id}.json` } });
    },
  },
  {
    host: HOST,
    path: /^\/api\/v2\/users\/me\.json$/,
    handle: (_request, state) =>
      state.failingApis.has('zendesk')
        ? UNAUTHENTICATED()
        : json({ user: { id: 382910458, name: 'Maya Lindqvist', role: 'agent', authenticity_token: CSRF_TOKEN } }),
  },
  {
    host: HOST,
    method: 'PUT',
    path: /^\/api\/v2\/tickets\/(\d+)\.json$/,
    handle: ({ match, headers, body, url }, state) => updateTicket(state, match[1] ?? '', headers['x-csrf-token'], body, url.host),
  },
  ...zendeskListRoutes,
];

/** Update Ticket as the agent UI makes it: CSRF token required, and Zendesk's own rule that solving needs an assignee. */
function updateTicket(state: DemoState, id: string, csrf: string | string[] | undefined, body: string, host: string): DemoResponse {
  if (state.failingApis.has('zendesk')) return UNAUTHENTICATED();
  if (csrf !== CSRF_TOKEN) return json({ error: 'InvalidAuthenticityToken', description: 'Invalid authenticity token' }, 403);
  const ticket = ticketsOf(state).get(id);
  if (!ticket) return json({ error: 'RecordNotFound', description: 'Not found' }, 404);
  const changes = (JSON.parse(body) as { ticket?: Partial<DemoTicket> }).ticket ?? {};
  const next: DemoTicket = { ...ticket, ...changes, custom_fields: changes.custom_fields ?? ticket.custom_fields };
  if (next.status === 'solved' && next.assignee_id === null) {
    return json(
      {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { assignee: [{ description: 'Assignee is required to solve a ticket', error: 'BlankValue' }] },
      },
      422,
    );
  }
  if (next.assignee_id !== null && next.group_id === null) {
    next.group_id = AGENT_GROUPS.find(([, agent]) => agent === next.assignee_id)?.[0] ?? null;
  }
  next.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  ticketsOf(state).set(id, next);
  return json({ ticket: { ...next, url: `https://${host}/api/v2/tickets/${id}.json` }, audit: { ticket_id: next.id } });
}
