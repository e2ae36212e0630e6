import { describe, expect, it } from 'vitest';
import { parseLocaleDate, parseLocaleNumber } from '../../../lib/sites/salesforce/values';

describe('parseLocaleNumber', () => {
  it.each([
    ['$48,000.00', 'en-US', 48000],
    ['48,000', 'en-US', 48000],
    ['75%', 'en-US', 75],
    ['($1,200.50)', 'en-US', -1200.5],
    ['-12.5', 'en-US', -12.5],
    ['USD 235,000.00', 'en-US', 235000],
    ['48.000,00 €', 'de-DE', 48000],
    ['1.234,5', 'de-DE', 1234.5],
    ['48\u202f000,00 €', 'fr-FR', 48000],
    ['CHF 48’000.00', 'de-CH', 48000],
  ])('reads %s in %s as %s', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  it('reads nothing shown as no value and keeps text without digits', () => {
    expect(parseLocaleNumber('  ', 'en-US')).toBeNull();
    expect(parseLocaleNumber('TBD', 'en-US')).toBe('TBD');
  });
});

describe('parseLocaleDate', () => {
  it.each([
    ['2/26/2027', 'en-US', '2027-02-26'],
    ['12/31/2026', 'en-US', '2026-12-31'],
    ['26/02/2027', 'en-GB', '2027-02-26'],
    ['26.02.2027', 'de-DE', '2027-02-26'],
    ['2027/02/26', 'ja-JP', '2027-02-26'],
    ['2027-02-26', 'en-US', '2027-02-26'],
    ['2/26/27', 'en-US', '2027-02-26'],
  ])('reads %s in %s as %s', (text, locale, expected) => {
    expect(parseLocaleDate(text, locale)).toBe(expected);
  });

  it.each([['2/30/2027'], ['Discovery call on 12/3'], ['13/13/2027'], ['11/25/2026, 9:41 AM'], ['']])('does not take %s for a date', (text) => {
    expect(parseLocaleDate(text, 'en-US')).toBeNull();
  });

  it('falls back to en-US order for a locale the runtime does not know', () => {
    expect(parseLocaleDate('2/26/2027', 'xx-invalid-locale-tag-!!')).toBe('2027-02-26');
  });
});
