import { describe, expect, it } from 'vitest';
import { UnknownPayloadError } from '../../lib/records/model';
import { recordsFromRows } from '../../lib/records/rows';

describe('recordsFromRows', () => {
  it('takes the Salesforce Id column and nests dotted columns', () => {
    const [record] = recordsFromRows([{ Id: '006Hs00001Kq7XzIAJ', Name: 'Fleet', 'Account.Name': 'Northwind', 'Account.Owner.Name': 'Priya', NextStep: '' }], 'salesforce', 'Opportunity');
    expect(record).toEqual({
      app: 'salesforce',
      object: 'Opportunity',
      id: '006Hs00001Kq7XzIAJ',
      url: '/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view',
      fields: { Id: '006Hs00001Kq7XzIAJ', Name: 'Fleet', Account: { Name: 'Northwind', Owner: { Name: 'Priya' } }, NextStep: '' },
      labels: {},
    });
  });

  it('nests Jira export paths such as status.statusCategory.key', () => {
    const [record] = recordsFromRows([{ key: 'ITSD-1', 'status.name': 'Done', 'status.statusCategory.key': 'done' }], 'jira', 'request');
    expect(record?.fields.status).toEqual({ name: 'Done', statusCategory: { key: 'done' } });
    expect(record?.url).toBe('/browse/ITSD-1');
  });

  it.each([
    ['servicenow', 'incident', { sys_id: 'abc123', number: 'INC1' }, 'abc123', '/incident.do?sys_id=abc123'],
    ['servicenow', 'incident', { sys_id: '', number: 'INC1' }, 'INC1', undefined],
    ['jira', 'issue', { 'Issue key': 'OPS-7', 'Issue id': '10007' }, 'OPS-7', '/browse/OPS-7'],
    ['jira', 'issue', { id: '10007' }, '10007', undefined],
    ['zendesk', 'ticket', { id: 48213, subject: 'x' }, '48213', '/agent/tickets/48213'],
    ['hubspot', 'deal', { hs_object_id: '', 'Record ID': '18220945831', id: '1' }, '18220945831', undefined],
    ['hubspot', 'contact', { id: '95107331201' }, '95107331201', undefined],
  ] as const)('%s %s: id from the first present id column of %j', (app, object, row, id, url) => {
    const [record] = recordsFromRows([{ ...row }], app, object);
    expect(record?.id).toBe(id);
    expect(record?.url).toBe(url);
  });

  it('falls back to row-<n>, counting from 1', () => {
    const records = recordsFromRows([{ Name: 'a' }, { Id: '', Name: 'b' }, { Id: null, Name: 'c' }], 'salesforce', 'Lead');
    expect(records.map((r) => r.id)).toEqual(['row-1', 'row-2', 'row-3']);
    expect(records[0]?.url).toBeUndefined();
  });

  it('keeps empty strings and other values as they are', () => {
    const [record] = recordsFromRows([{ sys_id: 'x', close_notes: '', reassignment_count: 2, active: true, parent: null }], 'servicenow', 'incident');
    expect(record?.fields).toEqual({ sys_id: 'x', close_notes: '', reassignment_count: 2, active: true, parent: null });
  });

  it('keeps a dotted column flat when its prefix is already a value, whatever the column order', () => {
    const first = recordsFromRows([{ 'Account.Name': 'Acme', Account: '001x' }], 'salesforce', 'Opportunity')[0];
    const second = recordsFromRows([{ Account: '001x', 'Account.Name': 'Acme' }], 'salesforce', 'Opportunity')[0];
    expect(first?.fields).toEqual({ Account: '001x', 'Account.Name': 'Acme' });
    expect(second?.fields).toEqual(first?.fields);
  });

  it('does not merge into or mutate an object that came with the row', () => {
    const account = { Name: 'Acme' };
    const [record] = recordsFromRows([{ Account: account, 'Account.Id': '001x' }], 'salesforce', 'Opportunity');
    expect(account).toEqual({ Name: 'Acme' });
    expect(record?.fields).toEqual({ Account: { Name: 'Acme' }, 'Account.Id': '001x' });
  });

  it('keeps odd dotted names flat and treats __proto__ as a plain field', () => {
    const row = JSON.parse('{"a..b": 1, ".x": 2, "__proto__": {"polluted": true}, "y.__proto__.z": 3}') as Record<string, unknown>;
    const [record] = recordsFromRows([row], 'zendesk', 'ticket');
    expect(record?.fields['a..b']).toBe(1);
    expect(record?.fields['.x']).toBe(2);
    expect(Object.hasOwn(record?.fields ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(record?.fields)).toBe(Object.prototype);
  });

  it('rejects an object the app does not have, listing the valid ones', () => {
    expect(() => recordsFromRows([{}], 'servicenow', 'Incident')).toThrow(UnknownPayloadError);
    expect(() => recordsFromRows([{}], 'servicenow', 'Incident')).toThrow('"Incident" is not a servicenow object FieldGuard knows; use one of: incident, change_request, problem');
  });

  it('returns no records for no rows', () => {
    expect(recordsFromRows([], 'hubspot', 'deal')).toEqual([]);
  });
});
