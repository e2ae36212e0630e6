/**
 * Entry point from "some JSON the user pasted or the extension fetched" to normalized records: a cheap shape
 * test picks the app, then that app's parser validates and converts.
 */
import { UnknownPayloadError, type App, type NormalizedRecord } from './model';
import { describeValue } from './json';
import type { ParseOptions } from './options';
import { isSalesforcePayload, parseSalesforcePayload } from './parsers/salesforce';
import { isServiceNowPayload, parseServiceNowPayload } from './parsers/servicenow';
import { isJiraPayload, parseJiraPayload } from './parsers/jira';
import { isZendeskPayload, parseZendeskPayload } from './parsers/zendesk';
import { isHubSpotPayload, parseHubSpotPayload } from './parsers/hubspot';

export type { ParseOptions } from './options';

interface AppParser {
  app: App;
  /** How the accepted shapes are named in error messages. */
  shapes: string;
  recognise: (json: unknown) => boolean;
  parse: (json: unknown, options: ParseOptions) => NormalizedRecord[];
}

// The recognisers are mutually exclusive on every known shape; the order only decides ties on made-up input.
const PARSERS: readonly AppParser[] = [
  { app: 'salesforce', shapes: 'a Salesforce UI API record or query result', recognise: isSalesforcePayload, parse: parseSalesforcePayload },
  { app: 'servicenow', shapes: 'a ServiceNow Table API result', recognise: isServiceNowPayload, parse: parseServiceNowPayload },
  { app: 'jira', shapes: 'a Jira issue', recognise: isJiraPayload, parse: parseJiraPayload },
  { app: 'zendesk', shapes: 'a Zendesk ticket', recognise: isZendeskPayload, parse: parseZendeskPayload },
  { app: 'hubspot', shapes: 'a HubSpot object', recognise: isHubSpotPayload, parse: parseHubSpotPayload },
];

const ALL_SHAPES = `${PARSERS.slice(0, -1).map((parser) => parser.shapes).join(', ')}, or ${PARSERS.at(-1)?.shapes ?? ''}`;

/** The app whose payload shape this is, or null. An array counts when all its items are of one app. */
export function detectPayloadApp(json: unknown): App | null {
  if (!Array.isArray(json)) return recognise(json)?.app ?? null;
  const apps = new Set(json.map((item) => (Array.isArray(item) ? null : (recognise(item)?.app ?? null))));
  const [only] = apps;
  return apps.size === 1 && only !== undefined ? only : null;
}

/**
 * Parses a native API payload (or a JSON array of them) into records. Throws UnknownPayloadError, and nothing
 * else, for input that fits no known shape or fits one only partly: a half-read record would be linted wrongly.
 */
export function parsePayload(json: unknown, options: ParseOptions = {}): NormalizedRecord[] {
  if (!Array.isArray(json) || json.length === 0) return parseOne(json, options);
  return json.flatMap((item: unknown, index) => {
    const where = `item ${index + 1} of the array`;
    if (Array.isArray(item)) throw new UnknownPayloadError(`${where} is itself an array; expected one record payload per item`);
    try {
      return parseOne(item, options);
    } catch (error) {
      if (error instanceof UnknownPayloadError) throw new UnknownPayloadError(`${where}: ${error.message}`);
      throw error;
    }
  });
}

function recognise(json: unknown): AppParser | undefined {
  return PARSERS.find((parser) => parser.recognise(json));
}

function parseOne(json: unknown, options: ParseOptions): NormalizedRecord[] {
  const parser = recognise(json);
  if (options.app !== undefined && parser?.app !== options.app) {
    const wanted = PARSERS.find((candidate) => candidate.app === options.app);
    const found = parser ? `this looks like ${parser.shapes} (${parser.app})` : `got ${describeValue(json)}`;
    throw new UnknownPayloadError(`not a ${options.app} payload FieldGuard knows: expected ${wanted?.shapes ?? options.app}; ${found}`);
  }
  if (!parser) {
    throw new UnknownPayloadError(`not a record payload FieldGuard knows: expected ${ALL_SHAPES}; got ${describeValue(json)}`);
  }
  return parser.parse(json, options);
}
