/**
 * The board and the stored hygiene history: a run's evaluations join the history (one entry per record and day,
 * as for records opened in the app), and the trend is read back for the records and owners on the board.
 */
import { boardObjects } from '../board/connect';
import { hygieneTrend } from '../board/trend';
import type { BoardQuery, BoardRow, TrendPoint } from '../board/types';
import { firstKeptDay, listHistory, recordEvaluation } from '../store/history';

export const TREND_WEEKS = 12;

/** Writes in small parallel batches: each entry is its own IndexedDB transaction. */
const WRITE_BATCH = 50;

export async function recordBoardRows(rows: readonly BoardRow[], now: number): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    await Promise.all(
      rows.slice(start, start + WRITE_BATCH).map((row) =>
        recordEvaluation(
          { app: row.app, object: row.object, recordId: row.id, score: row.score, errors: row.errors, warnings: row.warnings, info: row.info, owner: row.ownerId ?? row.ownerName },
          now,
        ),
      ),
    );
  }
}

/** The weekly trend of the team on the board: its records, and its owners' other records of the same objects. */
export async function loadTeamTrend(query: BoardQuery, rows: readonly BoardRow[], now: number): Promise<TrendPoint[]> {
  const objects = new Set(boardObjects(query));
  const entries = await listHistory({ app: query.app, sinceDay: firstKeptDay(TREND_WEEKS * 7, now) });
  const recordIds = new Set(rows.map((row) => row.id));
  const owners = new Set(rows.flatMap((row) => (row.ownerId === null ? [row.ownerName] : [row.ownerId, row.ownerName])));
  const team = entries.filter(
    (entry) => objects.has(entry.object) && (recordIds.has(entry.recordId) || (entry.owner !== null && owners.has(entry.owner))),
  );
  return hygieneTrend(team, TREND_WEEKS, now);
}
