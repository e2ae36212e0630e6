/**
 * The team's hygiene trend from the stored history (one entry per record and day, lib/store/history.ts): for each
 * of the last `weeks` weeks (Monday to Sunday), the mean score of each record's last evaluation that week. Weeks
 * without any evaluation are left out rather than drawn as zero.
 */
import type { HistoryEntry } from '../store/types';
import type { TrendPoint } from './types';

const DAY_MS = 86_400_000;

/** `now` decides which weeks are "recent"; the entries' `day` (local `YYYY-MM-DD`) decides the week they fall in. */
export function hygieneTrend(history: readonly HistoryEntry[], weeks: number, now: number = Date.now()): TrendPoint[] {
  const lastWeek = mondayOf(localDay(now));
  const firstWeek = addDays(lastWeek, -7 * (Math.max(1, weeks) - 1));
  const latest = new Map<string, Map<string, HistoryEntry>>();
  for (const entry of history) {
    const week = mondayOf(entry.day);
    if (week < firstWeek || week > lastWeek) continue;
    const records = latest.get(week) ?? new Map<string, HistoryEntry>();
    const key = `${entry.app}|${entry.object}|${entry.recordId}`;
    const seen = records.get(key);
    if (!seen || entry.day > seen.day || (entry.day === seen.day && entry.at > seen.at)) records.set(key, entry);
    latest.set(week, records);
  }
  return [...latest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, records]) => {
      const entries = [...records.values()];
      return { week, score: Math.round(entries.reduce((total, entry) => total + entry.score, 0) / entries.length), records: entries.length };
    });
}

/** The Monday of the week of a `YYYY-MM-DD` day. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function localDay(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
