/** Reads the shared vendor samples and the example records the way a user would hand them to FieldGuard. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SAMPLES_DIR = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));
const EXAMPLES_DIR = fileURLToPath(new URL('../../lib/examples/', import.meta.url));

/** Keys the sample files carry as provenance notes; they are not part of any API response. */
const METADATA_KEYS = new Set(['_note', '_source_note', '_illustrative_note']);

function withoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMetadata);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !METADATA_KEYS.has(key))
      .map(([key, nested]) => [key, withoutMetadata(nested)]),
  );
}

export const SAMPLE_FILES = readdirSync(SAMPLES_DIR).filter((name) => name.endsWith('.json'));
export const EXAMPLE_JSON_FILES = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json'));

export function loadSample(name: string): unknown {
  return withoutMetadata(JSON.parse(readFileSync(SAMPLES_DIR + name, 'utf8')));
}

/** A fresh, mutable copy, for tests that build variations of a sample. */
export function loadSampleObject(name: string): Record<string, unknown> {
  const json = loadSample(name);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${name} is not a JSON object`);
  return json as Record<string, unknown>;
}

export function loadExample(name: string): unknown {
  return JSON.parse(readFileSync(EXAMPLES_DIR + name, 'utf8'));
}

/** A copy of `object` without `key`, for "what if this field were missing" cases. */
export function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
}
