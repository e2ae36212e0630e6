import { describe, expect, it } from 'vitest';
import { CliError } from '../../lib/cli/cli-error';
import { checkTimeZone, parseNow } from '../../lib/cli/now';

describe('parseNow', () => {
  it('reads dates and times without an offset in the given zone', () => {
    expect(parseNow('2025-03-31', 'UTC')).toBe(Date.UTC(2025, 2, 31));
    expect(parseNow('2025-03-31T09:15', 'UTC')).toBe(Date.UTC(2025, 2, 31, 9, 15));
    expect(parseNow('2025-01-15', 'Europe/Berlin')).toBe(Date.UTC(2025, 0, 14, 23));
    expect(parseNow('2025-07-15 12:00:00', 'America/New_York')).toBe(Date.UTC(2025, 6, 15, 16));
    expect(parseNow('2025-07-15T12:00:00.5', 'Asia/Kolkata')).toBe(Date.UTC(2025, 6, 15, 6, 30, 0, 500));
  });

  it('settles wall-clock times next to a DST change', () => {
    // Berlin switches to summer time at 02:00 on 2025-03-30; 03:30 is already CEST (UTC+2).
    expect(parseNow('2025-03-30T03:30', 'Europe/Berlin')).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(parseNow('2025-03-30T01:30', 'Europe/Berlin')).toBe(Date.UTC(2025, 2, 30, 0, 30));
  });

  it('honours an explicit offset whatever the zone', () => {
    expect(parseNow('2025-03-31T09:00:00Z', 'Asia/Tokyo')).toBe(Date.UTC(2025, 2, 31, 9));
    expect(parseNow('2025-03-31T09:00:00+02:00', 'UTC')).toBe(Date.UTC(2025, 2, 31, 7));
    expect(parseNow('2025-03-31T09:00:00-0530', 'UTC')).toBe(Date.UTC(2025, 2, 31, 14, 30));
  });

  it.each(['yesterday', '31/03/2025', '2025-02-29', '2025-13-01', '2025-03-31T25:00', '2025-03-31Z', ''])('rejects %j', (text) => {
    expect(() => parseNow(text, 'UTC')).toThrow(CliError);
  });
});

describe('checkTimeZone', () => {
  it('accepts IANA names and rejects others', () => {
    expect(checkTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(checkTimeZone('UTC')).toBe('UTC');
    expect(() => checkTimeZone('CEST+1')).toThrow(/unknown time zone "CEST\+1"/);
  });
});
