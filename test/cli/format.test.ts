import { describe, expect, it } from 'vitest';
import { formatJson } from '../../lib/cli/format-json';
import { formatTable, summaryOf } from '../../lib/cli/format-table';
import { formatPackList } from '../../lib/cli/list-packs';
import { printable } from '../../lib/cli/terminal-text';
import type { Finding, RecordEvaluation } from '../../lib/rules/engine';
import type { RulePack } from '../../lib/rules/schema';

const finding = (overrides: Partial<Finding>): Finding => ({
  pack: 'p',
  rule: 'r',
  title: 'T',
  fields: ['F'],
  severity: 'error',
  message: 'M',
  weight: 10,
  ...overrides,
});

const evaluations: RecordEvaluation[] = [
  {
    app: 'salesforce',
    object: 'Opportunity',
    id: '006A',
    url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006A/view',
    score: 76,
    findings: [
      finding({ rule: 'close-date-in-past', fields: ['CloseDate'], message: 'Close date\nhas passed.' }),
      finding({ rule: 'stage-gate', fields: ['Amount', 'NextStep'], severity: 'warning', message: 'Needs an amount.', gate: 'Proposal', targetStage: 'Negotiation' }),
    ],
    errors: [],
  },
  { app: 'jira', object: 'issue', id: 'ED-1\u001b[2J', score: 100, findings: [finding({ severity: 'info', rule: 'x' })], errors: [] },
];

describe('formatTable', () => {
  it('aligns the columns of every finding in the report', () => {
    expect(formatTable(evaluations, { color: false })).toBe(
      [
        'salesforce Opportunity 006A  score 76  https://acme.lightning.force.com/lightning/r/Opportunity/006A/view',
        '  error    close-date-in-past  CloseDate         Close date has passed.',
        '  warning  stage-gate          Amount, NextStep  Needs an amount.',
        '',
        'jira issue ED-1\uFFFD[2J  score 100',
        '  info     x                   F                 M',
        '',
        '2 records, 1 error, 1 warning, 1 info',
        '',
      ].join('\n'),
    );
  });

  it('colours severities and scores only when asked', () => {
    const coloured = formatTable(evaluations, { color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mscore 76\u001b[39m');
    expect(formatTable(evaluations, { color: false })).not.toContain('\u001b[3');
  });

  it('says when a record has no findings, and counts in the singular', () => {
    const clean: RecordEvaluation = { app: 'zendesk', object: 'ticket', id: '1', score: 100, findings: [], errors: [] };
    expect(formatTable([clean], { color: false })).toBe('zendesk ticket 1  score 100\n  no findings\n\n1 record, 0 errors, 0 warnings, 0 info\n');
    expect(summaryOf([])).toBe('0 records, 0 errors, 0 warnings, 0 info');
  });
});

describe('formatJson', () => {
  it('prints the documented keys, and gate keys only for gates', () => {
    const json = JSON.parse(formatJson(evaluations)) as { records: Record<string, unknown>[] };
    expect(json.records[0]).toEqual({
      app: 'salesforce',
      object: 'Opportunity',
      id: '006A',
      url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006A/view',
      score: 76,
      findings: [
        { rule: 'close-date-in-past', fields: ['CloseDate'], severity: 'error', message: 'Close date\nhas passed.', pack: 'p' },
        { rule: 'stage-gate', fields: ['Amount', 'NextStep'], severity: 'warning', message: 'Needs an amount.', pack: 'p', gate: 'Proposal', targetStage: 'Negotiation' },
      ],
    });
    expect(Object.keys(json.records[1] ?? {})).toEqual(['app', 'object', 'id', 'score', 'findings']);
    expect(formatJson([])).toBe('{\n  "records": []\n}\n');
  });
});

describe('printable', () => {
  it('keeps text on one line and neutralises control and bidi characters', () => {
    expect(printable('a\r\n\tb')).toBe('a b');
    expect(printable('x\u0007y\u202Ez')).toBe('x\uFFFDy\uFFFDz');
  });
});

describe('formatPackList', () => {
  it('aligns id, app/object, rule count and name', () => {
    const pack = (id: string, rules: number): RulePack =>
      ({ id, app: 'hubspot', object: 'deal', name: `Name of ${id}`, rules: Array.from({ length: rules }) }) as unknown as RulePack;
    expect(formatPackList([pack('a', 1), pack('longer-id', 12)])).toBe(
      ['ID         APP/OBJECT    RULES  NAME', 'a          hubspot/deal  1      Name of a', 'longer-id  hubspot/deal  12     Name of longer-id', ''].join('\n'),
    );
  });
});
