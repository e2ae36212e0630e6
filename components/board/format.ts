/** Number and date formats of the board: one place, so the tables, the headline and the charts agree. */

const integerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

const currencyFormats = new Map<string, Intl.NumberFormat>();
const compactCurrencyFormats = new Map<string, Intl.NumberFormat>();

function cached(cache: Map<string, Intl.NumberFormat>, currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, ...options });
    cache.set(currency, format);
  }
  return format;
}

export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** Whole units: a forecast call talks in thousands, cents are noise. */
export function formatMoney(value: number, currency: string): string {
  return cached(currencyFormats, currency, { maximumFractionDigits: 0 }).format(value);
}

/** `$1.2M`: for the headline tiles, where the full figure is in the title. */
export function formatMoneyCompact(value: number, currency: string): string {
  return cached(compactCurrencyFormats, currency, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A `YYYY-MM-DD` date as the user's locale writes it, in UTC so the day never shifts. */
export function formatDay(day: string | null): string {
  if (!day) return '';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Hygiene band of a score, as the severity colours read it. */
export function scoreTone(score: number): 'ok' | 'warning' | 'error' {
  if (score >= 80) return 'ok';
  if (score >= 50) return 'warning';
  return 'error';
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
