/**
 * The record FieldGuard evaluates: the API's values as the base, the page's unsaved edits on top. When the API
 * could not be used, the page's values alone.
 */
import { readFieldPath, withFieldPath } from '../records/field-path';
import type { App, NormalizedRecord } from '../records/model';
import type { DomReading } from '../sites/types';

export interface MergeInput {
  readonly app: App;
  readonly object: string;
  readonly recordId: string;
  readonly url: string;
  /** The record as the API returned it, or null when the API failed. */
  readonly api: NormalizedRecord | null;
  readonly reading: DomReading;
  /** Edits just saved, kept until the API returns the saved record (so a fixed hint does not flash back). */
  readonly carried?: Readonly<Record<string, unknown>>;
}

/**
 * Values are keyed by API name; a dotted name (`Account.Name`) is written into the nested object the rules read
 * with dotted `var` paths. Fields the API did not return at all are taken from the page, so a field hidden from
 * the API (field-level security, a missing optional field) does not read as empty while the page shows a value.
 */
export function mergeRecord(input: MergeInput): NormalizedRecord {
  const { api, reading } = input;
  let fields: Record<string, unknown> = { ...api?.fields };
  for (const [name, value] of Object.entries(reading.values)) {
    if (!api || readFieldPath(fields, name) === undefined) fields = withFieldPath(fields, name, value);
  }
  const overrides: Record<string, unknown> = { ...input.carried };
  for (const name of reading.editing) overrides[name] = reading.values[name] ?? null;
  for (const [name, value] of Object.entries(overrides)) fields = withFieldPath(fields, name, value);
  // The API's formatted values describe the saved values, not the edits.
  const displayValues = Object.fromEntries(Object.entries(api?.displayValues ?? {}).filter(([name]) => !(name in overrides)));
  return {
    app: input.app,
    object: input.object,
    id: api?.id ?? input.recordId,
    url: input.url,
    fields,
    labels: { ...api?.labels, ...reading.labels },
    ...(api?.displayValues ? { displayValues } : {}),
  };
}
