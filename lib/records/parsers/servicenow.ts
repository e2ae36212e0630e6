/**
 * ServiceNow Table API payloads (`GET /api/now/table/{table}[/{sys_id}]`): `{result: {...}}` or `{result: [...]}`,
 * in the default form (database values, references `{link, value}`) or the `sysparm_display_value=all` form
 * (every field `{display_value, value[, link]}`).
 */
import { z } from 'zod';
import { UnknownPayloadError, type NormalizedRecord } from '../model';
import { entriesInPayloadOrder, isPlainObject, originOf, type JsonObject } from '../json';
import type { ParseOptions } from '../options';
import { makeRecord } from '../record';
import { servicenowRecordUrl } from '../urls';
import { validatePayload } from '../validate';

type Form = NonNullable<ParseOptions['sysparmDisplayValue']>;

// The Table API sends strings only; numbers, booleans and null are tolerated for hand-made or re-serialised payloads.
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const link = z.string().optional();

const defaultRecordSchema = z
  .object({ sys_id: z.string().min(1) })
  .catchall(z.union([scalar, z.looseObject({ value: z.string(), link })], { error: 'expected a string or a reference {link, value}' }));

const allRecordSchema = z
  .object({ sys_id: z.looseObject({ display_value: scalar, value: z.string().min(1) }) })
  .catchall(
    z.looseObject({ display_value: scalar, value: scalar, link }, { error: 'expected {display_value, value} (sysparm_display_value=all)' }),
  );

const displayRecordSchema = z
  .object({ sys_id: z.string().min(1) })
  .catchall(
    z.union([scalar, z.looseObject({ display_value: scalar, link })], {
      error: 'expected a display string or a reference {display_value, link} (sysparm_display_value=true)',
    }),
  );

export function isServiceNowPayload(json: unknown): boolean {
  return isPlainObject(json) && (isPlainObject(json.result) || Array.isArray(json.result));
}

export function parseServiceNowPayload(json: unknown, options: ParseOptions = {}): NormalizedRecord[] {
  if (!isServiceNowPayload(json)) {
    throw new UnknownPayloadError('not a ServiceNow Table API payload: expected {"result": {...}} or {"result": [...]}');
  }
  const result = (json as JsonObject).result;
  const items = Array.isArray(result) ? result : [result];
  return items.map((item, index) => {
    const where = Array.isArray(result) ? `result[${index}]` : 'result';
    if (!isPlainObject(item)) {
      throw new UnknownPayloadError(`ServiceNow ${where} is not a record object (got ${item === null ? 'null' : typeof item})`);
    }
    return parseRecord(item, where, options);
  });
}

interface FieldRead {
  value: unknown;
  display?: string;
  link?: string;
}

function parseRecord(item: JsonObject, where: string, options: ParseOptions): NormalizedRecord {
  const form = options.sysparmDisplayValue ?? detectForm(item, where);
  const read = readFields(item, form, where);
  // Built with fromEntries so a field named __proto__ stays a field.
  const fields = Object.fromEntries(read.map(([name, field]) => [name, field.value]));
  const displayValues = Object.fromEntries(read.flatMap(([name, field]) => (field.display === undefined ? [] : [[name, field.display]])));
  const firstLink = read.find(([, field]) => field.link !== undefined)?.[1].link;

  const sysId = String(fields.sys_id);
  const table = tableOf(fields.sys_class_name, form, options.object);
  if (table === undefined) {
    throw new UnknownPayloadError(
      `ServiceNow record ${describeRecord(fields)} has no sys_class_name, so its table is unknown; pass the table with --object (e.g. --object incident)`,
    );
  }
  // Reference links point at the instance itself, so they reveal the origin when the caller did not give one.
  const origin = options.origin ?? originOf(firstLink);
  return makeRecord(
    {
      app: 'servicenow',
      object: table,
      id: sysId,
      url: servicenowRecordUrl(table, sysId, origin),
      fields,
      displayValues,
    },
    options,
  );
}

function readFields(item: JsonObject, form: Form, where: string): [string, FieldRead][] {
  const linkOf = (field: unknown) => (isPlainObject(field) && typeof field.link === 'string' ? field.link : undefined);
  const shown = (value: unknown) => (value === null ? undefined : String(value));
  if (form === 'all') {
    const record = validatePayload(allRecordSchema, item, `a ServiceNow Table API record with display values (${where})`);
    return entriesInPayloadOrder(item, record).map(([name, field]) => [
      name,
      { value: field.value, display: shown(field.display_value), link: linkOf(field) },
    ]);
  }
  if (form === 'true') {
    const record = validatePayload(displayRecordSchema, item, `a ServiceNow Table API record in display form (${where})`);
    return entriesInPayloadOrder(item, record).map(([name, field]) => {
      const display = isPlainObject(field) ? field.display_value : field;
      return [name, { value: display, display: shown(display), link: linkOf(field) }];
    });
  }
  const record = validatePayload(defaultRecordSchema, item, `a ServiceNow Table API record (${where})`);
  return entriesInPayloadOrder(item, record).map(([name, field]) => [
    name,
    { value: isPlainObject(field) ? field.value : field, link: linkOf(field) },
  ]);
}

/** Only the default and `all` forms can be told apart; a `{display_value, link}` without value means `true`. */
function detectForm(item: JsonObject, where: string): Form {
  const displayPairs = Object.values(item).filter((field) => isPlainObject(field) && 'display_value' in field) as JsonObject[];
  if (displayPairs.length === 0) return 'false';
  if (displayPairs.every((field) => 'value' in field)) return 'all';
  throw new UnknownPayloadError(
    `ServiceNow ${where} looks like it was fetched with sysparm_display_value=true (display strings, references without a value); ` +
      'fetch it with sysparm_display_value=all (or false), or pass the sysparmDisplayValue "true" option to lint display strings',
  );
}

const TABLE_NAME = /^[a-z][a-z0-9_]*$/;

/** In the display form `sys_class_name` is a label ("Incident"), so it only counts when it reads like a table name. */
function tableOf(sysClassName: unknown, form: Form, fallback: string | undefined): string | undefined {
  if (typeof sysClassName === 'string' && sysClassName !== '' && (form !== 'true' || TABLE_NAME.test(sysClassName))) return sysClassName;
  return fallback === undefined || fallback === '' ? undefined : fallback;
}

function describeRecord(fields: Record<string, unknown>): string {
  return typeof fields.number === 'string' && fields.number !== '' ? `${fields.number} (sys_id ${String(fields.sys_id)})` : `sys_id ${String(fields.sys_id)}`;
}
