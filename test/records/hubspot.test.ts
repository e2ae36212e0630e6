import { describe, expect, it } from 'vitest';
import { UnknownPayloadError } from '../../lib/records/model';
import { parsePayload } from '../../lib/records/parse';
import { loadSample, loadSampleObject, without } from './load';

const DEAL = 'hubspot-crm-v3-deal.ILLUSTRATIVE.json';
const BATCH = 'hubspot-internal-inbounddb-objects-batch.SHAPE.json';

const v3 = (id: string, properties: Record<string, string | null>) => ({ id, properties, createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-20T10:00:00Z', archived: false });

describe('HubSpot CRM v3 object', () => {
  const [record] = parsePayload(loadSample(DEAL));

  it('infers a deal, takes the id, and keeps property strings as they are', () => {
    expect(record).toMatchObject({ app: 'hubspot', object: 'deal', id: '87654321098' });
    expect(record?.fields).toEqual({
      amount: '1500.00',
      closedate: '2019-12-07T16:50:06.678Z',
      createdate: '2019-10-30T03:30:17.883Z',
      dealname: 'New deal',
      dealstage: 'contractsent',
      pipeline: 'default',
      hubspot_owner_id: '910901',
      hs_lastmodifieddate: '2019-12-07T16:50:06.678Z',
      hs_object_id: '87654321098',
    });
  });

  it('has no URL, because v3 does not carry the portal id', () => {
    expect(record?.url).toBeUndefined();
  });

  it('infers each standard object from its properties', () => {
    const records = parsePayload({
      results: [
        v3('1', { subject: 'Printer', hs_pipeline_stage: '1', content: null }),
        v3('2', { domain: 'acme.example', name: 'Acme' }),
        v3('3', { name: 'Globex' }),
        v3('4', { email: 'a@b.example', firstname: 'A', lastname: 'B' }),
        v3('5', { firstname: 'Only' }),
        v3('6', { dealstage: 'closedwon' }),
      ],
    });
    expect(records.map((r) => r.object)).toEqual(['ticket', 'company', 'company', 'contact', 'contact', 'deal']);
  });

  it('asks for --object when the properties do not reveal the type', () => {
    expect(() => parsePayload(v3('7', { hs_object_id: '7' }))).toThrow(UnknownPayloadError);
    expect(() => parsePayload(v3('7', { hs_object_id: '7' }))).toThrow(/record 7.*--object/);
    expect(parsePayload(v3('7', { hs_object_id: '7' }), { object: 'company' })[0]?.object).toBe('company');
  });

  it('rejects an object option HubSpot does not have', () => {
    expect(() => parsePayload(loadSample(DEAL), { object: 'deals' })).toThrow(/"deals".*deal, contact, company, ticket/);
  });

  it('rejects a property that is not a string or null', () => {
    expect(() => parsePayload(v3('8', { dealname: { nested: true } as unknown as string }))).toThrow(/properties\.dealname: expected a string or null/);
  });

  it('rejects a v3 object without id', () => {
    expect(() => parsePayload(without(loadSampleObject(DEAL), 'id'))).toThrow(/HubSpot CRM v3 object.*id is missing/);
  });

  it('returns no records for empty results', () => {
    expect(parsePayload({ results: [] })).toEqual([]);
  });
});

describe("HubSpot record page's internal batch response", () => {
  const [record] = parsePayload(loadSample(BATCH));

  it('takes the object from objectTypeId and property values from {value}', () => {
    expect(record).toMatchObject({ app: 'hubspot', object: 'contact', id: '9101', fields: { firstname: 'Fixture' } });
  });

  it('builds the record page URL from portal and object type', () => {
    expect(record?.url).toBe('/contacts/12345678/record/0-1/9101');
    const [absolute] = parsePayload(loadSample(BATCH), { origin: 'https://app-eu1.hubspot.com' });
    expect(absolute?.url).toBe('https://app-eu1.hubspot.com/contacts/12345678/record/0-1/9101');
  });

  it('maps every standard object type id and reads version-only properties', () => {
    const records = parsePayload({
      '11': { objectTypeId: '0-2', objectId: 11, portalId: 1, properties: { name: { value: 'Acme' } } },
      '12': { objectTypeId: '0-3', objectId: 12, portalId: 1, properties: { dealstage: { versions: [{ value: 'closedwon' }, { value: 'contractsent' }] } } },
      '13': { objectTypeId: '0-5', objectId: 13, properties: { subject: { value: null } } },
    });
    expect(records.map((r) => [r.object, r.id])).toEqual([
      ['company', '11'],
      ['deal', '12'],
      ['ticket', '13'],
    ]);
    expect(records[1]?.fields.dealstage).toBe('closedwon');
    expect(records[2]?.url).toBeUndefined();
  });

  it('needs --object for a custom object type', () => {
    const custom = { '21': { objectTypeId: '2-1234567', objectId: 21, portalId: 1, properties: {} } };
    expect(() => parsePayload(custom)).toThrow(/2-1234567.*not a standard object/);
    expect(parsePayload(custom, { object: 'deal' })[0]?.object).toBe('deal');
  });

  it('rejects an entry without properties', () => {
    expect(() => parsePayload({ '9101': { objectTypeId: '0-1', objectId: 9101 } })).toThrow(/9101\.properties is missing/);
  });
});
