/**
 * FieldGuard's own operators for dates, text and numbers. They never throw on odd record values: they answer null
 * (or false, 0, "") instead, and read "now" and the time zone only from the evaluation environment.
 */
import { daysBetween, isoCalendarDate, isoInstant, parseDateValue } from './dates';
import { binary, nullary, unary } from './eager';
import { toText } from './text';
import type { OperatorSpec } from './types';

type Build = OperatorSpec['build'];

export const today: Build = nullary((env) => isoCalendarDate(env.now, env.timeZone));
export const now: Build = nullary((env) => isoInstant(env.now));
export const date: Build = unary((value) => {
  const parsed = parseDateValue(value);
  return parsed === null ? null : isoInstant(parsed.ms);
});
export const daysBetweenOp: Build = binary((from, to, env) => daysBetween(from, to, env.timeZone));
export const daysSince: Build = unary((value, env) => daysBetween(value, env.now, env.timeZone));
export const daysUntil: Build = unary((value, env) => daysBetween(env.now, value, env.timeZone));

export const isEmpty: Build = unary(isEmptyValue);
export const length: Build = unary((value) => {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return value === null || value === undefined ? 0 : toText(value).length;
});
export const lower: Build = unary((value) => text(value).toLowerCase());
export const upper: Build = unary((value) => text(value).toUpperCase());
export const trim: Build = unary((value) => text(value).trim());

export const abs: Build = unary((value) => {
  const number = toNumber(value);
  return number === null ? null : Math.abs(number);
});
export const round: Build = binary((value, digits) => {
  const number = toNumber(value);
  const places = digits === undefined ? 0 : toNumber(digits);
  return number === null || places === null ? null : roundHalfAwayFromZero(number, Math.trunc(places));
});

/** 0 and false are values someone entered, so they are not empty; a blank string is. */
function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value);
    return (prototype === Object.prototype || prototype === null) && Object.keys(value).length === 0;
  }
  return false;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : toText(value);
}

/** A missing or blank field has no number: reading it as 0 (as `Number` would) would let `abs` invent a value. */
function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  try {
    const number = Number(value);
    return Number.isNaN(number) ? null : number;
  } catch {
    // A record object shadowing valueOf/toString has no number either.
    return null;
  }
}

/** Largest |digits| that still leaves room in a double; beyond it rounding changes nothing or overflows. */
const MAX_DIGITS = 15;

/**
 * Rounds on the decimal representation (shifting the exponent in text) so 1.005 rounds to 1.01, as people expect,
 * instead of the 1 that binary `Math.round(1.005 * 100) / 100` gives.
 */
function roundHalfAwayFromZero(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.max(-MAX_DIGITS, Math.min(MAX_DIGITS, digits));
  const shifted = shiftDecimal(Math.abs(value), places);
  // So large that it carries no such decimals.
  if (!Number.isFinite(shifted)) return value;
  const rounded = shiftDecimal(Math.round(shifted), -places);
  return value < 0 ? -rounded : rounded;
}

function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
