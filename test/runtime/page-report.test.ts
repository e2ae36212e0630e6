import { describe, expect, it } from 'vitest';
import { compilePack, type Finding } from '../../lib/rules/engine';
import { pageReport } from '../../lib/runtime/page-report';
import { present } from '../../lib/runtime/present';
import { TEST_PACK } from './fake-app';

const finding = (rule: string, severity: Finding['severity'], fields: string[]): Finding => ({
  pack: 'test-ticket', rule, title: `${rule} title`, fields, severity, message: `${rule} message`, weight: 1,
});

const presentation = present({
  evaluation: { app: 'zendesk', object: 'ticket', id: '1', score: 85, findings: [finding('subject', 'error', ['subject']), finding('type', 'info', ['type'])], errors: [] },
  gate: null,
  packs: [compilePack(TEST_PACK)],
  shownFields: new Set(['subject']),
  labels: { subject: 'Subject', type: 'Ticket type', assignee_id: 'Assignee' },
  acks: new Map(),
  source: 'dom',
  sourceReason: 'HTTP 403',
  nextStage: { current: { value: 'open' }, next: { value: 'solved', label: 'Solved' }, findings: [finding('solve-assignee', 'error', ['assignee_id'])] },
});

const report = pageReport({
  url: 'https://acme.zendesk.com/agent/tickets/1',
  title: '  Ticket 1 – Printer on fire  ',
  inFrame: true,
  app: 'zendesk',
  object: 'ticket',
  recordId: '1',
  presentation,
  packs: ['test-ticket'],
  health: [{ name: 'field rows', found: 0, required: true }],
});

describe('pageReport', () => {
  it('carries each finding with its key, message and field label, and whether its field is on the page', () => {
    expect(report.findings).toEqual([
      { key: 'test-ticket/subject', pack: 'test-ticket', rule: 'subject', title: 'subject title', message: 'subject message', severity: 'error', fields: ['subject'], fieldLabel: 'Subject', shown: true, acknowledged: false },
      { key: 'test-ticket/type', pack: 'test-ticket', rule: 'type', title: 'type title', message: 'type message', severity: 'info', fields: ['type'], fieldLabel: 'Ticket type', shown: false, acknowledged: false },
    ]);
  });

  it('carries the next stage by label with its unmet requirements', () => {
    expect(report.stage).toEqual({
      current: 'open',
      next: 'Solved',
      unmet: [expect.objectContaining({ key: 'test-ticket/solve-assignee', title: 'solve-assignee title', fieldLabel: 'Assignee', shown: false })],
    });
    expect(pageReport({ ...reportInput(), presentation: { ...presentation, stage: null } }).stage).toBeNull();
  });

  it('carries the summary, the source and its reason, the frame, the packs and selector health', () => {
    expect(report).toMatchObject({ title: 'Ticket 1 – Printer on fire', inFrame: true, score: 85, errors: 1, info: 1, source: 'dom', sourceReason: 'HTTP 403', packs: ['test-ticket'] });
    expect(report.health).toEqual([{ name: 'field rows', found: 0, required: true }]);
  });
});

function reportInput() {
  return { url: 'https://acme.zendesk.com/agent/tickets/1', title: '', inFrame: false, app: 'zendesk' as const, object: 'ticket', recordId: '1', presentation, packs: [], health: [] };
}
