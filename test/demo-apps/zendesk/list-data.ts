/**
 * Generated tickets of the demo view (`VIEW`) for the board: the List Tickets shape (Zendesk OAS, as in
 * samples/zendesk-ticket-show-official-example.json), the view's example tickets first. Deterministic for a seed
 * and a day; some are dirty (urgent without a group, pending for weeks, solved without assignee or type).
 */
import { dayFrom, seeded } from '../board/random';
import { AGENT_GROUPS, AGENTS, DEMO_TICKETS, REQUESTERS, type DemoTicket } from './data';

export const BOARD_TICKETS = 260;
export const TICKET_SEED = 20_261_127;

const SUBJECTS = ['Refund not received', 'Cannot log in after SSO change', 'Invoice shows wrong VAT', 'API returns 502 on export', 'Add seats to plan', 'Webhook retries flood our endpoint'];

export function boardTickets(count: number, seed: number, today: string, origin: string): Record<string, unknown>[] {
  const random = seeded(seed);
  const requesters = Object.keys(REQUESTERS).map(Number);
  const generated = Array.from({ length: Math.max(0, count - DEMO_TICKETS.length) }, (_, index) => {
    const id = 50_000 + index;
    const status = random.pick(['new', 'open', 'open', 'pending', 'hold', 'solved']);
    const [group, agent] = random.pick(AGENT_GROUPS);
    const unassigned = random.chance(status === 'new' ? 0.7 : 0.08);
    const updated = `${dayFrom(today, -random.between(0, status === 'pending' ? 20 : 6))}T10:${String(random.between(0, 59)).padStart(2, '0')}:00Z`;
    return {
      id,
      url: `${origin}/api/v2/tickets/${id}.json`,
      subject: random.chance(0.03) ? '' : random.pick(SUBJECTS),
      description: 'Generated for the board demo.',
      status,
      priority: random.chance(0.1) ? null : random.pick(['low', 'normal', 'normal', 'high', 'urgent']),
      type: random.chance(0.12) ? null : random.pick(['question', 'incident', 'problem', 'task']),
      requester_id: random.pick(requesters),
      assignee_id: unassigned ? null : agent,
      group_id: random.chance(0.07) ? null : group,
      tags: [],
      custom_fields: [],
      created_at: `${dayFrom(today, -30)}T09:00:00Z`,
      updated_at: updated,
    };
  });
  return [...DEMO_TICKETS.map((ticket) => ({ ...ticket, url: `${origin}/api/v2/tickets/${ticket.id}.json` }) as DemoTicket), ...generated].slice(0, count);
}

/** The agents as the `include=users` sideload lists them. */
export function sideloadedUsers(): { id: number; name: string; role: string }[] {
  return Object.entries(AGENTS).map(([id, name]) => ({ id: Number(id), name, role: 'agent' }));
}
