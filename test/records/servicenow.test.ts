import { describe, expect, it } from 'vitest';
import { UnknownPayloadError } from '../../lib/records/model';
import { parsePayload } from '../../lib/records/parse';
import { loadSample, loadSampleObject, without } from './load';

const DEFAULT_FORM = 'servicenow-table-api-incident-get-default-values.json';
const ALL_FORM = 'servicenow-table-api-incident-display_value-all.ILLUSTRATIVE.json';
const SYS_ID = 'a9e30c7dc61122760116894de7bcc7bd';

function resultOf(name: string): Record<string, unknown> {
  return { ...(loadSampleObject(name).result as Record<string, unknown>) };
}

describe('ServiceNow Table API, default form (official docs example)', () => {
  const [record] = parsePayload(loadSample(DEFAULT_FORM));

  it('takes table from sys_class_name, id from sys_id, origin from reference links', () => {
    expect(record).toMatchObject({ app: 'servicenow', object: 'incident', id: SYS_ID });
    expect(record?.url).toBe(`https://instance.servicenow.com/incident.do?sys_id=${SYS_ID}`);
  });

  it('keeps database values as strings and reduces references to their sys_id', () => {
    expect(record?.fields).toMatchObject({
      number: 'INC0000046',
      state: '1',
      impact: '1',
      urgency: '3',
      priority: '3',
      assigned_to: '',
      close_notes: '',
      assignment_group: '8a4dde73c6112278017a6a4baf547aa7',
      caller_id: '46c6f9efa9fe198101ddf5eed9adf6e7',
      sys_domain: 'global',
      opened_at: '2015-11-02 22:04:15',
    });
  });

  it('has no display values or labels', () => {
    expect(record?.displayValues).toBeUndefined();
    expect(record?.labels).toEqual({});
  });

  it('keeps the payload key order', () => {
    expect(Object.keys(record?.fields ?? {}).slice(0, 3)).toEqual(['upon_approval', 'location', 'expected_start']);
  });

  it('prefers the origin option over reference links', () => {
    const [withOrigin] = parsePayload(loadSample(DEFAULT_FORM), { origin: 'https://acme.service-now.com' });
    expect(withOrigin?.url).toBe(`https://acme.service-now.com/incident.do?sys_id=${SYS_ID}`);
  });
});

describe('ServiceNow Table API, sysparm_display_value=all', () => {
  const [record] = parsePayload(loadSample(ALL_FORM));

  it('stores values in fields and display values alongside', () => {
    expect(record).toMatchObject({ object: 'incident', id: SYS_ID });
    expect(record?.fields).toMatchObject({ state: '1', priority: '3', impact: '1', assignment_group: '8a4dde73c6112278017a6a4baf547aa7', category: 'software' });
    expect(record?.displayValues).toMatchObject({ state: 'New', priority: '3 - Moderate', impact: '1 - High', urgency: '3 - Low', category: 'Software' });
  });

  it('accepts sn_chg_rest style typed values', () => {
    const [change] = parsePayload({
      result: {
        sys_id: { display_value: 'c83c5e5347c12200e0ef563dbb9a7190', value: 'c83c5e5347c12200e0ef563dbb9a7190' },
        sys_class_name: { display_value: 'Change Request', value: 'change_request' },
        state: { display_value: 'New', value: -5, display_value_internal: 'New' },
        on_hold: { display_value: 'false', value: false },
      },
    });
    expect(change).toMatchObject({ object: 'change_request', fields: { state: -5, on_hold: false }, displayValues: { state: 'New' } });
    expect(change?.url).toBe('/change_request.do?sys_id=c83c5e5347c12200e0ef563dbb9a7190');
  });

  it('names the field that breaks the all form', () => {
    const mixed = { result: { ...resultOf(ALL_FORM), state: '1' } };
    expect(() => parsePayload(mixed)).toThrow(/display values.*state: expected \{display_value, value\}/);
  });
});

describe('ServiceNow list results and tables', () => {
  it('parses every record of a list result', () => {
    const second = { ...resultOf(DEFAULT_FORM), sys_id: 'b1e30c7dc61122760116894de7bcc7bd', number: 'INC0000047' };
    const records = parsePayload({ result: [resultOf(DEFAULT_FORM), second] });
    expect(records.map((r) => r.fields.number)).toEqual(['INC0000046', 'INC0000047']);
  });

  it('returns no records for an empty list', () => {
    expect(parsePayload({ result: [] })).toEqual([]);
  });

  it('asks for --object when the table is unknown', () => {
    const withoutClass = without(resultOf(DEFAULT_FORM), 'sys_class_name');
    expect(() => parsePayload({ result: withoutClass })).toThrow(UnknownPayloadError);
    expect(() => parsePayload({ result: withoutClass })).toThrow(/INC0000046.*table is unknown.*--object/);
    const [record] = parsePayload({ result: withoutClass }, { object: 'incident' });
    expect(record?.object).toBe('incident');
  });

  it('lets sys_class_name win over the object option', () => {
    const [record] = parsePayload(loadSample(DEFAULT_FORM), { object: 'problem' });
    expect(record?.object).toBe('incident');
  });

  it('builds a path-only URL when no links or origin are known', () => {
    const [record] = parsePayload({ result: { sys_id: 'abc', sys_class_name: 'problem', number: 'PRB0040001' } });
    expect(record?.url).toBe('/problem.do?sys_id=abc');
  });

  it('says which list item is broken', () => {
    expect(() => parsePayload({ result: [resultOf(DEFAULT_FORM), { number: 'INC2' }] })).toThrow(/result\[1\].*sys_id is missing/);
    expect(() => parsePayload({ result: [resultOf(DEFAULT_FORM), 'oops'] })).toThrow(/result\[1\] is not a record object/);
  });

  it('rejects values no Table API form has', () => {
    expect(() => parsePayload({ result: { sys_id: 'x', sys_class_name: 'incident', work_notes: ['a'] } })).toThrow(/work_notes: expected a string or a reference/);
  });
});

describe('ServiceNow sysparm_display_value=true', () => {
  const displayForm = {
    result: {
      sys_id: 'a9e30c7dc61122760116894de7bcc7bd',
      number: 'INC0000046',
      state: 'New',
      priority: '3 - Moderate',
      sys_class_name: 'Incident',
      assignment_group: { display_value: 'Service Desk', link: 'https://acme.service-now.com/api/now/table/sys_user_group/8a4d' },
    },
  };

  it('is not guessed: the error says how to fetch or pass it', () => {
    expect(() => parsePayload(displayForm)).toThrow(/sysparm_display_value=true.*sysparm_display_value=all/);
  });

  it('is parsed as display strings when the caller says so', () => {
    const [record] = parsePayload(displayForm, { sysparmDisplayValue: 'true', object: 'incident' });
    expect(record).toMatchObject({
      object: 'incident',
      id: 'a9e30c7dc61122760116894de7bcc7bd',
      url: 'https://acme.service-now.com/incident.do?sys_id=a9e30c7dc61122760116894de7bcc7bd',
      fields: { state: 'New', assignment_group: 'Service Desk' },
      displayValues: { state: 'New', assignment_group: 'Service Desk' },
    });
  });

  it('does not take a display label such as "Incident" for a table name', () => {
    expect(() => parsePayload(displayForm, { sysparmDisplayValue: 'true' })).toThrow(/table is unknown/);
  });
});
