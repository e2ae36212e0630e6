import { describe, expect, it } from 'vitest';
import { parsePackJson, validatePack, type PackIssue } from '../../lib/rules/validate';
import { opportunityPack } from './pack-fixture';

function issuesOf(input: unknown): readonly PackIssue[] {
  const result = validatePack(input);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.issues;
}

const withRule = (rule: Record<string, unknown>) => ({ ...opportunityPack, rules: [...opportunityPack.rules, rule] });
const rule = { id: 'extra', title: 'Extra', message: 'Fix it.', severity: 'warning', fields: ['Name'], check: true };

describe('validatePack', () => {
  it('accepts a valid pack and returns it typed', () => {
    const result = validatePack(opportunityPack);
    expect(result.ok).toBe(true);
  });

  it('names the path of an unknown severity and lists the allowed ones', () => {
    expect(issuesOf(withRule({ ...rule, severity: 'critical' }))).toEqual([
      { path: '$.rules[5].severity', message: '"critical" is not allowed; use one of "error", "warning", "info"' },
    ]);
  });

  it('names the path of an unknown field type', () => {
    const pack = { ...opportunityPack, fields: { ...opportunityPack.fields, Amount: { type: 'money' } } };
    expect(issuesOf(pack)).toEqual([
      { path: '$.fields.Amount.type', message: expect.stringMatching(/^"money" is not allowed; use one of "string", /) },
    ]);
  });

  it('rejects duplicate rule ids, pointing at the second one and the first', () => {
    expect(issuesOf(withRule({ ...rule, id: 'name-required' }))).toEqual([
      { path: '$.rules[5].id', message: 'duplicate rule id "name-required" (first used at $.rules[0].id)' },
    ]);
  });

  it('rejects an unknown operator in a condition with its path', () => {
    const issues = issuesOf(withRule({ ...rule, check: { and: [true, { is_emtpy: [{ var: 'Name' }] }] } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('$.rules[5].check.and[1]');
    expect(issues[0]?.message).toMatch(/unknown operator "is_emtpy".*is_empty/);
  });

  it('rejects a malformed condition (an operation with two keys)', () => {
    const issues = issuesOf(withRule({ ...rule, when: { '==': [1, 1], '!=': [1, 2] } }));
    expect(issues[0]).toMatchObject({ path: '$.rules[5].when' });
    expect(issues[0]?.message).toMatch(/exactly one key/);
  });

  it('rejects a regex that can backtrack catastrophically', () => {
    const issues = issuesOf(withRule({ ...rule, check: { matches: [{ var: 'Name' }, '^(a+)+$'] } }));
    expect(issues[0]?.path).toMatch(/^\$\.rules\[5\]\.check\.matches\[1\]/);
  });

  it('rejects HTML in messages: they are shown as plain text', () => {
    expect(issuesOf(withRule({ ...rule, message: 'Fill in <b>Name</b>' }))).toEqual([
      { path: '$.rules[5].message', message: 'must be plain text, not HTML' },
    ]);
  });

  it('rejects gates on stages the pack does not declare', () => {
    expect(issuesOf(withRule({ ...rule, gate: 'Negotiation' }))[0]).toMatchObject({
      path: '$.rules[5].gate',
      message: expect.stringContaining('unknown stage "Negotiation"'),
    });
  });

  it('rejects an object the app does not have', () => {
    expect(issuesOf({ ...opportunityPack, object: 'Deal' })).toEqual([
      { path: '$.object', message: 'unknown salesforce object "Deal"; use one of Opportunity, Lead, Account, Contact, Case' },
    ]);
  });

  it('requires the fields a rule names to be declared when the pack declares fields', () => {
    expect(issuesOf(withRule({ ...rule, fields: ['Nmae'] }))).toEqual([
      { path: '$.rules[5].fields[0]', message: 'field "Nmae" is not declared in $.fields' },
    ]);
  });

  it('reports unknown properties and missing ones', () => {
    const { description: _description, ...withoutDescription } = opportunityPack;
    expect(issuesOf({ ...withoutDescription, colour: 'red' })).toEqual([
      { path: '$.description', message: 'required string is missing' },
      { path: '$', message: 'unknown property "colour"' },
    ]);
  });

  it('reports condition faults even when the structure is also broken, all in one pass', () => {
    const issues = issuesOf({ ...withRule({ ...rule, check: { nope: [] } }), schemaVersion: 2 });
    expect(issues.map((issue) => issue.path)).toEqual(['$.schemaVersion', '$.rules[5].check']);
  });

  it('reports a JSON syntax error at the root', () => {
    const result = parsePackJson('{"id": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: '$', message: expect.stringMatching(/^not valid JSON/) });
  });
});
