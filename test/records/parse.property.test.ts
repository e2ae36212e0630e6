import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UnknownPayloadError, normalizedRecordSchema } from '../../lib/records/model';
import { parsePayload } from '../../lib/records/parse';

/** Either valid records or an UnknownPayloadError; anything else (TypeError, ZodError, …) is a bug. */
function assertTotal(json: unknown, options?: Parameters<typeof parsePayload>[1]): void {
  let records;
  try {
    records = parsePayload(json, options);
  } catch (error) {
    if (error instanceof UnknownPayloadError) return;
    throw error;
  }
  for (const record of records) normalizedRecordSchema.parse(record);
}

/** Keys the parsers look at, plus `__proto__`, so random objects often hit the interesting paths. */
const KEYS = [
  '__proto__', 'id', 'Id', 'key', 'self', 'fields', 'names', 'value', 'displayValue', 'display_value', 'link', 'apiName',
  'attributes', 'type', 'url', 'records', 'totalSize', 'done', 'result', 'sys_id', 'sys_class_name', 'ticket', 'tickets',
  'results', 'result_type', 'custom_fields', 'properties', 'objectTypeId', 'objectId', 'portalId', 'versions',
  'requestType', 'name', 'issues', 'objectInfos', 'layouts', 'dataType', 'label', '0', '1',
];

/** JSON as JSON.parse builds it: `__proto__` becomes an own key, not a prototype. */
const { vocabularyJson } = fc.letrec<{ vocabularyJson: unknown }>((tie) => ({
  vocabularyJson: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, 1, -5, '', 'ticket', 'incident', '0-1', '2-99', 'https://x.zendesk.com/api/v2/tickets/1.json'),
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.array(tie('vocabularyJson'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('vocabularyJson')), { maxLength: 6 })
      .map((entries) => Object.fromEntries(entries)),
  ),
}));

/** Random JSON almost never looks like a payload, so also wrap it in each app's envelope to reach the parsers. */
const enveloped = fc.oneof(fc.jsonValue(), vocabularyJson).chain((inner) =>
  fc.constantFrom<unknown>(
    { result: inner },
    { result: [inner] },
    { ticket: inner },
    { tickets: [inner] },
    { results: [inner] },
    { results: [{ result_type: 'ticket', ...(typeof inner === 'object' ? inner : { id: inner }) }] },
    { issues: [inner], names: inner },
    { key: 'A-1', self: inner, fields: { x: inner, customfield_1: { requestType: inner } }, names: { customfield_1: 'Request Type' } },
    { totalSize: 1, done: true, records: [{ attributes: { type: 'Account', url: inner }, Nested: { attributes: inner, records: inner } }] },
    { apiName: 'Opportunity', id: 'x', fields: { A: { value: inner, displayValue: null } } },
    { records: { x: inner }, objectInfos: inner },
    { id: '1', properties: inner },
    { '1': { objectTypeId: '0-1', objectId: 1, properties: inner } },
    [inner],
  ),
);

describe('parsePayload on arbitrary JSON', () => {
  it('returns valid records or throws UnknownPayloadError on payload-like JSON', () => {
    fc.assert(fc.property(vocabularyJson, (json) => assertTotal(json)), { numRuns: 3000 });
  });

  it('returns valid records or throws UnknownPayloadError', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => assertTotal(json)), { numRuns: 500 });
  });

  it('does the same inside every known envelope', () => {
    fc.assert(fc.property(enveloped, (json) => assertTotal(json)), { numRuns: 1000 });
  });

  it('does the same with options', () => {
    const options = fc.record(
      {
        app: fc.constantFrom('salesforce', 'servicenow', 'jira', 'zendesk', 'hubspot') as fc.Arbitrary<'salesforce'>,
        object: fc.string(),
        origin: fc.string(),
        objectInfo: fc.jsonValue(),
        sysparmDisplayValue: fc.constantFrom('false', 'true', 'all') as fc.Arbitrary<'all'>,
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(enveloped, options, (json, opts) => assertTotal(json, opts)), { numRuns: 500 });
  });

  it('is a sanity check: the envelopes do produce records sometimes', () => {
    expect(parsePayload({ ticket: { id: 1 } })).toHaveLength(1);
  });
});
