/**
 * The board page's run state: rows and progress of the current run, Run and Cancel. A new run replaces the rows;
 * cancel and errors keep the rows delivered so far. Callbacks of a run that was replaced are ignored.
 *
 *   const board = useBoardRun((query, callbacks) => launchBoardRun(query, callbacks, tabId));
 *   board.run(query); board.cancel();
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardError, BoardProgress, BoardQuery, BoardRow, BoardRun, BoardRunCallbacks } from '../board/types';

/** Starts a run; may need to prepare first (transport, packs), so it is async. Rejects with a `BoardError`-able cause. */
export type LaunchBoardRun = (query: BoardQuery, callbacks: BoardRunCallbacks) => Promise<BoardRun>;

export interface BoardRunState {
  readonly rows: readonly BoardRow[];
  readonly progress: BoardProgress | null;
  /** The query of the rows shown (the last run's); the bar's query may have been edited since. */
  readonly loadedQuery: BoardQuery | null;
  run(query: BoardQuery): void;
  cancel(): void;
}

const STARTING: BoardProgress = { loaded: 0, total: null, pages: 0, state: 'loading', error: null };

/**
 * Rows reach the page at most this often while loading: each update re-sorts and re-summarizes every row, which
 * per page of a 50,000-record load made loading quadratic. The first page shows at once, the last when loading ends.
 */
export const ROWS_FLUSH_MS = 400;

export function useBoardRun(launch: LaunchBoardRun, errorOf: (cause: unknown, query: BoardQuery) => BoardError): BoardRunState {
  const [rows, setRows] = useState<readonly BoardRow[]>([]);
  const [progress, setProgress] = useState<BoardProgress | null>(null);
  const [loadedQuery, setLoadedQuery] = useState<BoardQuery | null>(null);
  const current = useRef<{ run: BoardRun | null; cancelled: boolean } | null>(null);

  const cancel = useCallback(() => {
    const active = current.current;
    if (!active || active.cancelled) return;
    active.cancelled = true;
    if (active.run) active.run.cancel();
    else setProgress((previous) => (previous ? { ...previous, state: 'cancelled' } : previous));
  }, []);

  const run = useCallback(
    (query: BoardQuery) => {
      cancel();
      const active: { run: BoardRun | null; cancelled: boolean } = { run: null, cancelled: false };
      current.current = active;
      const live = () => current.current === active;
      setRows([]);
      setProgress(STARTING);
      setLoadedQuery(query);
      let latest: readonly BoardRow[] | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let shownOnce = false;
      const flush = () => {
        clearTimeout(timer);
        timer = undefined;
        if (latest !== null && live()) setRows(latest);
        latest = null;
      };
      const callbacks: BoardRunCallbacks = {
        onRows: (next) => {
          latest = next;
          if (!shownOnce) {
            shownOnce = true;
            flush();
          } else {
            timer ??= setTimeout(flush, ROWS_FLUSH_MS);
          }
        },
        onProgress: (next) => {
          if (live()) setProgress(next);
        },
      };
      launch(query, callbacks).then(
        (started) => {
          active.run = started;
          if (active.cancelled) started.cancel();
          void started.finished.then((final) => {
            flush();
            if (live()) setProgress(final);
          });
        },
        (error: unknown) => {
          if (live() && !active.cancelled) setProgress({ ...STARTING, state: 'failed', error: errorOf(error, query) });
        },
      );
    },
    [cancel, launch, errorOf],
  );

  useEffect(() => () => current.current?.run?.cancel(), []);

  return { rows, progress, loadedQuery, run, cancel };
}
