/**
 * fast-check arbitraries for hostile input at FieldGuard's JSON boundaries (packs, API payloads, records): random
 * JSON, values that break naive code (prototype keys, huge and deep values, HTML, lone surrogates, non-finite
 * numbers a structured clone can carry), and mutations of real documents, which reach far deeper into the parsers
 * than random JSON does.
 */
import fc from 'fast-check';

const DEEP = 2000;

/** `[[[…]]]` and `{"a":{"a":…}}` DEEP levels down, as JSON.parse would build them. */
export const deepArray = (): unknown => JSON.parse('['.repeat(DEEP) + ']'.repeat(DEEP));
export const deepObject = (key: string): unknown => JSON.parse(`{"${key}":`.repeat(DEEP) + 'null' + '}'.repeat(DEEP));

/** Leaves that have broken parsers and validators elsewhere. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    '',
    ' ',
    '\u0000',
    '\ud800',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '2026-02-30',
    '2026-11-25T25:61:00Z',
    '9999999999999999999999',
    '-1e400',
    'x'.repeat(100_000),
    [],
    {},
    { var: 'Amount' },
    { toString: 'not a function', valueOf: 3 },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
);

export const deepLeaf: fc.Arbitrary<unknown> = fc.constantFrom('array', 'object', 'logic').map((kind) =>
  kind === 'array' ? deepArray() : deepObject(kind === 'object' ? 'a' : '!'),
);

/** Random JSON-ish values with FieldGuard's vocabulary of keys mixed in. */
export function hostileValue(keys: readonly string[]): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      hostileLeaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor'), fc.string()), tie('value')), { maxLength: 5 })
        .map((entries) => {
          const object: Record<string, unknown> = {};
          for (const [key, item] of entries) Object.defineProperty(object, key, { value: item, enumerable: true, configurable: true, writable: true });
          return object;
        }),
    ),
  }));
  return fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: deepLeaf });
}

type Container = Record<string, unknown> | unknown[];

function containers(root: unknown): { parent: Container; key: string | number }[] {
  const found: { parent: Container; key: string | number }[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 40 || node === null || typeof node !== 'object') return;
    const container = node as Container;
    for (const key of Array.isArray(container) ? container.keys() : Object.keys(container)) {
      found.push({ parent: container, key });
      visit((container as Record<string | number, unknown>)[key], depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

export type Mutation = readonly [where: number, how: 'replace' | 'delete' | 'wrap' | 'stringify' | 'duplicate', value: unknown];

/** Applies mutations to a deep copy of `base`; each picks a slot by index (modulo the slots there are then). */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(base);
  for (const [where, how, value] of mutations) {
    const slots = containers(copy);
    const slot = slots[where % Math.max(1, slots.length)];
    if (!slot) continue;
    const { parent, key } = slot;
    const record = parent as Record<string | number, unknown>;
    if (how === 'replace') record[key] = value;
    else if (how === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(record, key);
    } else if (how === 'wrap') record[key] = [record[key]];
    else if (how === 'stringify') record[key] = typeof record[key] === 'string' ? Number(record[key]) : JSON.stringify(record[key]) ?? null;
    else record[key] = Array.isArray(record[key]) ? [...(record[key] as unknown[]), ...(record[key] as unknown[])] : { ...(record[key] as object), extra: record[key] };
  }
  return copy;
}

export function mutations(keys: readonly string[]): fc.Arbitrary<Mutation[]> {
  return fc.array(
    fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'wrap', 'stringify', 'duplicate') as fc.Arbitrary<Mutation[1]>, hostileValue(keys)),
    { minLength: 1, maxLength: 6 },
  );
}
