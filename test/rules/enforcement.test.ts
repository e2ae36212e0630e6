import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { rulePackJsonSchemaText } from '../../lib/rules/json-schema';
import { ENFORCEMENT_CONTROLS } from '../../lib/rules/schema';
import { validatePack, type PackIssue } from '../../lib/rules/validate';
import { opportunityPack } from './pack-fixture';

const withEnforcement = (enforcement: unknown) => ({
  ...opportunityPack,
  rules: opportunityPack.rules.map((rule, index) => (index === 0 ? { ...rule, enforcement } : rule)),
});

function issuesOf(input: unknown): readonly PackIssue[] {
  const result = validatePack(input);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.issues;
}

describe('enforcement advice on rules', () => {
  it('accepts a native control of the pack\'s app with plain-text advice, and keeps it on the parsed rule', () => {
    const enforcement = { control: 'salesforce-validation-rule', advice: 'Add a validation rule with the formula ISBLANK(Name).' };
    const result = validatePack(withEnforcement(enforcement));
    expect(result.ok && result.pack.rules[0]?.enforcement).toEqual(enforcement);
  });

  it('names the path of an unknown control and lists the known ones', () => {
    const [issue, ...rest] = issuesOf(withEnforcement({ control: 'salesforce-trigger', advice: 'Write a trigger.' }));
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('$.rules[0].enforcement.control');
    expect(issue?.message).toMatch(/^"salesforce-trigger" is not allowed; use one of "salesforce-validation-rule", /);
  });

  it('refuses a control of another app, suggesting the controls of the pack\'s app', () => {
    expect(issuesOf(withEnforcement({ control: 'servicenow-data-policy', advice: 'Create a data policy.' }))).toEqual([
      {
        path: '$.rules[0].enforcement.control',
        message: '"servicenow-data-policy" is not a salesforce control; use one of "salesforce-validation-rule", "salesforce-required-field"',
      },
    ]);
  });

  it('refuses HTML in the advice, missing advice and unknown properties, each with its path', () => {
    expect(issuesOf(withEnforcement({ control: 'salesforce-validation-rule', advice: 'Use <b>ISBLANK</b>' }))).toEqual([
      { path: '$.rules[0].enforcement.advice', message: 'must be plain text, not HTML' },
    ]);
    expect(issuesOf(withEnforcement({ control: 'salesforce-validation-rule' }))).toEqual([
      { path: '$.rules[0].enforcement.advice', message: 'required string is missing' },
    ]);
    expect(issuesOf(withEnforcement({ control: 'salesforce-validation-rule', advice: 'x', url: 'https://example.com' }))).toEqual([
      { path: '$.rules[0].enforcement', message: 'unknown property "url"' },
    ]);
  });

  it('annotates the built-in stage gates and required fields with a control of their own app', () => {
    const annotated = BUILTIN_PACKS.flatMap((pack) =>
      pack.rules.flatMap((rule) => (rule.enforcement ? [{ where: `${pack.id}/${rule.id}`, app: pack.app, control: rule.enforcement.control }] : [])),
    );
    expect(annotated.length).toBeGreaterThanOrEqual(30);
    for (const { where, app, control } of annotated) expect(ENFORCEMENT_CONTROLS[control].app, where).toBe(app);
    const advised = (packId: string, ruleId: string) =>
      BUILTIN_PACKS.find((pack) => pack.id === packId)?.rules.find((rule) => rule.id === ruleId)?.enforcement;
    expect(advised('servicenow-incident-hygiene', 'resolution-code')?.control).toBe('servicenow-data-policy');
    expect(advised('servicenow-incident-hygiene', 'resolution-code')?.advice).toMatch(/UI policy, which only runs in the form/);
    expect(advised('salesforce-opportunity-stage-gates', 'won-type')?.advice).toContain('ISPICKVAL(StageName, "Closed Won")');
    expect(advised('jira-issue-status-hygiene', 'done-resolution')?.control).toBe('jira-validator');
    expect(advised('zendesk-ticket-hygiene', 'solved-type')?.control).toBe('zendesk-required-on-solve');
    expect(advised('hubspot-deal-stage-gates', 'qualified-amount')?.control).toBe('hubspot-stage-required-property');
  });

  it('ships a JSON Schema that describes the enforcement object exactly as the generator does', async () => {
    const shipped = await readFile(resolve(import.meta.dirname, '../../public/rule-pack.schema.json'), 'utf8');
    expect(shipped).toBe(rulePackJsonSchemaText());
    expect(shipped).toContain('"zendesk-required-on-solve"');
  });
});
