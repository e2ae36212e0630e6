import { describe, expect, it } from 'vitest';
import { UnknownPayloadError } from '../../lib/records/model';
import { parseSalesforcePayload, salesforceLabelsFromObjectInfo } from '../../lib/records/parsers/salesforce';
import { parsePayload } from '../../lib/records/parse';
import { loadSample, loadSampleObject, without } from './load';

const RECORD = 'salesforce-uiapi-record-opportunity.json';
const OBJECT_INFO = 'salesforce-uiapi-object-info-opportunity-trimmed.json';
const PICKLISTS = 'salesforce-uiapi-picklist-values-opportunity-master.json';

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('Salesforce UI API record (real LDS fixture)', () => {
  const record = only(parsePayload(loadSample(RECORD)));

  it('takes app, object, id and a path-only URL from the record', () => {
    expect(record).toMatchObject({ app: 'salesforce', object: 'Opportunity', id: '006xx000001aAskAAE' });
    expect(record.url).toBe('/lightning/r/Opportunity/006xx000001aAskAAE/view');
  });

  it('stores raw values, not display values', () => {
    expect(record.fields.Amount).toBe(235000);
    expect(record.fields.CloseDate).toBe('2019-07-22');
    expect(record.fields.StageName).toBe('Closed Won');
    expect(record.fields.NextStep).toBeNull();
    expect(record.fields.IsPrivate).toBe(false);
    expect(record.fields.AccountId).toBe('001xx000003GgW7AAK');
  });

  it('turns lookup records into nested plain objects so Account.Name works', () => {
    expect(record.fields.Account).toEqual({ Id: '001xx000003GgW7AAK', Name: 'Burlington Textiles Corp of America' });
    // The fixture's Owner lookup has apiName "Name" (a polymorphic owner); its fields still read the same way.
    expect(record.fields.Owner).toEqual({ Id: '005xx000001XFXZAA4', Name: 'User User' });
    expect(record.fields.Campaign).toBeNull();
  });

  it('keeps non-null display values only', () => {
    expect(record.displayValues).toMatchObject({
      Amount: '$235,000.00',
      CloseDate: '7/22/2019',
      Account: 'Burlington Textiles Corp of America',
      StageName: 'Closed Won',
    });
    expect(record.displayValues).not.toHaveProperty('Name');
    expect(record.displayValues).not.toHaveProperty('Probability');
  });

  it('has no labels unless object-info or labels are supplied', () => {
    expect(record.labels).toEqual({});
    const labelled = only(parsePayload(loadSample(RECORD), { objectInfo: loadSample(OBJECT_INFO) }));
    expect(labelled.labels).toMatchObject({ StageName: 'Stage', Probability: 'Probability (%)', CloseDate: 'Close Date' });
  });

  it('lets explicit labels win over object-info labels', () => {
    const labelled = only(parsePayload(loadSample(RECORD), { objectInfo: loadSample(OBJECT_INFO), labels: { StageName: 'Sales stage' } }));
    expect(labelled.labels.StageName).toBe('Sales stage');
    expect(labelled.labels.Amount).toBe('Amount');
  });

  it('says when the objectInfo option is not an object-info', () => {
    expect(() => parsePayload(loadSample(RECORD), { objectInfo: { fields: [] } })).toThrow(/^the objectInfo option: this looks like a Salesforce UI API object-info, but it does not fit: apiName is missing/);
  });

  it('ignores an object-info for another object', () => {
    const leadInfo = { ...loadSampleObject(OBJECT_INFO), apiName: 'Lead' };
    expect(only(parsePayload(loadSample(RECORD), { objectInfo: leadInfo })).labels).toEqual({});
  });

  it('builds an absolute URL from the origin option', () => {
    const withOrigin = only(parsePayload(loadSample(RECORD), { origin: 'https://acme.lightning.force.com/' }));
    expect(withOrigin.url).toBe('https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001aAskAAE/view');
  });

  it('rejects a record without id, naming the missing key', () => {
    const withoutId = without(loadSampleObject(RECORD), 'id');
    expect(() => parsePayload(withoutId)).toThrow(UnknownPayloadError);
    expect(() => parsePayload(withoutId)).toThrow(/Salesforce UI API record.*id is missing/);
  });

  it('rejects a field that is not {value, displayValue}', () => {
    const broken = loadSampleObject(RECORD);
    broken.fields = { ...(broken.fields as object), Amount: 235000 };
    expect(() => parsePayload(broken)).toThrow(/fields\.Amount/);
  });
});

describe('Salesforce /ui-api/record-ui envelope', () => {
  const record = loadSampleObject(RECORD);
  const envelope = {
    layouts: { Opportunity: {} },
    objectInfos: { Opportunity: loadSample(OBJECT_INFO) },
    records: { [record.id as string]: record },
  };

  it('parses each record and takes labels from objectInfos', () => {
    const parsed = only(parsePayload(envelope));
    expect(parsed.id).toBe('006xx000001aAskAAE');
    expect(parsed.labels).toMatchObject({ StageName: 'Stage', AccountId: 'Account ID', ForecastCategoryName: 'Forecast Category' });
    expect(parsed.fields.Account).toMatchObject({ Name: 'Burlington Textiles Corp of America' });
  });

  it('works without objectInfos for the record type', () => {
    const parsed = only(parsePayload({ ...envelope, objectInfos: {} }));
    expect(parsed.labels).toEqual({});
  });
});

describe('Salesforce SOQL query results and sObject records', () => {
  const query = {
    totalSize: 2,
    done: true,
    records: [
      {
        attributes: { type: 'Opportunity', url: '/services/data/v66.0/sobjects/Opportunity/006Hs00001Kq7XzIAJ' },
        Id: '006Hs00001Kq7XzIAJ',
        Name: 'Northwind - Fleet',
        Amount: 48000,
        Account: { attributes: { type: 'Account', url: '/services/data/v66.0/sobjects/Account/001Hs00001aTnW2IAK' }, Name: 'Northwind', Owner: { attributes: { type: 'User' }, Name: 'Priya' } },
        Campaign: null,
        OpportunityLineItems: {
          totalSize: 1,
          done: true,
          records: [{ attributes: { type: 'OpportunityLineItem', url: '/x' }, Quantity: 3 }],
        },
      },
      {
        // Id not selected: the record is still identified through attributes.url.
        attributes: { type: 'Opportunity', url: '/services/data/v66.0/sobjects/Opportunity/006Hs00001Kq7YAIAZ' },
        Name: 'Globex',
      },
    ],
  };

  it('takes object from attributes.type and id from Id', () => {
    const [first, second] = parsePayload(query);
    expect(first).toMatchObject({ app: 'salesforce', object: 'Opportunity', id: '006Hs00001Kq7XzIAJ', url: '/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view' });
    expect(second?.id).toBe('006Hs00001Kq7YAIAZ');
  });

  it('strips attributes at every level and keeps relationships nested', () => {
    const [first] = parsePayload(query);
    expect(first?.fields).toEqual({
      Id: '006Hs00001Kq7XzIAJ',
      Name: 'Northwind - Fleet',
      Amount: 48000,
      Account: { Name: 'Northwind', Owner: { Name: 'Priya' } },
      Campaign: null,
      OpportunityLineItems: [{ Quantity: 3 }],
    });
    expect(first?.displayValues).toBeUndefined();
  });

  it('accepts a single sObject REST record', () => {
    const parsed = only(parsePayload({ attributes: { type: 'Lead', url: '/services/data/v66.0/sobjects/Lead/00QHs00000mPq3aMAC' }, Id: '00QHs00000mPq3aMAC', Company: 'N/A' }));
    expect(parsed).toMatchObject({ object: 'Lead', id: '00QHs00000mPq3aMAC', fields: { Id: '00QHs00000mPq3aMAC', Company: 'N/A' } });
  });

  it('applies object-info labels to query records of the same object', () => {
    const [first] = parsePayload(query, { objectInfo: loadSample(OBJECT_INFO) });
    expect(first?.labels.StageName).toBe('Stage');
  });

  it('rejects a query record with neither Id nor attributes.url', () => {
    const bad = { totalSize: 1, done: true, records: [{ attributes: { type: 'Opportunity' }, Name: 'x' }] };
    expect(() => parsePayload(bad)).toThrow(/records\.0 has no Id/);
  });

  it('rejects a query record without attributes.type', () => {
    const bad = { totalSize: 1, done: true, records: [{ Id: '006Hs00001Kq7XzIAJ' }] };
    expect(() => parsePayload(bad)).toThrow(/SOQL query result.*records\.0\.attributes is missing/);
  });

  it('returns no records for an empty query result', () => {
    expect(parsePayload({ totalSize: 0, done: true, records: [] })).toEqual([]);
  });
});

describe('Salesforce metadata payloads', () => {
  it('explains that object-info is metadata, not a record', () => {
    expect(() => parseSalesforcePayload(loadSample(OBJECT_INFO))).toThrow(/object-info.*not a record/);
  });

  it('explains that picklist values are metadata, not a record', () => {
    expect(() => parsePayload(loadSample(PICKLISTS))).toThrow(/picklist-values.*not a record/);
  });

  it('reads labels from a bare object-info', () => {
    expect(salesforceLabelsFromObjectInfo(loadSample(OBJECT_INFO))).toEqual({
      StageName: 'Stage',
      Probability: 'Probability (%)',
      Amount: 'Amount',
      CloseDate: 'Close Date',
      ForecastCategoryName: 'Forecast Category',
      AccountId: 'Account ID',
    });
    expect(() => salesforceLabelsFromObjectInfo({ fields: {} })).toThrow(UnknownPayloadError);
  });
});
