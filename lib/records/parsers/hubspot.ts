/**
 * HubSpot payloads: CRM v3 objects (`/crm/v3/objects/{type}/{id}`), their list, search and batch-read results
 * (`{results: [...]}`), and the record page's internal batch response
 * (`/api/inbounddb-objects/v1/crm-objects/{objectTypeId}/batch`), which is keyed by object id.
 */
import { z } from 'zod';
import { UnknownPayloadError, type NormalizedRecord } from '../model';
import { isPlainObject, type JsonObject } from '../json';
import type { ParseOptions } from '../options';
import { assertKnownObject } from '../objects';
import { makeRecord } from '../record';
import { hubspotRecordUrl } from '../urls';
import { validatePayload } from '../validate';

// v3 sends every property as a string or null; packs declare types and the engine coerces, so nothing is converted here.
const v3ObjectSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()], { error: 'expected a string or null' })),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  archived: z.boolean().optional(),
});
type V3Object = z.output<typeof v3ObjectSchema>;

const v3ResultsSchema = z.looseObject({ results: z.array(v3ObjectSchema) });

const internalPropertySchema = z.looseObject({
  value: z.unknown().optional(),
  versions: z.array(z.looseObject({ value: z.unknown().optional() })).optional(),
});
const internalObjectSchema = z.looseObject({
  objectTypeId: z.string().min(1),
  objectId: z.union([z.number(), z.string().min(1)]),
  portalId: z.union([z.number(), z.string().min(1)]).optional(),
  properties: z.record(z.string(), internalPropertySchema),
});
type InternalObject = z.output<typeof internalObjectSchema>;
const internalBatchSchema = z.record(z.string(), internalObjectSchema);

/** HubSpot's fixed object type ids; custom objects (`2-NNNN`) are not objects FieldGuard knows. */
const OBJECT_BY_TYPE_ID: Record<string, string> = { '0-1': 'contact', '0-2': 'company', '0-3': 'deal', '0-5': 'ticket' };

const looksLikeV3Object = (json: JsonObject) => isPlainObject(json.properties) && !isPlainObject(json.fields) && !('attributes' in json);
const looksLikeV3Results = (json: JsonObject) =>
  Array.isArray(json.results) &&
  (json.results.length === 0
    ? !('facets' in json)
    : json.results.some((item) => isPlainObject(item) && isPlainObject(item.properties) && !('result_type' in item)));
function looksLikeInternalBatch(json: JsonObject): boolean {
  const keys = Object.keys(json);
  return (
    keys.length > 0 &&
    keys.every((key) => /^\d+$/.test(key)) &&
    Object.values(json).some((value) => isPlainObject(value) && 'objectTypeId' in value)
  );
}

export function isHubSpotPayload(json: unknown): boolean {
  return isPlainObject(json) && (looksLikeV3Object(json) || looksLikeV3Results(json) || looksLikeInternalBatch(json));
}

export function parseHubSpotPayload(json: unknown, options: ParseOptions = {}): NormalizedRecord[] {
  if (!isPlainObject(json)) throw new UnknownPayloadError('a HubSpot payload must be a JSON object');
  if (options.object !== undefined) assertKnownObject('hubspot', options.object);
  if (looksLikeInternalBatch(json)) {
    const batch = validatePayload(internalBatchSchema, json, "a HubSpot record page's batch response (keyed by object id)");
    return Object.values(batch).map((entry) => fromInternalObject(entry, options));
  }
  if (Array.isArray(json.results)) {
    return validatePayload(v3ResultsSchema, json, 'HubSpot CRM v3 results').results.map((item) => fromV3Object(item, options));
  }
  return [fromV3Object(validatePayload(v3ObjectSchema, json, 'a HubSpot CRM v3 object'), options)];
}

function fromV3Object(item: V3Object, options: ParseOptions): NormalizedRecord {
  const id = String(item.id);
  const object = options.object ?? inferObject(item.properties);
  if (object === undefined) {
    throw new UnknownPayloadError(
      `cannot tell which HubSpot object record ${id} is from its properties (${Object.keys(item.properties).slice(0, 8).join(', ') || 'none'}); ` +
        `pass it with --object (deal, contact, company or ticket)`,
    );
  }
  // v3 responses do not carry the portal id, so no record page URL can be built.
  return makeRecord({ app: 'hubspot', object, id, fields: { ...item.properties } }, options);
}

/** v3 objects do not name their type; each standard object has properties no other one has. */
function inferObject(properties: Record<string, unknown>): string | undefined {
  const has = (name: string) => Object.hasOwn(properties, name);
  if (has('dealname') || has('dealstage')) return 'deal';
  if (has('subject') && has('hs_pipeline_stage')) return 'ticket';
  if (has('domain') || (has('name') && !has('email'))) return 'company';
  if (has('email') || has('firstname') || has('lastname')) return 'contact';
  return undefined;
}

function fromInternalObject(entry: InternalObject, options: ParseOptions): NormalizedRecord {
  const id = String(entry.objectId);
  const object = OBJECT_BY_TYPE_ID[entry.objectTypeId] ?? options.object;
  if (object === undefined) {
    throw new UnknownPayloadError(
      `HubSpot record ${id} has objectTypeId ${entry.objectTypeId}, which is not a standard object (0-1 contact, 0-2 company, 0-3 deal, 0-5 ticket); pass --object to lint it as one`,
    );
  }
  const fields = Object.fromEntries(
    Object.entries(entry.properties).map(([name, property]) => [
      name,
      // Some responses carry only the version history; its first entry is the current value.
      property.value !== undefined ? property.value : (property.versions?.[0]?.value ?? null),
    ]),
  );
  const url = entry.portalId === undefined ? undefined : hubspotRecordUrl(String(entry.portalId), entry.objectTypeId, id, options.origin);
  return makeRecord({ app: 'hubspot', object, id, url, fields }, options);
}
