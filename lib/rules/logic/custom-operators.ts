/**
 * FieldGuard's own operators for dates, text and numbers. They never throw on odd record values: they answer null
 * (or false, 0, "") instead, and read "now" and the time zone only from the evaluation environment.
 */
import { calendarDaysBetween, isoCalendarDate, isoInstant, parseDateValue } from './dates';
import { binary, nullary, unary } from './eager';
import { roundHalfAwayFromZero, toNumber } from './numbers';
import { toText } from './text';
import type { OperatorSpec } from './types';

type Build = OperatorSpec['build'];

export const today: Build = nullary((env) => isoCalendarDate(env.now, env.timeZone));
export const now: Build = nullary((env) => isoInstant(env.now));
export const date: Build = unary((value) => {
  const parsed = parseDateValue(value);
  return parsed === null ? null : isoInstant(parsed.ms);
});
export const daysBetween: Build = binary((from, to, env) => calendarDaysBetween(from, to, env.timeZone));
export const daysSince: Build = unary((value, env) => calendarDaysBetween(value, env.now, env.timeZone));
export const daysUntil: Build = unary((value, env) => calendarDaysBetween(env.now, value, env.timeZone));

export const isEmpty: Build = unary(isEmptyValue);
export const length: Build = unary((value) => {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return value === null || value === undefined ? 0 : toText(value).length;
});
export const lower: Build = unary((value) => textOrEmpty(value).toLowerCase());
export const upper: Build = unary((value) => textOrEmpty(value).toUpperCase());
export const trim: Build = unary((value) => textOrEmpty(value).trim());

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

function textOrEmpty(value: unknown): string {
  return value === null || value === undefined ? '' : toText(value);
}
