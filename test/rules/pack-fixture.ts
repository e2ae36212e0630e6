import type { NormalizedRecord } from '../../lib/records/model';
import type { RulePack } from '../../lib/rules/schema';

/** A small opportunity pack exercising plain rules, typed fields and cumulative gates with a lost side exit. */
export const opportunityPack: RulePack = {
  schemaVersion: 1,
  id: 'test-opportunity',
  name: 'Test opportunity pack',
  version: '1.0.0',
  description: 'Used by the engine tests.',
  app: 'salesforce',
  object: 'Opportunity',
  fields: {
    Name: { type: 'string' },
    Amount: { type: 'currency' },
    StageName: { type: 'picklist' },
    NextStep: { type: 'string' },
    CloseDate: { type: 'date' },
    Description: { type: 'text' },
  },
  stages: {
    field: 'StageName',
    values: [
      { value: 'Prospecting', probability: 10 },
      { value: 'Qualification', probability: 10 },
      { value: 'Proposal/Price Quote', probability: 75 },
      { value: 'Negotiation/Review', probability: 90 },
      { value: 'Closed Won', outcome: 'won', probability: 100 },
      { value: 'Closed Lost', outcome: 'lost', probability: 0 },
    ],
  },
  rules: [
    {
      id: 'name-required',
      title: 'Name is required',
      message: 'Give the opportunity a name.',
      severity: 'error',
      fields: ['Name'],
      check: { '!': { is_empty: [{ var: 'Name' }] } },
    },
    {
      id: 'amount-positive',
      title: 'Amount must be positive',
      message: 'Enter an amount above zero.',
      severity: 'warning',
      weight: 7,
      fields: ['Amount'],
      when: { '!': { is_empty: [{ var: 'Amount' }] } },
      check: { '>': [{ var: 'Amount' }, 0] },
    },
    {
      id: 'qualification-next-step',
      title: 'Next step',
      message: 'Write down the next step.',
      severity: 'warning',
      fields: ['NextStep'],
      gate: 'Qualification',
      check: { '!': { is_empty: [{ var: 'NextStep' }] } },
    },
    {
      id: 'proposal-amount',
      title: 'Amount for proposals',
      message: 'A proposal needs an amount.',
      severity: 'error',
      fields: ['Amount'],
      gate: 'Proposal/Price Quote',
      check: { '!': { is_empty: [{ var: 'Amount' }] } },
    },
    {
      id: 'lost-reason',
      title: 'Why was it lost?',
      message: 'Describe why the deal was lost.',
      severity: 'info',
      fields: ['Description'],
      gate: 'Closed Lost',
      check: { '!': { is_empty: [{ var: 'Description' }] } },
    },
  ],
};

export function opportunity(fields: Record<string, unknown>, id = '006000000000001AAA'): NormalizedRecord {
  return { app: 'salesforce', object: 'Opportunity', id, fields, labels: {} };
}
