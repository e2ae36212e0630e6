/**
 * Date values as the CRMs send them, and calendar-day arithmetic in a time zone. Everything here is pure: "now" is
 * always passed in.
 */
import { calendarDateIn, MAX_EPOCH_MS, type CalendarDate } from './time-zones';

export interface ParsedDate {
  /** Epoch milliseconds; for a date-only value, UTC midnight of that date. */
  readonly ms: number;
  /** A calendar date without a time (`2026-11-24`): it is that date in every time zone. */
  readonly dateOnly: boolean;
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * ISO 8601 / RFC 3339 date-times. Salesforce and Jira send `+0000` offsets without a colon; ServiceNow's Table API
 * sends `YYYY-MM-DD HH:mm:ss` in UTC without any offset.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
/** HubSpot sends epoch milliseconds, sometimes as a string. */
const EPOCH_DIGITS = /^-?\d{1,16}$/;

export function parseDateValue(value: unknown): ParsedDate | null {
  if (value instanceof Date) return instant(value.getTime());
  if (typeof value === 'number') return instant(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (EPOCH_DIGITS.test(text)) return instant(Number(text));
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const ms = utcMs(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]), 0, 0, 0, 0);
    return ms === null ? null : { ms, dateOnly: true };
  }
  return parseDateTime(text);
}

function parseDateTime(text: string): ParsedDate | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, separator, hour, minute, second, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  // Without an offset a `T` time is local to an unknown zone; only ServiceNow's space-separated form is known to be UTC.
  const hasOffset = zulu !== undefined || sign !== undefined;
  if (!hasOffset && separator !== ' ') return null;
  const offset = sign === undefined ? 0 : offsetMs(sign, Number(offsetHours), Number(offsetMinutes ?? 0));
  const millis = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  const local = utcMs(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? 0), millis);
  if (local === null || offset === null) return null;
  return instant(local - offset);
}

function offsetMs(sign: string, hours: number, minutes: number): number | null {
  if (hours > 23 || minutes > 59) return null;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

function instant(ms: number): ParsedDate | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_EPOCH_MS) return null;
  return { ms: Math.trunc(ms), dateOnly: false };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Null for impossible dates and times (2026-02-30, 24:00); years below 100 are taken literally, unlike `Date.UTC`. */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return null;
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

export function isoInstant(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_EPOCH_MS) return null;
  return new Date(ms).toISOString();
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function isoCalendarDate(ms: number, timeZone: string): string | null {
  const date = calendarDateIn(ms, timeZone);
  if (date === null) return null;
  const year = date.year >= 0 && date.year <= 9999
    ? String(date.year).padStart(4, '0')
    : `${date.year < 0 ? '-' : '+'}${String(Math.abs(date.year)).padStart(6, '0')}`;
  return `${year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Whole calendar days from `from` to `to` in the zone, positive when `to` is later; null when either is not a date. */
export function calendarDaysBetween(from: unknown, to: unknown, timeZone: string): number | null {
  const start = dayNumber(from, timeZone);
  const end = dayNumber(to, timeZone);
  return start === null || end === null ? null : end - start;
}

function dayNumber(value: unknown, timeZone: string): number | null {
  const parsed = parseDateValue(value);
  if (parsed === null) return null;
  if (parsed.dateOnly || timeZone === 'UTC') return Math.floor(parsed.ms / DAY_MS);
  return zonedDayNumber(parsed.ms, timeZone);
}

/**
 * Every rule of a run asks for the day of the same "now", and Intl is by far the slowest step of date arithmetic,
 * so the last answer is kept.
 */
let lastZoned: { ms: number; timeZone: string; day: number | null } | undefined;

function zonedDayNumber(ms: number, timeZone: string): number | null {
  if (lastZoned?.ms === ms && lastZoned.timeZone === timeZone) return lastZoned.day;
  const date = calendarDateIn(ms, timeZone);
  const day = date === null ? null : daysSinceEpoch(date);
  lastZoned = { ms, timeZone, day };
  return day;
}

function daysSinceEpoch({ year, month, day }: CalendarDate): number | null {
  const ms = utcMs(year, month, day, 0, 0, 0, 0);
  return ms === null ? null : Math.floor(ms / DAY_MS);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
