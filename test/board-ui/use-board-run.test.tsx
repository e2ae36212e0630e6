// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { BoardError, BoardProgress, BoardQuery, BoardRun, BoardRunCallbacks } from '../../lib/board/types';
import { ROWS_FLUSH_MS, useBoardRun, type BoardRunState, type LaunchBoardRun } from '../../lib/board-page/use-board-run';
import { INCIDENT_QUERY, LIST_VIEW_QUERY, ROWS } from './fixtures';
import { render } from './render';

/** A run the test drives by hand: it delivers pages when told and ends on cancel, like `startBoardRun`. */
class ScriptedRun implements BoardRun {
  cancelled = false;
  private settle: (progress: BoardProgress) => void = () => {};
  readonly finished = new Promise<BoardProgress>((resolve) => (this.settle = resolve));
  private loaded = 0;
  private pages = 0;
  constructor(
    readonly query: BoardQuery,
    private readonly callbacks: BoardRunCallbacks,
  ) {}
  page(count: number): void {
    this.loaded += count;
    this.pages++;
    this.callbacks.onRows(ROWS.slice(0, this.loaded));
    this.callbacks.onProgress(this.progress('loading'));
  }
  end(state: BoardProgress['state'], error: BoardError | null = null): void {
    const progress = this.progress(state, error);
    this.callbacks.onProgress(progress);
    this.settle(progress);
  }
  cancel(): void {
    this.cancelled = true;
    this.end('cancelled');
  }
  private progress(state: BoardProgress['state'], error: BoardError | null = null): BoardProgress {
    return { loaded: this.loaded, total: ROWS.length, pages: this.pages, state, error };
  }
}

const errorOf = (cause: unknown): BoardError => ({ kind: 'network', message: String(cause), advice: 'Reload the tab.' });

function harness(launch: LaunchBoardRun): { current: () => BoardRunState } {
  let state: BoardRunState | undefined;
  function Harness() {
    state = useBoardRun(launch, errorOf);
    return null;
  }
  render(<Harness />);
  return {
    current: () => {
      if (!state) throw new Error('not rendered');
      return state;
    },
  };
}

/** A board whose every run is a `ScriptedRun`, kept in `runs` in the order they started. */
function scriptedBoard(): { board: { current: () => BoardRunState }; runs: ScriptedRun[] } {
  const runs: ScriptedRun[] = [];
  const board = harness(async (query, callbacks) => {
    const run = new ScriptedRun(query, callbacks);
    runs.push(run);
    return run;
  });
  return { board, runs };
}

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('the board page’s run state', () => {
  it('shows rows as pages arrive and keeps them on cancel', async () => {
    const { board, runs } = scriptedBoard();
    act(() => board.current().run(LIST_VIEW_QUERY));
    expect(board.current().progress).toMatchObject({ state: 'loading', loaded: 0 });
    await flush();
    act(() => runs[0]?.page(3));
    expect(board.current().rows).toHaveLength(3);
    act(() => board.current().cancel());
    await flush();
    expect(runs[0]?.cancelled).toBe(true);
    expect(board.current().progress).toMatchObject({ state: 'cancelled', loaded: 3 });
    expect(board.current().rows).toHaveLength(3);
    expect(board.current().loadedQuery).toBe(LIST_VIEW_QUERY);
  });

  it('cancels while the run is still being prepared, and starts nothing visible after', async () => {
    let release: (run: BoardRun) => void = () => {};
    let scripted: ScriptedRun | undefined;
    const board = harness((query, callbacks) => {
      scripted = new ScriptedRun(query, callbacks);
      return new Promise((resolve) => (release = resolve));
    });
    act(() => board.current().run(LIST_VIEW_QUERY));
    act(() => board.current().cancel());
    expect(board.current().progress?.state).toBe('cancelled');
    if (scripted) release(scripted);
    await flush();
    expect(scripted?.cancelled).toBe(true);
    expect(board.current().rows).toHaveLength(0);
    expect(board.current().progress?.state).toBe('cancelled');
  });

  it('replaces the rows on a new run and ignores the old run’s late pages', async () => {
    const { board, runs } = scriptedBoard();
    act(() => board.current().run(LIST_VIEW_QUERY));
    await flush();
    act(() => runs[0]?.page(4));
    act(() => board.current().run(INCIDENT_QUERY));
    await flush();
    expect(runs[0]?.cancelled).toBe(true);
    expect(board.current().rows).toHaveLength(0);
    act(() => runs[0]?.page(1));
    expect(board.current().rows).toHaveLength(0);
    act(() => runs[1]?.page(2));
    act(() => runs[1]?.end('done'));
    await flush();
    expect(board.current().rows).toHaveLength(2);
    expect(board.current().progress).toMatchObject({ state: 'done', loaded: 2 });
    expect(board.current().loadedQuery).toBe(INCIDENT_QUERY);
  });

  it('shows the first page at once, then at most one update per interval while pages pour in, and every row at the end', async () => {
    const { board, runs } = scriptedBoard();
    act(() => board.current().run(LIST_VIEW_QUERY));
    await flush();
    act(() => runs[0]?.page(1));
    expect(board.current().rows).toHaveLength(1);
    act(() => runs[0]?.page(1));
    act(() => runs[0]?.page(1));
    expect(board.current().rows).toHaveLength(1);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, ROWS_FLUSH_MS + 50));
    });
    expect(board.current().rows).toHaveLength(3);
    act(() => runs[0]?.page(2));
    act(() => runs[0]?.end('done'));
    await flush();
    expect(board.current().rows).toHaveLength(5);
  });

  it('reports a run that could not start as failed, with the reason', async () => {
    const board = harness(() => Promise.reject(new Error('the tab was closed')));
    act(() => board.current().run(INCIDENT_QUERY));
    await flush();
    expect(board.current().progress).toMatchObject({ state: 'failed', error: { kind: 'network', message: 'Error: the tab was closed' } });
  });
});
