/**
 * Hygiene history: one entry per record and day (the last evaluation of the day wins), written by the background
 * from each `report`, read by the options page (export) and the board (trends). Kept `historyDays` days; the
 * background prunes daily and on start.
 */
import Papa from 'papaparse';
import type { App } from '../records/model';
import { openFieldGuardDb } from './db';
import type { HistoryEntry } from './types';

/** What an evaluation report carries that the history keeps. */
export interface EvaluationSummary {
  readonly app: App;
  readonly object: string | null;
  readonly recordId: string;
  readonly score: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly owner?: string | null;
}

/** `YYYY-MM-DD` of `at` in the browser's time zone. */
export function dayOf(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first day kept when keeping `days` days up to and including today. */
export function firstKeptDay(days: number, now: number): string {
  const date = new Date(now);
  date.setDate(date.getDate() - (days - 1));
  return dayOf(date.getTime());
}

/** Upserts today's entry of the record; a report without an object (not a record page) is not history. */
export async function recordEvaluation(report: EvaluationSummary, now: number): Promise<HistoryEntry | null> {
  if (report.object === null || report.recordId === '') return null;
  const entry: HistoryEntry = {
    app: report.app,
    object: report.object,
    recordId: report.recordId,
    day: dayOf(now),
    score: report.score,
    errors: report.errors,
    warnings: report.warnings,
    info: report.info,
    owner: report.owner ?? null,
    at: now,
  };
  await (await openFieldGuardDb()).put('history', entry);
  return entry;
}

export interface HistoryQuery {
  readonly app?: App;
  readonly object?: string;
  /** `YYYY-MM-DD`, inclusive. */
  readonly sinceDay?: string;
}

/** Entries oldest day first (by record within a day). */
export async function listHistory(query: HistoryQuery = {}): Promise<HistoryEntry[]> {
  const db = await openFieldGuardDb();
  const range = query.sinceDay === undefined ? undefined : IDBKeyRange.lowerBound(query.sinceDay);
  const entries = await db.getAllFromIndex('history', 'day', range);
  return entries.filter((entry) => (query.app === undefined || entry.app === query.app) && (query.object === undefined || entry.object === query.object));
}

/** Deletes entries older than the last `days` days; returns how many went. */
export async function pruneHistory(days: number, now: number): Promise<number> {
  const db = await openFieldGuardDb();
  const tx = db.transaction('history', 'readwrite');
  let removed = 0;
  let cursor = await tx.store.index('day').openCursor(IDBKeyRange.upperBound(firstKeptDay(days, now), true));
  while (cursor) {
    await cursor.delete();
    removed += 1;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}

/** One flat row per entry, in the column order of the CSV export. */
export interface HistoryRow {
  readonly day: string;
  readonly app: string;
  readonly object: string;
  readonly recordId: string;
  readonly owner: string;
  readonly score: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /** ISO 8601 time of the day's last evaluation. */
  readonly evaluatedAt: string;
}

export const HISTORY_COLUMNS: readonly (keyof HistoryRow)[] = ['day', 'app', 'object', 'recordId', 'owner', 'score', 'errors', 'warnings', 'info', 'evaluatedAt'];

export function historyRowOf(entry: HistoryEntry): HistoryRow {
  return {
    day: entry.day,
    app: entry.app,
    object: entry.object,
    recordId: entry.recordId,
    owner: entry.owner ?? '',
    score: entry.score,
    errors: entry.errors,
    warnings: entry.warnings,
    info: entry.info,
    evaluatedAt: new Date(entry.at).toISOString(),
  };
}

export async function exportHistory(): Promise<HistoryRow[]> {
  return (await listHistory()).map(historyRowOf);
}

/** CSV with a header row; cells that a spreadsheet would run as a formula are escaped. */
export function historyCsv(rows: readonly HistoryRow[]): string {
  return Papa.unparse({ fields: [...HISTORY_COLUMNS], data: rows.map((row) => HISTORY_COLUMNS.map((column) => row[column])) }, { escapeFormulae: true });
}

export async function clearHistory(): Promise<void> {
  await (await openFieldGuardDb()).clear('history');
}
