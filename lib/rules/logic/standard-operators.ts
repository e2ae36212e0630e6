/**
 * The json-logic-js 2.0.5 operators that evaluate all their arguments first, with the same JavaScript coercions.
 * Values are cast to `number` only to satisfy the type checker: the operators must compare and coerce exactly as
 * json-logic-js does, whatever the runtime types.
 */
import { binary, ternary, unary, variadic } from './eager';
import { truthy } from './truthy';
import type { OperatorSpec } from './types';

type Build = OperatorSpec['build'];
type Loose = number;

/** json-logic-js coerces with `parseFloat`, so "12px" is 12 and "" is NaN. */
const toFloat = (value: unknown): number => parseFloat(String(value));

export const looseEquals: Build = binary((a, b) => a == b);
export const strictEquals: Build = binary((a, b) => a === b);
export const looseNotEquals: Build = binary((a, b) => a != b);
export const strictNotEquals: Build = binary((a, b) => a !== b);
export const greater: Build = binary((a, b) => (a as Loose) > (b as Loose));
export const greaterOrEqual: Build = binary((a, b) => (a as Loose) >= (b as Loose));
/** A third argument makes `<` and `<=` a "between" test. */
export const less: Build = ternary((a, b, c) =>
  c === undefined ? (a as Loose) < (b as Loose) : (a as Loose) < (b as Loose) && (b as Loose) < (c as Loose));
export const lessOrEqual: Build = ternary((a, b, c) =>
  c === undefined ? (a as Loose) <= (b as Loose) : (a as Loose) <= (b as Loose) && (b as Loose) <= (c as Loose));

export const not: Build = unary((a) => !truthy(a));
export const toBoolean: Build = unary((a) => truthy(a));

export const plus: Build = variadic((values) => values.reduce<number>((sum, value) => toFloat(sum) + toFloat(value), 0));
/** Zero arguments would make json-logic-js throw at run time; refusing them at compile time keeps run time safe. */
export const times: Build = (args, compile, ctx) => {
  if (args.length === 0) throw new Error('"*" needs at least one argument');
  return variadic((values) => values.reduce((product, value) => toFloat(product) * toFloat(value)))(args, compile, ctx);
};
export const minus: Build = binary((a, b) => (b === undefined ? -(a as Loose) : (a as Loose) - (b as Loose)));
export const divide: Build = binary((a, b) => (a as Loose) / (b as Loose));
export const modulo: Build = binary((a, b) => (a as Loose) % (b as Loose));
export const min: Build = variadic((values) => Math.min(...(values as Loose[])));
export const max: Build = variadic((values) => Math.max(...(values as Loose[])));

/**
 * json-logic-js calls `b.indexOf(a)` on whatever `b` is; only strings and arrays are searched here, so a record
 * value that merely has an `indexOf` key yields false instead of throwing.
 */
export const inside: Build = binary((a, b) => {
  if (typeof b === 'string') return b.includes(String(a));
  if (Array.isArray(b)) return b.indexOf(a) !== -1;
  return false;
});
export const concatenate: Build = variadic((values) => values.join(''));
export const substring: Build = ternary((source, start, length) => {
  if ((length as Loose) < 0) {
    // Negative lengths drop characters from the end, like PHP; `+` keeps json-logic-js's coercion of odd lengths.
    const tail = substr(String(source), start, undefined);
    return substr(tail, 0, tail.length + (length as Loose));
  }
  return substr(String(source), start, length);
});
export const merge: Build = variadic((values) => values.reduce<unknown[]>((all, value) => all.concat(value), []));
export const log: Build = unary((a) => a);

/** `String.prototype.substr` (deprecated, so re-implemented): a negative start counts from the end. */
function substr(text: string, start: unknown, length: unknown): string {
  const size = text.length;
  const from = toInteger(start);
  const begin = from < 0 ? Math.max(size + from, 0) : Math.min(from, size);
  const count = length === undefined ? size - begin : Math.min(Math.max(toInteger(length), 0), size - begin);
  return count <= 0 ? '' : text.slice(begin, begin + count);
}

function toInteger(value: unknown): number {
  const number = Number(value);
  return Number.isNaN(number) ? 0 : Math.trunc(number);
}
