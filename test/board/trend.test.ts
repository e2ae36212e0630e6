import { describe, expect, it } from 'vitest';
import { hygieneTrend, mondayOf } from '../../lib/board/trend';
import type { HistoryEntry } from '../../lib/store/types';

const entry = (recordId: string, day: string, score: number, at = Date.parse(`${day}T12:00:00Z`)): HistoryEntry => ({
  app: 'salesforce', object: 'Opportunity', recordId, day, score, errors: 0, warnings: 0, info: 0, owner: null, at,
});

describe('hygieneTrend', () => {
  it('averages each record\'s last score of each recent week, oldest week first, skipping empty weeks', () => {
    // Wednesday 2026-11-25: this week starts Monday 11-23; four weeks back is the week of 11-02.
    const now = Date.parse('2026-11-25T15:00:00');
    const history = [
      entry('A', '2026-10-20', 10), // before the four weeks: left out
      entry('A', '2026-11-02', 60),
      entry('A', '2026-11-04', 70), // A's last in the week of 11-02
      entry('B', '2026-11-03', 90),
      entry('A', '2026-11-24', 95),
      entry('B', '2026-11-23', 85),
      entry('C', '2026-11-25', 72),
    ];
    // Week of 11-02: (70 + 90) / 2 = 80 over 2 records; 11-09 and 11-16 have none; 11-23: (95 + 85 + 72) / 3 = 84.
    expect(hygieneTrend(history, 4, now)).toEqual([
      { week: '2026-11-02', score: 80, records: 2 },
      { week: '2026-11-23', score: 84, records: 3 },
    ]);
  });

  it('finds the Monday of any day', () => {
    expect(['2026-11-23', '2026-11-25', '2026-11-29'].map(mondayOf)).toEqual(['2026-11-23', '2026-11-23', '2026-11-23']);
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
  });
});
