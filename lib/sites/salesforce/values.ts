/**
 * Turns what Lightning displays back into what the API stores, for the DOM fallback and for unsaved edits:
 * numbers and dates are formatted in the user's locale ("$48,000.00", "48.000,00 €", "26/02/2027"), while rules
 * compare numbers and ISO dates. Text that cannot be read safely is returned as displayed.
 */

interface NumberSymbols {
  readonly group: string;
  readonly decimal: string;
}

type DateOrder = 'mdy' | 'dmy' | 'ymd';

const numberSymbolsCache = new Map<string, NumberSymbols>();
const dateOrderCache = new Map<string, DateOrder>();

function safeLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}

function numberSymbols(locale: string): NumberSymbols {
  let symbols = numberSymbolsCache.get(locale);
  if (!symbols) {
    const parts = new Intl.NumberFormat(safeLocale(locale)).formatToParts(12345.6);
    symbols = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    numberSymbolsCache.set(locale, symbols);
  }
  return symbols;
}

function dateOrder(locale: string): DateOrder {
  let order = dateOrderCache.get(locale);
  if (!order) {
    const parts = new Intl.DateTimeFormat(safeLocale(locale), { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((part) => part.type)
      .filter((type) => type === 'year' || type === 'month' || type === 'day');
    order = parts[0] === 'year' ? 'ymd' : parts[0] === 'day' ? 'dmy' : 'mdy';
    dateOrderCache.set(locale, order);
  }
  return order;
}

const WHITESPACE = /[\s\u00a0\u202f]/g;

/**
 * A number shown in the locale ("$1,234.50", "1 234,50 €", "75%", "(1,200.00)" for negatives), or null when
 * nothing is shown. Text with no digits is returned unchanged, so a rule sees what the user sees.
 */
export function parseLocaleNumber(text: string, locale: string): number | string | null {
  const shown = text.trim();
  if (shown === '') return null;
  if (!/[0-9]/.test(shown)) return shown;
  const { group, decimal } = numberSymbols(locale);
  const negative = /^\(.*\)$/.test(shown) || /[-\u2212]/.test(shown);
  let digits = shown.replace(WHITESPACE, '');
  if (group.trim() !== '') digits = digits.split(group).join('');
  digits = digits.split(decimal).join('.').replace(/[^0-9.]/g, '');
  const number = Number(digits);
  if (digits === '' || !Number.isFinite(number)) return shown;
  return negative ? -number : number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?$/;

/** An ISO date (`2027-02-26`) from a date shown in the locale ("2/26/2027", "26.02.2027", "2027/02/26"), or null if it is not one. */
export function parseLocaleDate(text: string, locale: string): string | null {
  const shown = text.trim();
  const iso = ISO_DATE.exec(shown);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(shown);
  if (!numeric) return null;
  const [a, b, c] = [numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? ''];
  const order = a.length === 4 ? 'ymd' : dateOrder(locale);
  const [year, month, day] =
    order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  if (year.length !== 4 && year.length !== 2) return null;
  return validDate(year.length === 2 ? 2000 + Number(year) : Number(year), Number(month), Number(day));
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
