import { describe, expect, it } from 'vitest';
import { compilePack, type Finding, type RecordEvaluation } from '../../lib/rules/engine';
import { fieldLabels, present, type PresentInput } from '../../lib/runtime/present';
import { TEST_PACK } from './fake-app';

const finding = (rule: string, severity: Finding['severity'], fields: string[]): Finding => ({
  pack: 'test-ticket', rule, title: `${rule} title`, fields, severity, message: `${rule} message`, weight: 1,
});

const evaluation: RecordEvaluation = {
  app: 'zendesk',
  object: 'ticket',
  id: '1',
  score: 80,
  findings: [finding('e1', 'error', ['hidden', 'subject']), finding('w1', 'warning', ['subject']), finding('w2', 'warning', ['priority']), finding('i1', 'info', ['type'])],
  errors: [],
};

const input = (overrides: Partial<PresentInput> = {}): PresentInput => ({
  evaluation,
  gate: null,
  packs: [compilePack(TEST_PACK)],
  shownFields: new Set(['subject', 'priority']),
  labels: { subject: 'Subject', hidden: 'Hidden field' },
  acks: new Map(),
  source: 'api',
  sourceReason: null,
  ...overrides,
});

describe('present', () => {
  it('groups findings at the first of their fields shown on the page, worst severity first', () => {
    const { markers } = present(input());
    expect(markers.map((marker) => [marker.field, marker.label, marker.severity, marker.findings.map((view) => view.rule)])).toEqual([
      ['subject', 'Subject', 'error', ['e1', 'w1']],
      ['priority', 'priority', 'warning', ['w2']],
    ]);
  });

  it('keeps findings on fields the page does not show for the summary only', () => {
    const { summary } = present(input());
    const offPage = summary.findings.find((view) => view.rule === 'i1');
    expect(offPage).toMatchObject({ anchorField: null, fieldLabel: 'type' });
    expect(summary).toMatchObject({ score: 80, errors: 1, warnings: 2, info: 1, acknowledged: 0 });
  });

  it('applies acknowledgements to warnings only, and counts them apart', () => {
    const acks = new Map([
      ['test-ticket/w2', { reason: 'later', expiresAt: 5 }],
      ['test-ticket/e1', { reason: 'errors cannot be acknowledged', expiresAt: 5 }],
    ]);
    const { markers, summary } = present(input({ acks }));
    expect(markers.find((marker) => marker.field === 'priority')?.severity).toBe('acknowledged');
    expect(markers.find((marker) => marker.field === 'subject')?.severity).toBe('error');
    expect(summary).toMatchObject({ errors: 1, warnings: 1, acknowledged: 1 });
    expect(summary.findings.at(-1)?.rule).toBe('w2');
    expect(summary.findings.filter((view) => view.acknowledgeable).map((view) => view.rule)).toEqual(['w1', 'w2']);
  });

  it("names the gate's stage by the pack's label and shows no gate when nothing is missing", () => {
    const gate = { stage: 'solved', findings: [finding('solve-assignee', 'error', ['assignee_id'])] };
    expect(present(input({ gate })).gate).toMatchObject({ stage: 'solved', stageLabel: 'Solved', findings: [{ rule: 'solve-assignee', acknowledgeable: false }] });
    expect(present(input({ gate: { stage: 'solved', findings: [] } })).gate).toBeNull();
    expect(present(input({ gate: { stage: 'open', findings: gate.findings } })).gate?.stageLabel).toBe('open');
  });
});

describe('fieldLabels', () => {
  const packs = [compilePack(TEST_PACK)];

  it("labels a field by the page first, then the API, then the pack's declaration", () => {
    expect(fieldLabels(packs, { type: 'Type (API)', subject: 'Subject (API)' }, { subject: 'Subject' })).toMatchObject({
      subject: 'Subject',
      type: 'Type (API)',
    });
    expect(fieldLabels(packs, {}, {})).toEqual({ type: 'Ticket type' });
  });

  it('ignores blank labels, so the next source (or the API name, in present) names the field', () => {
    const labels = fieldLabels(packs, { type: '  ', priority: '' }, { type: '', subject: ' \n' });
    expect(labels).toEqual({ type: 'Ticket type' });
    const { markers } = present(input({ labels, evaluation: { ...evaluation, findings: [finding('w2', 'warning', ['priority'])] } }));
    expect(markers.map((marker) => marker.label)).toEqual(['priority']);
  });
});
