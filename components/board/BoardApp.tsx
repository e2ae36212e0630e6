import { useEffect, useMemo, useRef, useState } from 'react';
import type { BoardProgress, BoardQuery, BoardRow, BoardSummary, TrendPoint } from '../../lib/board/types';
import type { SourceTab } from '../../lib/board-page/source-tab';
import { ScoreDistribution } from './charts/ScoreDistribution';
import { TopRules } from './charts/TopRules';
import { TrendChart } from './charts/TrendChart';
import { ErrorBanner } from './ErrorBanner';
import { ExportBar } from './ExportBar';
import { Headline } from './Headline';
import { ownerKey } from './owner-key';
import { OwnerTable } from './OwnerTable';
import { ProgressPanel } from './ProgressPanel';
import { QueryBar } from './QueryBar';
import { RecordsTable } from './RecordsTable';
import { SourcePicker } from './SourcePicker';

export interface BoardAppProps {
  /** What the board loads; null until the user picks a source. */
  readonly query: BoardQuery | null;
  /** The query the page was opened with. */
  readonly original: BoardQuery | null;
  /** Open app tabs to choose from when there is no query; null while being listed. */
  readonly tabs: readonly SourceTab[] | null;
  /** Why the source the page was opened with cannot be used (tab closed, page not recognised). */
  readonly sourceProblem: string | null;
  readonly rows: readonly BoardRow[];
  readonly summary: BoardSummary;
  /** Null before the first run. */
  readonly progress: BoardProgress | null;
  readonly trend: readonly TrendPoint[] | null;
  readonly currency: string;
  readonly onQueryChange: (query: BoardQuery) => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  readonly onPickTab: (tab: SourceTab) => void;
  readonly onChangeSource?: () => void;
  readonly onExportCsv: () => void;
  readonly onCopySummary: () => Promise<void>;
}

const CRM_APPS: ReadonlySet<BoardQuery['app']> = new Set(['salesforce', 'hubspot']);

/** The forecast-hygiene board: query, progress, the numbers, the pictures, the owners and their records. */
export function BoardApp(props: BoardAppProps) {
  const { query, rows, summary, progress, currency } = props;
  const [selectedOwner, setSelectedOwner] = useState<string | null>(null);
  const hasAmounts = query !== null && CRM_APPS.has(query.app);
  const ownerRows = useMemo(
    () => (selectedOwner === null ? rows : rows.filter((row) => ownerKey(row) === selectedOwner)),
    [rows, selectedOwner],
  );
  const recordsWithErrors = useMemo(() => rows.reduce((count, row) => count + (row.errors > 0 ? 1 : 0), 0), [rows]);
  const selectedName = selectedOwner === null ? null : (summary.owners.find((owner) => ownerKey(owner) === selectedOwner)?.ownerName ?? null);
  const running = progress?.state === 'loading';

  return (
    <div className="fg-board">
      <header className="fg-board-header">
        <div>
          <h1>Forecast hygiene board</h1>
          <p className="fg-muted">Checked in your browser with your active rule packs. No record leaves it.</p>
        </div>
        <span className="fg-brand" aria-hidden="true">
          FieldGuard
        </span>
      </header>

      {props.sourceProblem && (
        <div className="fg-banner fg-banner-warning" role="alert">
          <span className="fg-banner-icon" aria-hidden="true">
            !
          </span>
          <div className="fg-banner-body">
            <p>{props.sourceProblem}</p>
          </div>
        </div>
      )}

      {query === null ? (
        <SourcePicker tabs={props.tabs} onPick={props.onPickTab} />
      ) : (
        <>
          <QueryBar
            query={query}
            original={props.original}
            running={running}
            onChange={props.onQueryChange}
            onRun={props.onRun}
            onCancel={props.onCancel}
            onChangeSource={props.onChangeSource}
          />
          {progress && <ProgressPanel progress={progress} onCancel={props.onCancel} />}
          {progress?.state === 'failed' && progress.error && <ErrorBanner error={progress.error} kept={rows.length} onRetry={props.onRun} />}
          <BoardBody
            {...props}
            query={query}
            hasAmounts={hasAmounts}
            running={running}
            selectedOwner={selectedOwner}
            selectedName={selectedName}
            onSelectOwner={setSelectedOwner}
            ownerRows={ownerRows}
            recordsWithErrors={recordsWithErrors}
            currency={currency}
          />
        </>
      )}
    </div>
  );
}

interface BoardBodyProps extends BoardAppProps {
  readonly query: BoardQuery;
  readonly hasAmounts: boolean;
  readonly running: boolean;
  readonly selectedOwner: string | null;
  readonly selectedName: string | null;
  readonly onSelectOwner: (owner: string | null) => void;
  readonly ownerRows: readonly BoardRow[];
  readonly recordsWithErrors: number;
}

function BoardBody(props: BoardBodyProps) {
  const { query, rows, summary, progress, currency, hasAmounts, selectedOwner } = props;
  const recordsRef = useRef<HTMLElement>(null);
  // Choosing an owner shows their records: bring the table into view, below a long owner list.
  useEffect(() => {
    if (selectedOwner !== null) recordsRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [selectedOwner]);
  if (progress === null) {
    return (
      <section className="fg-state" data-board-state="ready">
        <h2>Ready when you are</h2>
        <p>
          Run loads <strong>{query.label}</strong> page by page and checks every record with your active rule packs.
        </p>
      </section>
    );
  }
  if (rows.length === 0) {
    if (progress.state === 'loading') {
      return (
        <section className="fg-state" data-board-state="loading" aria-busy="true">
          <div className="fg-skeleton" aria-hidden="true">
            <span />
            <span />
            <span />
            <span />
          </div>
          <p className="fg-muted">Asking the app for the first page of records…</p>
        </section>
      );
    }
    if (progress.state === 'done') {
      return (
        <section className="fg-state" data-board-state="empty">
          <h2>No records match</h2>
          <p>
            <strong>{query.label}</strong> returned nothing. Widen the query above (another quarter, your team or everyone, a
            broader filter) and run again.
          </p>
        </section>
      );
    }
    if (progress.state === 'cancelled') {
      return (
        <section className="fg-state" data-board-state="cancelled">
          <h2>Cancelled</h2>
          <p>The run stopped before the first page arrived. Run again when you are ready.</p>
        </section>
      );
    }
    return null;
  }
  return (
    <>
      <Headline summary={summary} currency={currency} hasAmounts={hasAmounts} recordsWithErrors={props.recordsWithErrors} />
      <ExportBar disabled={rows.length === 0} onExportCsv={props.onExportCsv} onCopySummary={props.onCopySummary} />
      <section className="fg-charts" aria-label="Charts">
        <ScoreDistribution bands={summary.scoreBands} />
        <TopRules rules={summary.topRules} />
        <TrendChart points={props.trend} />
      </section>
      <section className="fg-section" aria-labelledby="fg-owners-title">
        <h2 id="fg-owners-title">By owner</h2>
        <OwnerTable
          owners={summary.owners}
          currency={currency}
          hasAmounts={hasAmounts}
          selected={props.selectedOwner}
          onSelect={props.onSelectOwner}
        />
      </section>
      <section className="fg-section" aria-labelledby="fg-records-title" ref={recordsRef}>
        <div className="fg-section-head">
          <h2 id="fg-records-title">
            {props.selectedName === null ? 'All records' : `Records of ${props.selectedName}`}
            <span className="fg-count-pill">{props.ownerRows.length.toLocaleString()}</span>
          </h2>
          {props.selectedName !== null && (
            <button type="button" className="fg-link-button" onClick={() => props.onSelectOwner(null)}>
              Show every owner
            </button>
          )}
        </div>
        <RecordsTable
          rows={props.ownerRows}
          currency={currency}
          hasAmounts={hasAmounts}
          caption={props.selectedName === null ? 'All records' : `Records of ${props.selectedName}`}
        />
      </section>
    </>
  );
}
