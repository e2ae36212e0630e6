import { StrictMode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BoardApp } from '../../components/board/BoardApp';
import { formatMoney } from '../../components/board/format';
import { boardRunDeps } from '../../lib/board/connect';
import { queryWithSourceProblem } from '../../lib/board-page/initial-query';
import { parseBoardParams } from '../../lib/board-page/board-params';
import { copyText, downloadBoardCsv } from '../../lib/board-page/board-export';
import { loadTeamTrend, recordBoardRows } from '../../lib/board-page/board-history';
import { listSourceTabs } from '../../lib/board-page/source-tabs';
import type { SourceTab } from '../../lib/board-page/source-tab';
import { useBoardRun, type LaunchBoardRun } from '../../lib/board-page/use-board-run';
import { boardErrorOf, startBoardRun } from '../../lib/board/run';
import { summarizeBoard } from '../../lib/board/summarize';
import { boardSummaryText } from '../../lib/board/summary-text';
import type { BoardQuery, TrendPoint } from '../../lib/board/types';
import './style.css';

/** Amounts are shown in the org's currency; the APIs the board reads give none, so the board assumes US dollars. */
const CURRENCY = 'USD';

const params = parseBoardParams(location.search);
const opened = queryWithSourceProblem(params);

/** Loads, evaluates and exports; BoardApp only shows. */
function BoardPage() {
  // Read when a run starts; a ref keeps `run` stable, so the opening run below happens once per mount.
  const tabId = useRef<number | null>(params.tabId);
  const [original, setOriginal] = useState<BoardQuery | null>(opened.query);
  const [query, setQuery] = useState<BoardQuery | null>(opened.query);
  const [tabs, setTabs] = useState<readonly SourceTab[] | null>(null);
  const [trend, setTrend] = useState<readonly TrendPoint[] | null>(null);

  const launch = useCallback<LaunchBoardRun>(async (next, callbacks) => startBoardRun(next, callbacks, await boardRunDeps(next, tabId.current)), []);
  const board = useBoardRun(launch, boardErrorOf);
  const summary = useMemo(() => summarizeBoard(board.rows), [board.rows]);
  const { run } = board;

  // Opened on a list page, the board loads it at once: the manager came for the numbers.
  useEffect(() => {
    if (opened.query) run(opened.query);
  }, [run]);

  useEffect(() => {
    if (query !== null) return;
    let live = true;
    listSourceTabs().then(
      (found) => live && setTabs(found),
      () => live && setTabs([]),
    );
    return () => {
      live = false;
    };
  }, [query]);

  const finished = board.progress !== null && board.progress.state !== 'loading';
  const { rows, loadedQuery } = board;
  useEffect(() => {
    if (!finished || loadedQuery === null) return;
    let live = true;
    const now = Date.now();
    const showTrend = () =>
      loadTeamTrend(loadedQuery, rows, now).then(
        (points) => live && setTrend(points),
        () => live && setTrend([]),
      );
    // The stored trend shows at once; then this run's evaluations join the history and the trend is read again.
    void showTrend()
      .then(() => recordBoardRows(rows, now))
      .then(showTrend, (error: unknown) => console.warn('[FieldGuard] board history not recorded', error));
    return () => {
      live = false;
    };
  }, [finished, rows, loadedQuery]);

  const pickTab = (tab: SourceTab) => {
    tabId.current = tab.tabId;
    setOriginal(tab.query);
    setQuery(tab.query);
  };

  const changeSource = () => {
    board.cancel();
    setTabs(null);
    setQuery(null);
  };

  return (
    <BoardApp
      query={query}
      original={original}
      tabs={tabs}
      sourceProblem={opened.problem}
      rows={board.rows}
      summary={summary}
      progress={board.progress}
      trend={trend}
      currency={CURRENCY}
      onQueryChange={setQuery}
      onRun={() => query && run(query)}
      onCancel={board.cancel}
      onPickTab={pickTab}
      onChangeSource={params.tabId === null ? changeSource : undefined}
      onExportCsv={() => downloadBoardCsv(board.rows, new Date())}
      onCopySummary={() => {
        const described = loadedQuery ?? query;
        if (described === null) return Promise.reject(new Error('nothing is loaded yet'));
        return copyText(boardSummaryText(summary, described, (amount) => formatMoney(amount, CURRENCY)));
      }}
    />
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BoardPage />
    </StrictMode>,
  );
}
