// The demo Zendesk account must answer like the real one, or the end-to-end tests prove nothing.
import { describe, expect, it } from 'vitest';
import type { DemoRequest, DemoRoute, DemoState } from '../../demo-apps/server';
import { zendeskRoutes } from '../../demo-apps/zendesk/routes';
import { parsePayload } from '../../../lib/records/parse';
import { detectZendeskPage } from '../../../lib/sites/zendesk/urls';

function call(state: DemoState, method: string, href: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(href);
  const route = zendeskRoutes.find((candidate: DemoRoute) => (candidate.method ?? 'GET') === method && candidate.host.test(url.hostname) && candidate.path.test(url.pathname));
  if (!route) return { status: 404, body: '' };
  const match = route.path.exec(url.pathname) as RegExpExecArray;
  const request: DemoRequest = { method, url, headers: init.headers ?? {}, match, body: init.body ?? '' };
  return route.handle(request, state) as { status?: number; body: string };
}

const freshState = (): DemoState => ({ failingApis: new Set(), requests: [] });

describe('the demo Zendesk account', () => {
  it('serves every ticket in the Show Ticket shape, with its URL on the demo host', () => {
    const state = freshState();
    for (const id of ['48231', '48225', '48213', '48190', '47802', '48001', '48150']) {
      const response = call(state, 'GET', `https://acme.zendesk.com/api/v2/tickets/${id}.json`);
      const [record] = parsePayload(JSON.parse(response.body), { app: 'zendesk' });
      expect(record?.url).toBe(`https://acme.zendesk.com/agent/tickets/${id}`);
    }
  });

  it("answers like a lost session while its API is failing", () => {
    const state = freshState();
    state.failingApis.add('zendesk');
    const response = call(state, 'GET', 'https://acme.zendesk.com/api/v2/tickets/48231.json');
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ error: "Couldn't authenticate you" });
  });

  it('mounts two ticket tabs with only the ticket of the URL active', () => {
    const { body } = call(freshState(), 'GET', 'https://acme.zendesk.com/agent/tickets/48190');
    expect(body.match(/data-test-id="ticket-\d+-custom-layout"/g)).toEqual(['data-test-id="ticket-48190-custom-layout"', 'data-test-id="ticket-48213-custom-layout"']);
    expect(body.match(/data-is-active="true"/g)).toHaveLength(1);
    expect(body).toContain('class="ticket-panes-grid-layout active" data-is-active="true" data-test-id="ticket-48190-custom-layout"');
  });

  it('serves the pages the adapter must leave alone at their real paths', () => {
    for (const path of ['/agent/dashboard', '/agent/filters/360001234567', '/agent/tickets/new/1', '/agent/users/26871044512/requested_tickets', '/agent/organizations/8841027', '/agent/search/1', '/hc/en-us']) {
      const href = `https://acme.zendesk.com${path}`;
      expect(call(freshState(), 'GET', href).status ?? 200).toBe(200);
      expect(detectZendeskPage(new URL(href))?.kind ?? null).not.toBe('record');
    }
  });

  it("keeps Zendesk's own rule: a ticket cannot be solved without an assignee, and writes need the CSRF token", () => {
    const state = freshState();
    const put = (ticket: object, token = 'demo-authenticity-token') =>
      call(state, 'PUT', 'https://acme.zendesk.com/api/v2/tickets/48225.json', { headers: { 'x-csrf-token': token }, body: JSON.stringify({ ticket }) });
    expect(put({ status: 'solved' }, 'wrong').status).toBe(403);
    expect(put({ status: 'solved' }).status).toBe(422);
    expect(put({ status: 'solved', assignee_id: 382910463 }).status ?? 200).toBe(200);
    const saved = JSON.parse(call(state, 'GET', 'https://acme.zendesk.com/api/v2/tickets/48225.json').body);
    expect(saved.ticket).toMatchObject({ status: 'solved', assignee_id: 382910463, group_id: 360004471120 });
    expect(JSON.parse(call(freshState(), 'GET', 'https://acme.zendesk.com/api/v2/tickets/48225.json').body).ticket.status).toBe('new');
  });
});
