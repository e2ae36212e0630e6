import { describe, expect, it } from 'vitest';
import type { Finding, RecordEvaluation } from '../../lib/rules/engine';
import { checkedOnPage, pageOnlyEvaluation, shownOnPage } from '../../lib/runtime/page-only';

const finding = (rule: string, fields: string[], weight: number): Finding => ({
  pack: 'p', rule, title: rule, fields, severity: 'warning', message: rule, weight,
});

describe('findings on a record read from the page alone', () => {
  it('counts a field as shown by its name, or by a dotted path into or under a value the page shows', () => {
    const values = { subject: null, status: { statusCategory: { key: 'done' } }, 'Account.Name': 'Acme' };
    expect(shownOnPage('subject', values)).toBe(true);
    expect(shownOnPage('status.statusCategory.key', values)).toBe(true);
    expect(shownOnPage('Account', values)).toBe(true);
    expect(shownOnPage('priority', values)).toBe(false);
    expect(shownOnPage('sub', values)).toBe(false);
  });

  it('keeps only findings whose every field the page shows, and scores what is left', () => {
    const evaluation: RecordEvaluation = {
      app: 'zendesk',
      object: 'ticket',
      id: '1',
      score: 80,
      findings: [finding('shown', ['subject'], 4), finding('hidden', ['type'], 10), finding('half', ['subject', 'type'], 6)],
      errors: [],
    };
    const values = { subject: '' };
    expect(checkedOnPage(evaluation.findings, values).map((kept) => kept.rule)).toEqual(['shown']);
    expect(pageOnlyEvaluation(evaluation, values)).toMatchObject({ score: 96, findings: [{ rule: 'shown' }] });
    expect(pageOnlyEvaluation(evaluation, { subject: '', type: null })).toBe(evaluation);
  });
});
