import { describe, expect, it } from 'vitest';
import { APPS, UnknownPayloadError, type App } from '../../lib/records/model';
import { detectPayloadApp, parsePayload } from '../../lib/records/parse';
import { isSalesforcePayload } from '../../lib/records/parsers/salesforce';
import { isServiceNowPayload } from '../../lib/records/parsers/servicenow';
import { isJiraPayload } from '../../lib/records/parsers/jira';
import { isZendeskPayload } from '../../lib/records/parsers/zendesk';
import { isHubSpotPayload } from '../../lib/records/parsers/hubspot';
import { SAMPLE_FILES, loadSample, loadSampleObject } from './load';

const RECOGNISERS: Record<App, (json: unknown) => boolean> = {
  salesforce: isSalesforcePayload,
  servicenow: isServiceNowPayload,
  jira: isJiraPayload,
  zendesk: isZendeskPayload,
  hubspot: isHubSpotPayload,
};

const appOfSample = (name: string) => APPS.find((app) => name.startsWith(app));

describe('detectPayloadApp', () => {
  it.each(SAMPLE_FILES)('detects %s as its own app and no other', (name) => {
    const json = loadSample(name);
    const expected = appOfSample(name);
    expect(expected).toBeDefined();
    expect(detectPayloadApp(json)).toBe(expected);
    const matching = APPS.filter((app) => RECOGNISERS[app](json));
    expect(matching).toEqual([expected]);
  });

  it('covers every sample file', () => {
    expect(SAMPLE_FILES.length).toBeGreaterThanOrEqual(10);
  });

  it.each([{}, [], { foo: 1 }, 42, 'text', null, true, { records: 'x' }, { Id: '006Hs00001Kq7XzIAJ', Name: 'flat row' }])(
    'returns null for %j',
    (json) => {
      expect(detectPayloadApp(json)).toBeNull();
    },
  );

  it('detects an array whose items are all of one app', () => {
    expect(detectPayloadApp([loadSample('zendesk-ticket-show-official-example.json'), { ticket: { id: 1 } }])).toBe('zendesk');
    expect(detectPayloadApp([loadSample('zendesk-ticket-show-official-example.json'), loadSample('hubspot-crm-v3-deal.ILLUSTRATIVE.json')])).toBeNull();
    expect(detectPayloadApp([{ ticket: { id: 1 } }, { foo: 1 }])).toBeNull();
  });
});

describe('parsePayload with unknown payloads', () => {
  const expected = /^not a record payload FieldGuard knows: expected a Salesforce UI API record or query result, a ServiceNow Table API result, a Jira issue, a Zendesk ticket, or a HubSpot object; got /;

  it.each([
    [{}, 'an empty object'],
    [[], 'an empty array'],
    [{ foo: 1 }, 'an object with keys foo'],
    [{ a: 1, b: 2, c: 3 }, 'an object with keys a, b, c'],
    [42, 'a number'],
    ['{"ticket":{}}', 'a string'],
    [null, 'null'],
  ])('%j gives UnknownPayloadError naming what it got', (json, got) => {
    let thrown: unknown;
    try {
      parsePayload(json);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownPayloadError);
    expect((thrown as Error).name).toBe('UnknownPayloadError');
    expect((thrown as Error).message).toMatch(expected);
    expect((thrown as Error).message.endsWith(`got ${got}`)).toBe(true);
  });

  it('lists at most a dozen keys of a big object', () => {
    const big = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    expect(() => parsePayload(big)).toThrow(/k11, … \(40 keys\)$/);
  });

  it('says what is wrong with a Salesforce-looking object missing id', () => {
    const record = loadSampleObject('salesforce-uiapi-record-opportunity.json');
    delete record.id;
    expect(() => parsePayload(record)).toThrow(UnknownPayloadError);
    expect(() => parsePayload(record)).toThrow('this looks like a Salesforce UI API record, but it does not fit: id is missing');
  });

  it('never returns a half-filled record when one record of a list is broken', () => {
    const result = loadSampleObject('servicenow-table-api-incident-get-default-values.json').result;
    expect(() => parsePayload({ result: [result, { ...(result as object), sys_id: 42 }] })).toThrow(/result\[1\].*sys_id: expected string/);
  });
});

describe('parsePayload with arrays and options', () => {
  const zendesk = loadSample('zendesk-ticket-show-official-example.json');
  const salesforce = loadSample('salesforce-uiapi-record-opportunity.json');

  it('parses a top-level array of single-record payloads, apps mixed', () => {
    const records = parsePayload([zendesk, salesforce]);
    expect(records.map((r) => [r.app, r.id])).toEqual([
      ['zendesk', '35436'],
      ['salesforce', '006xx000001aAskAAE'],
    ]);
  });

  it('says which array item is not a payload', () => {
    expect(() => parsePayload([zendesk, { foo: 1 }])).toThrow(/^item 2 of the array: not a record payload FieldGuard knows/);
    expect(() => parsePayload([zendesk, [zendesk]])).toThrow(/item 2 of the array is itself an array/);
  });

  it('only accepts the given app', () => {
    expect(parsePayload(zendesk, { app: 'zendesk' })).toHaveLength(1);
    expect(() => parsePayload(zendesk, { app: 'salesforce' })).toThrow(/not a salesforce payload.*looks like a Zendesk ticket \(zendesk\)/);
    expect(() => parsePayload({ foo: 1 }, { app: 'jira' })).toThrow(/not a jira payload FieldGuard knows: expected a Jira issue; got an object with keys foo/);
  });

  it('accepts a CLI target ({app, object}) as options', () => {
    const target = { app: 'hubspot', object: 'deal' } as const;
    expect(parsePayload(loadSample('hubspot-crm-v3-deal.ILLUSTRATIVE.json'), target)[0]?.object).toBe('deal');
  });

  it('merges caller labels into every app', () => {
    for (const name of ['zendesk-ticket-show-official-example.json', 'jira-cloud-v3-get-issue-official-example.json', 'hubspot-crm-v3-deal.ILLUSTRATIVE.json']) {
      const [record] = parsePayload(loadSample(name), { labels: { status: 'State' } });
      expect(record?.labels.status).toBe('State');
    }
  });
});

describe('hostile field names', () => {
  it.each([
    '{"result":{"sys_id":"x","sys_class_name":"incident","__proto__":{"value":"y","link":"z"}}}',
    '{"result":{"sys_id":{"display_value":"x","value":"x"},"sys_class_name":{"display_value":"Incident","value":"incident"},"__proto__":{"display_value":"d","value":"v"}}}',
    '{"result":{"sys_id":{"display_value":"x","value":"x"},"sys_class_name":{"display_value":"I","value":"incident"},"__proto__":null}}',
    '{"result":{"sys_id":"x","sys_class_name":"incident","__proto__":null}}',
    '{"ticket":{"id":1,"__proto__":{"polluted":true}}}',
    '{"ticket":{"id":1,"__proto__":null}}',
    '{"totalSize":1,"done":true,"records":[{"attributes":{"type":"Lead","url":"/x/00QHs00000mPq3aMAC"},"__proto__":{"polluted":true}}]}',
    '{"key":"A-1","fields":{"__proto__":{"polluted":true}}}',
    '{"id":"1","properties":{"email":"a@b.example","__proto__":"x"}}',
  ])('%s parses without touching any prototype', (text) => {
    for (const record of parsePayload(JSON.parse(text))) {
      expect(Object.getPrototypeOf(record.fields)).toBe(Object.prototype);
      if (record.displayValues) expect(Object.getPrototypeOf(record.displayValues)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
