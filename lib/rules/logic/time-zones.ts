/** Calendar dates of instants in IANA time zones, through Intl (the only time-zone database a browser has). */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The largest |epoch ms| a JavaScript Date can hold. */
export const MAX_EPOCH_MS = 8.64e15;

/** Formatter construction is the expensive part of Intl; a bad zone is cached as null so it is not retried per record. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
/** Zones come from settings, so few are expected; the bound only keeps a misbehaving caller from growing the cache. */
const MAX_CACHED_ZONES = 64;

export function calendarDateIn(epochMs: number, timeZone: string): CalendarDate | null {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_EPOCH_MS) return null;
  const formatter = formatterFor(timeZone);
  if (formatter === null) return null;
  let year = NaN;
  let month = NaN;
  let day = NaN;
  let beforeCommonEra = false;
  for (const part of formatter.formatToParts(epochMs)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'era') beforeCommonEra = part.value === 'BC';
  }
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return null;
  // Intl counts years before 1 AD as "1 BC, 2 BC..."; astronomical numbering (0, -1...) keeps day arithmetic linear.
  return { year: beforeCommonEra ? 1 - year : year, month, day };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
  const formatter = createFormatter(timeZone);
  formatters.set(timeZone, formatter);
  return formatter;
}

function createFormatter(timeZone: string): Intl.DateTimeFormat | null {
  if (typeof timeZone !== 'string' || timeZone === '') return null;
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    return null;
  }
}
