/**
 * Small, total helpers for looking at untrusted JSON before (and while) it is validated.
 */

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short phrase naming what a value is, for error messages ("an object with keys a, b", "a number"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length} item(s)`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty object';
    // Real payloads can have hundreds of keys; the first few are enough to recognise what was pasted.
    const shown = keys.slice(0, 12).join(', ');
    return `an object with keys ${shown}${keys.length > 12 ? `, … (${keys.length} keys)` : ''}`;
  }
  return `a ${typeof value}`;
}

/** Reads a nested value by path without throwing, so error messages can say what was actually there. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isPlainObject(current) && typeof key === 'string' && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

/** Origin of an absolute URL, or undefined when the text is not one (never throws). */
export function originOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parsed object's entries in the payload's key order. zod moves declared keys first and drops some keys
 * (`__proto__`); iterating the parsed object keeps only what was validated.
 */
export function entriesInPayloadOrder<T>(payload: JsonObject, parsed: Record<string, T>): [string, T][] {
  const keys = new Set([...Object.keys(payload), ...Object.keys(parsed)]);
  return [...keys].filter((key) => Object.hasOwn(parsed, key)).map((key) => [key, parsed[key] as T]);
}
