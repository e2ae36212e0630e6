/**
 * Salesforce payloads: UI API records (`/ui-api/records/{id}`), the `/ui-api/record-ui/{id}` envelope, SOQL
 * query results (`/query?q=`) and single sObject REST records (`/sobjects/{SObject}/{id}`).
 */
import { z } from 'zod';
import { UnknownPayloadError, type NormalizedRecord } from '../model';
import { isPlainObject, type JsonObject } from '../json';
import type { ParseOptions } from '../options';
import { makeRecord } from '../record';
import { salesforceRecordUrl } from '../urls';
import { validatePayload } from '../validate';

const uiFieldSchema = z.looseObject({
  value: z.unknown(),
  displayValue: z.string().nullable().optional(),
});

const uiRecordSchema = z.looseObject({
  apiName: z.string().min(1),
  id: z.string().min(1),
  fields: z.record(z.string(), uiFieldSchema),
});
type UiRecord = z.output<typeof uiRecordSchema>;

const objectInfoSchema = z.looseObject({
  apiName: z.string().min(1),
  fields: z.record(z.string(), z.looseObject({ label: z.string().optional() })),
});

const recordUiSchema = z.looseObject({
  records: z.record(z.string(), uiRecordSchema),
  objectInfos: z.record(z.string(), objectInfoSchema).optional(),
});

const sobjectSchema = z.looseObject({
  attributes: z.looseObject({ type: z.string().min(1), url: z.string().optional() }),
  Id: z.string().min(1).optional(),
});
type SObject = z.output<typeof sobjectSchema>;

const queryResultSchema = z.looseObject({
  totalSize: z.number().optional(),
  done: z.boolean().optional(),
  records: z.array(sobjectSchema),
});

const looksLikeUiRecord = (json: JsonObject) => typeof json.apiName === 'string' && isPlainObject(json.fields);
const looksLikeRecordUi = (json: JsonObject) =>
  isPlainObject(json.records) && (isPlainObject(json.objectInfos) || isPlainObject(json.layouts));
const looksLikeQueryResult = (json: JsonObject) => Array.isArray(json.records) && ('totalSize' in json || 'done' in json);
const looksLikeSObject = (json: JsonObject) => isPlainObject(json.attributes) && typeof json.attributes.type === 'string';
const looksLikePicklistValues = (json: JsonObject) => isPlainObject(json.picklistFieldValues);

/** Object-info shares `apiName` + `fields` with a record; its fields carry metadata (`dataType`) instead of values. */
function looksLikeObjectInfo(json: JsonObject): boolean {
  if (!looksLikeUiRecord(json) || 'id' in json) return false;
  return Object.values(json.fields as JsonObject).some((field) => isPlainObject(field) && 'dataType' in field && !('value' in field));
}

export function isSalesforcePayload(json: unknown): boolean {
  if (!isPlainObject(json)) return false;
  return (
    looksLikeUiRecord(json) ||
    looksLikeRecordUi(json) ||
    looksLikeQueryResult(json) ||
    looksLikeSObject(json) ||
    looksLikePicklistValues(json)
  );
}

export function parseSalesforcePayload(json: unknown, options: ParseOptions = {}): NormalizedRecord[] {
  if (!isPlainObject(json)) throw new UnknownPayloadError('a Salesforce payload must be a JSON object');
  const extraLabels = options.objectInfo === undefined ? undefined : objectInfoOption(options.objectInfo);

  if (looksLikeObjectInfo(json)) {
    throw new UnknownPayloadError(
      'this is a Salesforce UI API object-info (field metadata), not a record; pass it as the objectInfo option to supply labels',
    );
  }
  if (looksLikePicklistValues(json)) {
    throw new UnknownPayloadError('this is a Salesforce UI API picklist-values response (metadata), not a record');
  }
  if (looksLikeRecordUi(json)) {
    const envelope = validatePayload(recordUiSchema, json, 'a Salesforce UI API record-ui response');
    return Object.values(envelope.records).map((record) => {
      const info = envelope.objectInfos?.[record.apiName];
      const labels = { ...(info ? labelsOf(info) : {}), ...labelsFor(record.apiName, extraLabels) };
      return fromUiRecord(record, labels, options);
    });
  }
  if (looksLikeUiRecord(json)) {
    const record = validatePayload(uiRecordSchema, json, 'a Salesforce UI API record');
    return [fromUiRecord(record, labelsFor(record.apiName, extraLabels), options)];
  }
  if (looksLikeQueryResult(json)) {
    const result = validatePayload(queryResultSchema, json, 'a Salesforce SOQL query result');
    return result.records.map((record, index) => fromSObject(record, `records.${index}`, extraLabels, options));
  }
  if (looksLikeSObject(json)) {
    const record = validatePayload(sobjectSchema, json, 'a Salesforce sObject REST record');
    return [fromSObject(record, 'the record', extraLabels, options)];
  }
  throw new UnknownPayloadError(
    'not a Salesforce payload FieldGuard knows: expected a UI API record, a record-ui response, a SOQL query result or an sObject record',
  );
}

/** Field labels from a bare UI API object-info, e.g. to pass as `labels` when parsing records of that object. */
export function salesforceLabelsFromObjectInfo(objectInfo: unknown): Record<string, string> {
  return objectInfoLabels(objectInfo).labels;
}

interface ObjectLabels {
  apiName: string;
  labels: Record<string, string>;
}

function objectInfoLabels(objectInfo: unknown): ObjectLabels {
  const info = validatePayload(objectInfoSchema, objectInfo, 'a Salesforce UI API object-info');
  return { apiName: info.apiName, labels: labelsOf(info) };
}

function objectInfoOption(objectInfo: unknown): ObjectLabels {
  try {
    return objectInfoLabels(objectInfo);
  } catch (error) {
    if (error instanceof UnknownPayloadError) throw new UnknownPayloadError(`the objectInfo option: ${error.message}`);
    throw error;
  }
}

function labelsOf(info: z.output<typeof objectInfoSchema>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(info.fields).flatMap(([name, field]) => (field.label === undefined ? [] : [[name, field.label]])),
  );
}

/** An object-info describes one object; applying Opportunity labels to Lead records would mislabel them. */
function labelsFor(object: string, extra: ObjectLabels | undefined): Record<string, string> {
  return extra && extra.apiName === object ? extra.labels : {};
}

function fromUiRecord(record: UiRecord, labels: Record<string, string>, options: ParseOptions): NormalizedRecord {
  const displayValues = Object.fromEntries(
    Object.entries(record.fields).flatMap(([name, field]) => (typeof field.displayValue === 'string' ? [[name, field.displayValue]] : [])),
  );
  return makeRecord(
    {
      app: 'salesforce',
      object: record.apiName,
      id: record.id,
      url: salesforceRecordUrl(record.apiName, record.id, options.origin),
      fields: uiFieldValues(record.fields),
      labels,
      displayValues,
    },
    options,
  );
}

/** Lookups (`Account`, `Owner`) arrive as whole nested records; rules want `Account.Name`, not `Account.fields.Name.value`. */
function uiFieldValues(fields: UiRecord['fields']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, plainUiValue(field.value)]));
}

const nestedUiRecordSchema = z.looseObject({ apiName: z.string(), fields: z.record(z.string(), uiFieldSchema) });

function plainUiValue(value: unknown): unknown {
  const nested = nestedUiRecordSchema.safeParse(value);
  return nested.success ? uiFieldValues(nested.data.fields) : value;
}

function fromSObject(record: SObject, where: string, extra: ObjectLabels | undefined, options: ParseOptions): NormalizedRecord {
  const object = record.attributes.type;
  const id = record.Id ?? idFromSObjectUrl(record.attributes.url);
  if (id === undefined) {
    throw new UnknownPayloadError(
      `Salesforce ${object} record at ${where} has no Id (and no attributes.url to take it from); add Id to the query's SELECT list`,
    );
  }
  const fields = plainSObject(record);
  return makeRecord(
    {
      app: 'salesforce',
      object,
      id,
      url: salesforceRecordUrl(object, id, options.origin),
      fields: isPlainObject(fields) ? fields : {},
      labels: labelsFor(object, extra),
    },
    options,
  );
}

/** `attributes.url` is `/services/data/vNN.0/sobjects/{Type}/{Id}`, so it still names a record whose Id was not selected. */
function idFromSObjectUrl(url: string | undefined): string | undefined {
  const last = url?.split('/').filter(Boolean).pop();
  return last && /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(last) ? last : undefined;
}

const isChildQueryResult = (value: JsonObject) =>
  Array.isArray(value.records) && typeof value.totalSize === 'number' && typeof value.done === 'boolean';

/**
 * Drops REST `attributes` at every level so a relationship reads like the record it is. A child-relationship
 * subquery (`Contacts: {totalSize, done, records}`) becomes its records array, so array operators can reach it.
 */
function plainSObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainSObject);
  if (!isPlainObject(value)) return value;
  if (isChildQueryResult(value)) return (value.records as unknown[]).map(plainSObject);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, nested]) => !(key === 'attributes' && isPlainObject(nested)))
      .map(([key, nested]) => [key, plainSObject(nested)]),
  );
}
