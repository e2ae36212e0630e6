import { describe, expect, test } from 'vitest';
import { calendarDaysBetween, isoCalendarDate, parseDateValue } from '../../../lib/rules/logic/dates';

describe('parseDateValue', () => {
  test.each<[string, unknown, string, boolean]>([
    ['a date-only value', '2026-11-24', '2026-11-24T00:00:00.000Z', true],
    ['a leap day', '2024-02-29', '2024-02-29T00:00:00.000Z', true],
    ['ISO with Z', '2026-11-24T13:45:00Z', '2026-11-24T13:45:00.000Z', false],
    ['ISO with lower-case separators', '2026-11-24t13:45:00z', '2026-11-24T13:45:00.000Z', false],
    ['ISO with +hh:mm', '2026-11-24T13:45:00+05:30', '2026-11-24T08:15:00.000Z', false],
    ['Salesforce (+0000)', '2026-11-24T13:45:00.000+0000', '2026-11-24T13:45:00.000Z', false],
    ['Jira (-0800)', '2026-11-24T13:45:00.000-0800', '2026-11-24T21:45:00.000Z', false],
    ['ISO without seconds', '2026-11-24T13:45Z', '2026-11-24T13:45:00.000Z', false],
    ['ISO with microseconds', '2026-11-24T13:45:00.123456Z', '2026-11-24T13:45:00.123Z', false],
    ['ServiceNow (UTC, no offset)', '2026-11-24 13:45:00', '2026-11-24T13:45:00.000Z', false],
    ['HubSpot epoch ms as a string', '1767225600000', '2026-01-01T00:00:00.000Z', false],
    ['HubSpot epoch ms as a number', 1767225600000, '2026-01-01T00:00:00.000Z', false],
    ['a Date object', new Date('2026-03-01T10:00:00Z'), '2026-03-01T10:00:00.000Z', false],
    ['surrounding spaces', ' 2026-11-24 ', '2026-11-24T00:00:00.000Z', true],
    ['a year below 100, taken literally', '0050-06-01', '0050-06-01T00:00:00.000Z', true],
  ])('parses %s', (_name, value, iso, dateOnly) => {
    const parsed = parseDateValue(value);
    expect(parsed).not.toBeNull();
    expect(new Date(parsed?.ms ?? NaN).toISOString()).toBe(iso);
    expect(parsed?.dateOnly).toBe(dateOnly);
  });

  test.each<[string, unknown]>([
    ['an empty string', ''],
    ['blank text', '   '],
    ['null', null],
    ['undefined', undefined],
    ['random text', 'next tuesday'],
    ['a non-existent day', '2026-02-30'],
    ['a non-leap Feb 29', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['hour 24', '2026-11-24T24:00:00Z'],
    ['minute 60', '2026-11-24T10:60:00Z'],
    ['an offset beyond 23 hours', '2026-11-24T10:00:00+2400'],
    ['a T time without an offset (local to an unknown zone)', '2026-11-24T13:45:00'],
    ['a US date', '11/24/2026'],
    ['a boolean', true],
    ['an object', { date: '2026-11-24' }],
    ['an array', ['2026-11-24']],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['an epoch beyond Date range', 9e15],
    ['an invalid Date', new Date('nope')],
    ['a decimal string', '1.5e12'],
  ])('rejects %s', (_name, value) => {
    expect(parseDateValue(value)).toBeNull();
  });
});

describe('isoCalendarDate', () => {
  const justAfterUtcMidnight = Date.parse('2026-01-15T05:00:00Z');
  test.each([
    ['UTC', '2026-01-15'],
    ['America/Los_Angeles', '2026-01-14'],
    ['America/New_York', '2026-01-15'],
    ['Asia/Tokyo', '2026-01-15'],
    ['Pacific/Kiritimati', '2026-01-15'],
    ['Pacific/Pago_Pago', '2026-01-14'],
  ])('in %s', (zone, expected) => {
    expect(isoCalendarDate(justAfterUtcMidnight, zone)).toBe(expected);
  });

  test('follows daylight saving time (Los Angeles is UTC-7 in July)', () => {
    expect(isoCalendarDate(Date.parse('2026-07-01T06:30:00Z'), 'America/Los_Angeles')).toBe('2026-06-30');
    expect(isoCalendarDate(Date.parse('2026-07-01T07:30:00Z'), 'America/Los_Angeles')).toBe('2026-07-01');
  });

  test.each([['an unknown zone', 'Mars/Olympus'], ['an empty zone', '']])('is null for %s', (_name, zone) => {
    expect(isoCalendarDate(0, zone)).toBeNull();
  });

  test('is null for an impossible now', () => {
    expect(isoCalendarDate(NaN, 'UTC')).toBeNull();
  });
});

describe('calendarDaysBetween', () => {
  test.each<[string, unknown, unknown, string, number | null]>([
    ['same instant date in UTC', '2026-01-14T23:30:00-08:00', '2026-01-15T08:00:00Z', 'UTC', 0],
    ['the same instants straddle midnight in Los Angeles', '2026-01-14T23:30:00-08:00', '2026-01-15T08:00:00Z', 'America/Los_Angeles', 1],
    ['date-only values ignore the zone', '2026-01-01', '2026-03-01', 'Asia/Tokyo', 59],
    ['backwards is negative', '2026-03-01', '2026-01-01', 'UTC', -59],
    ['a date-only value against an instant in Los Angeles', '2026-01-15', '2026-01-15T05:00:00Z', 'America/Los_Angeles', -1],
    ['a date-only value against an instant in UTC', '2026-01-15', '2026-01-15T05:00:00Z', 'UTC', 0],
    ['ServiceNow UTC time is the next day in Tokyo', '2026-01-01', '2026-01-10 23:30:00', 'Asia/Tokyo', 10],
    ['HubSpot epoch against Salesforce', '1767225600000', '2026-01-31T12:00:00.000+0000', 'UTC', 30],
    ['across a DST change counts calendar days, not 24-hour blocks', '2026-03-07T12:00:00-08:00', '2026-03-09T12:00:00-07:00', 'America/Los_Angeles', 2],
    ['across a leap day', '2024-02-28', '2024-03-01', 'UTC', 2],
    ['an invalid first date', 'soon', '2026-01-01', 'UTC', null],
    ['an invalid second date', '2026-01-01', '2026-02-30', 'UTC', null],
    ['an unknown zone', '2026-01-01', '2026-01-02T00:00:00Z', 'Nowhere/City', null],
  ])('%s', (_name, from, to, zone, expected) => {
    expect(calendarDaysBetween(from, to, zone)).toBe(expected);
  });
});
