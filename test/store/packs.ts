/** Rule packs as an admin would write them, for the store tests. */
import { validatePack } from '../../lib/rules/validate';
import type { RulePack } from '../../lib/rules/schema';

/** A small valid Salesforce Opportunity pack: a team's own deal-desk rules. */
export function importablePackJson(id: string, version = '1.0.0'): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id,
    name: 'Acme deal desk',
    version,
    description: 'Deal desk rules of the Acme sales team.',
    app: 'salesforce',
    object: 'Opportunity',
    fields: { NextStep: { type: 'string', label: 'Next Step' } },
    rules: [
      {
        id: 'next-step-set',
        title: 'Next step is missing',
        message: 'Write the next step agreed with the buyer.',
        severity: 'warning',
        fields: ['NextStep'],
        check: { '!': [{ is_empty: [{ var: 'NextStep' }] }] },
      },
    ],
  };
}

export function importablePack(id: string, version = '1.0.0'): RulePack {
  const result = validatePack(importablePackJson(id, version));
  if (!result.ok) throw new Error(`test pack "${id}" is invalid: ${JSON.stringify(result.issues)}`);
  return result.pack;
}
