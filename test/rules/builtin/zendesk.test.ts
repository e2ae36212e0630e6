import { describe, expect, test } from 'vitest';
import { describePackTable, lint, lintAgainst, sampleRecord, sorted, summarize, zendeskRecord } from './helpers';

type Ticket = Record<string, unknown>;

// Show Ticket fields for an open, routed ticket that meets every rule on 2026-11-25.
const TICKET: Ticket = {
  id: 48213,
  url: 'https://acme.zendesk.com/api/v2/tickets/48213.json',
  subject: 'Invoice PDF download fails in Safari',
  raw_subject: 'Invoice PDF download fails in Safari',
  description: 'Clicking "Download PDF" on any invoice shows a blank tab in Safari 18; Chrome works.',
  status: 'open',
  priority: 'normal',
  type: 'incident',
  requester_id: 20978392,
  submitter_id: 20978392,
  assignee_id: 235323,
  group_id: 98738,
  organization_id: 509974,
  tags: ['billing', 'safari'],
  custom_fields: [{ id: 27642, value: 'billing_portal' }],
  via: { channel: 'email' },
  created_at: '2026-11-21T09:14:00Z',
  updated_at: '2026-11-24T15:02:00Z',
};
const ticket = (overrides: Ticket = {}) => () => zendeskRecord({ ...TICKET, ...overrides });
const vagueSubject = (subject: string) => ({
  name: `subject ${JSON.stringify(subject)}`,
  record: ticket({ subject, raw_subject: subject }),
  expected: [{ rule: 'subject-meaningful', severity: 'warning' as const }],
});
const solvedGate = (rule: string, severity: 'error' | 'warning') => [{ rule, severity, gate: 'solved', targetStage: 'solved' }];

describePackTable('zendesk-ticket-hygiene', ticket(), [
  vagueSubject('Help'),
  vagueSubject('Urgent help!!'),
  vagueSubject('question'),
  { name: 'urgent ticket without a group', record: ticket({ priority: 'urgent', group_id: null, assignee_id: null }), expected: [{ rule: 'urgent-needs-group', severity: 'error' }] },
  {
    name: 'pending for ten days',
    record: ticket({ status: 'pending', updated_at: '2026-11-15T11:00:00Z' }),
    expected: [{ rule: 'pending-too-long', severity: 'warning' }],
  },
  { name: 'pending for five days', record: ticket({ status: 'pending', updated_at: '2026-11-20T11:00:00Z' }), expected: [] },
  { name: 'open and not updated for ten days is not pending', record: ticket({ updated_at: '2026-11-15T11:00:00Z' }), expected: [] },
  { name: 'solved without an assignee', record: ticket({ status: 'solved', assignee_id: null }), expected: solvedGate('solved-assignee', 'error') },
  { name: 'solved without a group', record: ticket({ status: 'solved', group_id: null }), expected: solvedGate('solved-group', 'error') },
  { name: 'solved without a type', record: ticket({ status: 'solved', type: null }), expected: solvedGate('solved-type', 'warning') },
  { name: 'solved without a priority', record: ticket({ status: 'solved', priority: null }), expected: solvedGate('solved-priority', 'warning') },
  {
    name: 'closed tickets cannot be edited, so nothing is reported',
    record: ticket({ status: 'closed', subject: 'Help', assignee_id: null, group_id: null, type: null, priority: null }),
    expected: [],
  },
  { name: 'a new, untriaged ticket has no solve requirements yet', record: ticket({ status: 'new', assignee_id: null, group_id: null, type: null, priority: null }), expected: [] },
]);

describe('Zendesk ticket: moving and samples', () => {
  const PACK = ['zendesk-ticket-hygiene'];
  const untyped = ticket({ type: null, priority: null, assignee_id: null });

  test('solving an untyped, unassigned ticket lists the solve requirements', () => {
    expect(summarize(lintAgainst(untyped(), 'solved', PACK))).toEqual(
      sorted([
        { rule: 'solved-assignee', severity: 'error', gate: 'solved', targetStage: 'solved' },
        { rule: 'solved-type', severity: 'warning', gate: 'solved', targetStage: 'solved' },
        { rule: 'solved-priority', severity: 'warning', gate: 'solved', targetStage: 'solved' },
      ]),
    );
  });

  test('setting it to pending needs nothing', () => {
    expect(lintAgainst(untyped(), 'pending', PACK)).toEqual([]);
  });

  test('the documented example ticket (open, high priority, routed) is clean', () => {
    const result = lint(sampleRecord('zendesk-ticket-show-official-example.json'));
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
  });
});
