/**
 * A nesting limit for untrusted JSON, checked without recursion before any recursive validator (zod, the condition
 * checks) walks the document: a pack nested thousands deep would otherwise overflow the stack instead of being
 * refused with a path.
 */

/** Far beyond any real pack: a rule's condition sits at depth 4, and hand-written conditions nest a few levels. */
export const MAX_NESTING = 64;

/** The path of the first value nested deeper than `max` levels, or null when the whole document is within it. */
export function tooDeepAt(input: unknown, max = MAX_NESTING): readonly PropertyKey[] | null {
  const stack: { value: unknown; path: readonly PropertyKey[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: readonly PropertyKey[] };
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= max) return path;
    const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] });
  }
  return null;
}
