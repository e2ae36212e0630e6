import { describe, expect, it, vi } from 'vitest';
import { fetchZendeskTicket } from '../../../lib/sites/zendesk/api';
import type { ApiAccess } from '../../../lib/sites/types';
import { parseInBackground } from '../../runtime/parse-in-background';
import sample from '../../fixtures/samples/zendesk-ticket-show-official-example.json';
import examples from '../../../lib/examples/zendesk-tickets.json';

function access(pageFetch: ApiAccess['pageFetch']): ApiAccess {
  return {
    pageFetch,
    backgroundFetch: () => Promise.reject(new Error('Zendesk is same-origin')),
    pageValue: () => Promise.resolve(null),
    parse: parseInBackground,
  };
}

const reply = (body: unknown, status = 200) => () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
const signal = new AbortController().signal;

describe('fetchZendeskTicket', () => {
  it('asks the Show Ticket endpoint same-origin with the session', async () => {
    const pageFetch = vi.fn(reply(sample));
    await fetchZendeskTicket('35436', access(pageFetch), signal);
    expect(pageFetch).toHaveBeenCalledWith('/api/v2/tickets/35436.json', expect.objectContaining({ credentials: 'same-origin', signal }));
  });

  it("normalizes Zendesk's official example, custom fields keyed by id", async () => {
    const outcome = await fetchZendeskTicket('35436', access(reply(sample)), signal);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record).toMatchObject({
      app: 'zendesk',
      object: 'ticket',
      id: '35436',
      url: 'https://company.zendesk.com/agent/tickets/35436',
      fields: { status: 'open', priority: 'high', type: 'incident', assignee_id: 235323, group_id: 98738, custom_fields: { '27642': '745', '27648': 'yes' } },
    });
  });

  it('reads the example tickets the demo serves', async () => {
    const [ticket] = examples.tickets;
    const outcome = await fetchZendeskTicket('48225', access(reply({ ticket })), signal);
    expect(outcome.ok && outcome.record.fields.group_id).toBeNull();
  });

  it('reports a lost session the way Zendesk words it', async () => {
    const outcome = await fetchZendeskTicket('1', access(reply({ error: "Couldn't authenticate you" }, 401)), signal);
    expect(outcome).toEqual({ ok: false, reason: "Zendesk API answered 401: Couldn't authenticate you" });
  });

  it('reports a ticket the agent cannot see', async () => {
    const outcome = await fetchZendeskTicket('9', access(reply({ error: 'RecordNotFound', description: 'Not found' }, 404)), signal);
    expect(outcome).toEqual({ ok: false, reason: 'Zendesk API answered 404: RecordNotFound — Not found' });
  });

  it('reports an answer that is not JSON (a login page, a proxy error)', async () => {
    const outcome = await fetchZendeskTicket('1', access(() => Promise.resolve(new Response('<html>Sign in</html>', { status: 200 }))), signal);
    expect(outcome).toEqual({ ok: false, reason: 'Zendesk API answered 200 without JSON' });
  });

  it('reports JSON that is not a ticket', async () => {
    const outcome = await fetchZendeskTicket('1', access(reply({ user: { id: 1 } })), signal);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/^unexpected Zendesk API answer: /);
  });

  it('refuses another ticket than the one asked for', async () => {
    const outcome = await fetchZendeskTicket('1', access(reply(sample)), signal);
    expect(outcome).toEqual({ ok: false, reason: 'Zendesk API returned another ticket than #1' });
  });

  it('never throws when the network fails or the navigation cancels the request', async () => {
    const failing = access(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchZendeskTicket('1', failing, signal)).toEqual({ ok: false, reason: 'Zendesk API unreachable: Failed to fetch' });
    const controller = new AbortController();
    controller.abort();
    expect(await fetchZendeskTicket('1', failing, controller.signal)).toEqual({ ok: false, reason: 'cancelled' });
  });
});
