/**
 * Dotted field paths (`Account.Name`, `status.statusCategory.key`): how rules, stage fields and page edits name
 * values nested in a record's fields.
 */

export function readFieldPath(data: unknown, path: string): unknown {
  // Runs once per record and pack for the stage field; most paths are not dotted, and skipping split() is measurable.
  if (!path.includes('.')) return data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[path] : undefined;
  let current = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `data` with `value` at `path`; objects along the path are copied, a non-object in the way becomes one. */
export function withFieldPath(data: Readonly<Record<string, unknown>>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...data, [head]: value };
  const inner = data[head];
  const child = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {};
  return { ...data, [head]: withFieldPath(child, rest.join('.'), value) };
}
