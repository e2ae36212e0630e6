/**
 * Brings raw API values to the types a pack declares before rules see them: HubSpot and ServiceNow send every
 * value as a string, so "1500.00" must compare as a number and "" must count as no value.
 */
import type { FieldType, RulePack } from './schema';

type Coercion = (value: unknown) => unknown;

interface PathCoercion {
  readonly keys: readonly string[];
  readonly coerce: Coercion;
}

const plans = new WeakMap<NonNullable<RulePack['fields']>, readonly PathCoercion[]>();

export function coerceFields(fields: Readonly<Record<string, unknown>>, declared: RulePack['fields']): Record<string, unknown> {
  const data: Record<string, unknown> = { ...fields };
  if (!declared) return data;
  for (const { keys, coerce } of planFor(declared)) updatePath(data, keys, coerce);
  return data;
}

/** The declared paths are split and their coercions chosen once per pack, not once per record. */
function planFor(declared: NonNullable<RulePack['fields']>): readonly PathCoercion[] {
  let plan = plans.get(declared);
  if (!plan) {
    plan = Object.entries(declared).flatMap(([path, declaration]) => {
      const coerce = coercionFor(declaration.type);
      return coerce ? [{ keys: path.split('.'), coerce }] : [];
    });
    plans.set(declared, plan);
  }
  return plan;
}

function coercionFor(type: FieldType): Coercion | undefined {
  switch (type) {
    case 'number':
    case 'currency':
    case 'percent':
      return toNumber;
    case 'boolean':
      return toBoolean;
    default:
      return undefined;
  }
}

function toNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim().replace(/,/g, '');
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : value;
}

function toBoolean(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === '') return null;
  return value;
}

/**
 * Rewrites one path when coercion changes its value, copying the objects along it so the caller's record is
 * never mutated.
 */
function updatePath(data: Record<string, unknown>, keys: readonly string[], coerce: Coercion): void {
  const last = keys.length - 1;
  let current: unknown = data;
  for (let index = 0; index < last; index++) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return;
    current = (current as Record<string, unknown>)[keys[index] as string];
  }
  if (current === null || typeof current !== 'object' || Array.isArray(current)) return;
  const key = keys[last] as string;
  const container = current as Record<string, unknown>;
  if (!Object.hasOwn(container, key)) return;
  const coerced = coerce(container[key]);
  if (coerced === container[key]) return;

  let target = data;
  for (let index = 0; index < last; index++) {
    const segment = keys[index] as string;
    const copy = { ...(target[segment] as Record<string, unknown>) };
    target[segment] = copy;
    target = copy;
  }
  target[key] = coerced;
}
