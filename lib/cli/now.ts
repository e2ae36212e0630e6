/**
 * `--now` and `--time-zone`. A date or time without an offset is read as wall-clock time in the chosen zone
 * (UTC by default), never in the machine's zone, so a CI run and a laptop agree on what "today" is.
 */
import { CliError } from './cli-error';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function checkTimeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new CliError(`--time-zone: unknown time zone "${timeZone}"; use an IANA name such as Europe/Berlin or UTC`);
  }
}

/** Epoch milliseconds of an ISO 8601 date or date-time. */
export function parseNow(text: string, timeZone: string): number {
  const match = ISO.exec(text.trim());
  if (!match) throw invalidNow(text);
  const [, year, month, day, hour = '0', minute = '0', second = '0', millis = '0', offset] = match;
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(millis.padEnd(3, '0')));
  // Date.UTC rolls 2024-02-30 over to March; comparing the fields back rejects it instead.
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== Number(year) ||
    check.getUTCMonth() !== Number(month) - 1 ||
    check.getUTCDate() !== Number(day) ||
    check.getUTCHours() !== Number(hour) ||
    check.getUTCMinutes() !== Number(minute) ||
    check.getUTCSeconds() !== Number(second)
  ) {
    throw invalidNow(text);
  }
  if (offset !== undefined) return wall - offsetMinutes(offset) * 60_000;
  return zonedToEpoch(wall, timeZone);
}

function invalidNow(text: string): CliError {
  return new CliError(`--now: "${text}" is not an ISO 8601 date or date-time (e.g. 2025-03-31 or 2025-03-31T09:00:00Z)`);
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/** Finds the instant whose wall-clock time in `timeZone` is `wall`; the second pass settles DST changes. */
function zonedToEpoch(wall: number, timeZone: string): number {
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone);
}

/** How far the zone's wall clock is ahead of UTC at `epoch`, in milliseconds. */
function zoneOffset(epoch: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(epoch);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - (epoch - (((epoch % 1000) + 1000) % 1000));
}
