/**
 * Assembles a NormalizedRecord the same way for every parser, so caller-supplied labels always win and an
 * empty displayValues map is left out rather than suggesting the payload carried display values.
 */
import type { App, NormalizedRecord } from './model';
import type { ParseOptions } from './options';

export interface RecordParts {
  app: App;
  object: string;
  id: string;
  url?: string;
  fields: Record<string, unknown>;
  labels?: Record<string, string>;
  displayValues?: Record<string, string>;
}

export function makeRecord(parts: RecordParts, options: ParseOptions = {}): NormalizedRecord {
  const record: NormalizedRecord = {
    app: parts.app,
    object: parts.object,
    id: parts.id,
    fields: parts.fields,
    labels: { ...parts.labels, ...options.labels },
  };
  if (parts.url !== undefined) record.url = parts.url;
  if (parts.displayValues && Object.keys(parts.displayValues).length > 0) record.displayValues = parts.displayValues;
  return record;
}
