import { describe, expect, it } from 'vitest';
import type { NormalizedRecord } from '../../lib/records/model';
import { mergeRecord } from '../../lib/runtime/merge';
import type { DomReading } from '../../lib/sites/types';

const api: NormalizedRecord = {
  app: 'salesforce',
  object: 'Opportunity',
  id: '006000000000001AAA',
  fields: { Name: 'Acme renewal', NextStep: null, Amount: 235000, StageName: 'Qualification', Account: { Name: 'Acme', Industry: 'Energy' } },
  labels: { Amount: 'Amount', NextStep: 'Next Step' },
  displayValues: { Amount: '$235,000.00', StageName: 'Qualification' },
};

function reading(values: Record<string, unknown>, editing: string[] = [], labels: Record<string, string> = {}): DomReading {
  return { object: 'Opportunity', values, editing: new Set(editing), anchors: new Map(), header: null, pendingStage: null, stageAnchor: null, labels };
}

const base = { app: 'salesforce', object: 'Opportunity', recordId: '006000000000001', url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001/view' } as const;

describe('mergeRecord', () => {
  it('takes the API values as the base: displayed values of fields not being edited do not override them', () => {
    const record = mergeRecord({ ...base, api, reading: reading({ Amount: '$235,000.00', NextStep: 'shown but stale' }) });
    expect(record.fields.Amount).toBe(235000);
    expect(record.fields.NextStep).toBeNull();
    expect(record).toMatchObject({ app: 'salesforce', object: 'Opportunity', id: '006000000000001AAA', url: base.url });
  });

  it('lets unsaved edits override the API values and drops their stale display values', () => {
    const record = mergeRecord({ ...base, api, reading: reading({ NextStep: 'Call the CFO', Amount: 250000, Name: 'ignored' }, ['NextStep', 'Amount']) });
    expect(record.fields).toMatchObject({ NextStep: 'Call the CFO', Amount: 250000, Name: 'Acme renewal' });
    expect(record.displayValues).toEqual({ StageName: 'Qualification' });
  });

  it('reads an edited field the page has no value for as empty', () => {
    expect(mergeRecord({ ...base, api, reading: reading({}, ['NextStep']) }).fields.NextStep).toBeNull();
  });

  it('writes dotted names into nested objects without touching the API record', () => {
    const record = mergeRecord({ ...base, api, reading: reading({ 'Account.Name': 'Acme Corp', 'Owner.Alias': 'jdoe' }, ['Account.Name']) });
    expect(record.fields.Account).toEqual({ Name: 'Acme Corp', Industry: 'Energy' });
    expect(record.fields.Owner).toEqual({ Alias: 'jdoe' });
    expect(api.fields.Account).toEqual({ Name: 'Acme', Industry: 'Energy' });
    expect(api.fields).not.toHaveProperty('Owner');
  });

  it('takes fields the API did not return from the page (a field the API hides is not empty)', () => {
    const record = mergeRecord({ ...base, api, reading: reading({ Probability: 20 }) });
    expect(record.fields.Probability).toBe(20);
  });

  it('keeps just-saved edits until the API has the saved record', () => {
    const record = mergeRecord({ ...base, api, reading: reading({ NextStep: null }), carried: { NextStep: 'Send the quote' } });
    expect(record.fields.NextStep).toBe('Send the quote');
  });

  it('uses the page alone when the API failed', () => {
    const record = mergeRecord({ ...base, api: null, reading: reading({ Name: 'Acme renewal', NextStep: null, 'Account.Name': 'Acme' }, [], { Name: 'Opportunity Name' }) });
    expect(record).toEqual({
      app: base.app,
      object: base.object,
      url: base.url,
      id: base.recordId,
      fields: { Name: 'Acme renewal', NextStep: null, Account: { Name: 'Acme' } },
      labels: { Name: 'Opportunity Name' },
    });
  });

  it("prefers the page's labels over the API's", () => {
    expect(mergeRecord({ ...base, api, reading: reading({}, [], { NextStep: 'Nächster Schritt' }) }).labels).toEqual({ Amount: 'Amount', NextStep: 'Nächster Schritt' });
  });
});
