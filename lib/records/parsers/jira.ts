/**
 * Jira Cloud REST v3 payloads: one issue (`GET /rest/api/3/issue/{key}`) or search results
 * (`/rest/api/3/search[/jql]`), ideally fetched with `expand=names` so fields get their labels.
 */
import { z } from 'zod';
import { UnknownPayloadError, type NormalizedRecord } from '../model';
import { isPlainObject, originOf, type JsonObject } from '../json';
import type { ParseOptions } from '../options';
import { assertKnownObject } from '../objects';
import { makeRecord } from '../record';
import { jiraIssueUrl } from '../urls';
import { validatePayload } from '../validate';

const namesSchema = z.record(z.string(), z.string());

const issueSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  key: z.string().min(1),
  self: z.string().optional(),
  fields: z.record(z.string(), z.unknown()),
  names: namesSchema.optional(),
});
type Issue = z.output<typeof issueSchema>;

const searchSchema = z.looseObject({
  issues: z.array(issueSchema),
  names: namesSchema.optional(),
});

const REST_RESOURCE = /\/rest\/(?:api|servicedeskapi|agile)\//;
const isRestUrl = (value: unknown) => typeof value === 'string' && REST_RESOURCE.test(value);
const looksLikeIssue = (json: JsonObject) =>
  isPlainObject(json.fields) && !('apiName' in json) && (typeof json.key === 'string' || isRestUrl(json.self));
const looksLikeSearch = (json: JsonObject) => Array.isArray(json.issues);
// Other Jira resources (statuses, projects) are recognised only to say they are not issues; a flat row with a
// `key` column is not one of them.
const looksLikeRestResource = (json: JsonObject) =>
  isRestUrl(json.self) && !('key' in json) && !('fields' in json);

export function isJiraPayload(json: unknown): boolean {
  return isPlainObject(json) && (looksLikeIssue(json) || looksLikeSearch(json) || looksLikeRestResource(json));
}

export function parseJiraPayload(json: unknown, options: ParseOptions = {}): NormalizedRecord[] {
  if (!isPlainObject(json)) throw new UnknownPayloadError('a Jira payload must be a JSON object');
  if (looksLikeSearch(json)) {
    const search = validatePayload(searchSchema, json, 'Jira search results');
    return search.issues.map((issue) => fromIssue(issue, search.names, options));
  }
  if (looksLikeRestResource(json)) {
    throw new UnknownPayloadError(
      `this is a Jira REST resource (${String(json.self)}) but not an issue; expected {id, key, self, fields} from /rest/api/3/issue/{key}`,
    );
  }
  return [fromIssue(validatePayload(issueSchema, json, 'a Jira issue'), undefined, options)];
}

function fromIssue(issue: Issue, searchNames: Record<string, string> | undefined, options: ParseOptions): NormalizedRecord {
  const labels = { ...searchNames, ...issue.names };
  const fields: Record<string, unknown> = { ...issue.fields };
  const requestType = findRequestType(issue.fields, labels);
  // Request type custom field ids differ per site (often customfield_10010). Exposing the type's name as
  // `requestType` lets packs write {"var":"requestType"} without knowing the site's field id.
  if (requestType?.name !== undefined && !Object.hasOwn(fields, 'requestType')) {
    fields.requestType = requestType.name;
    labels.requestType ??= 'Request Type';
  }
  let object = requestType ? 'request' : 'issue';
  if (options.object !== undefined) {
    assertKnownObject('jira', options.object);
    object = options.object;
  }
  return makeRecord(
    {
      app: 'jira',
      object,
      id: issue.key,
      url: jiraIssueUrl(issue.key, options.origin ?? originOf(issue.self)),
      fields,
      labels,
    },
    options,
  );
}

const REQUEST_TYPE_LABELS = new Set(['request type', 'customer request type']);

interface RequestType {
  fieldId: string;
  name?: string;
}

/**
 * A Jira Service Management request carries its request type in a custom field whose value holds a
 * `requestType` object. Without that value shape, a field labelled "Request Type" in `names` identifies it.
 */
function findRequestType(fields: Record<string, unknown>, names: Record<string, string>): RequestType | undefined {
  for (const [fieldId, value] of Object.entries(fields)) {
    if (isPlainObject(value) && isPlainObject(value.requestType)) {
      return { fieldId, name: nameOf(value.requestType) };
    }
  }
  for (const [fieldId, label] of Object.entries(names)) {
    if (!REQUEST_TYPE_LABELS.has(label.trim().toLowerCase())) continue;
    const value = fields[fieldId];
    // An empty request type field belongs to an issue raised outside the portal, not to a request.
    if (value === null || value === undefined || value === '') continue;
    return { fieldId, name: typeof value === 'string' ? value : nameOf(value) };
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.name === 'string' && value.name !== '' ? value.name : undefined;
}
