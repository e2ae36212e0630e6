import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { BoardRow } from '../../lib/board/types';
import { FindingList } from './FindingList';
import { formatCount, formatDay, formatMoney } from './format';
import { ScoreMeter } from './ScoreMeter';
import { SortHeader } from './SortHeader';
import { nextSort, sortBy, type SortDirection, type SortState } from './sort';

type RecordColumn = 'title' | 'owner' | 'stage' | 'closeDate' | 'amount' | 'score' | 'errors' | 'warnings';

const NATURAL: Record<RecordColumn, SortDirection> = {
  title: 'ascending',
  owner: 'ascending',
  stage: 'ascending',
  closeDate: 'ascending',
  amount: 'descending',
  score: 'ascending',
  errors: 'descending',
  warnings: 'descending',
};

function columnValue(row: BoardRow, column: RecordColumn): string | number | null {
  return column === 'owner' ? row.ownerName : row[column];
}

const ROW_HEIGHT = 40;

/** Expand, title, owner, stage, then the optional close date and amount, then score, errors, warnings. */
function gridColumns(hasCloseDates: boolean, hasAmounts: boolean): string {
  return ['32px', 'minmax(180px, 2.4fr)', 'minmax(110px, 1.2fr)', 'minmax(100px, 1fr)', hasCloseDates ? '110px' : '', hasAmounts ? '110px' : '', '96px', '64px', '76px']
    .filter(Boolean)
    .join(' ');
}

export interface RecordsTableProps {
  readonly rows: readonly BoardRow[];
  readonly currency: string;
  readonly hasAmounts: boolean;
  /** For the table's accessible name: "All records" or "Records of Dana Ruiz". */
  readonly caption: string;
  /** Height of the scrolling body in pixels. */
  readonly height?: number;
}

/**
 * Every loaded record, worst first. Only the rows in view are in the DOM (@tanstack/react-virtual), so ten
 * thousand records scroll as smoothly as ten; an expanded row grows to show its findings and is measured.
 */
export function RecordsTable({ rows, currency, hasAmounts, caption, height = 520 }: RecordsTableProps) {
  const [sort, setSort] = useState<SortState<RecordColumn>>({ key: 'score', direction: 'ascending' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const sorted = useMemo(() => sortBy(rows, sort, columnValue), [rows, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands back functions React Compiler cannot memoize safely; this component opts out as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => sorted[index]?.id ?? index,
  });
  const onSort = (column: RecordColumn) => setSort((current) => nextSort(current, column, NATURAL[column]));
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const header = (label: string, column: RecordColumn, numeric = false) => (
    <SortHeader as="div" label={label} column={column} sort={sort} onSort={onSort} numeric={numeric} />
  );
  // Tickets rarely have a close date: the column shows only when some record has one.
  const hasCloseDates = useMemo(() => rows.some((row) => row.closeDate !== null), [rows]);
  const gridStyle = { gridTemplateColumns: gridColumns(hasCloseDates, hasAmounts) };
  return (
    <div className="fg-records" role="table" aria-label={caption} aria-rowcount={sorted.length + 1}>
      <div role="rowgroup" className="fg-records-head">
        <div role="row" aria-rowindex={1} className="fg-records-grid" style={gridStyle}>
          <div role="columnheader" className="fg-expand-cell">
            <span className="fg-visually-hidden">Findings</span>
          </div>
          {header('Title', 'title')}
          {header('Owner', 'owner')}
          {header('Stage', 'stage')}
          {hasCloseDates && header('Close date', 'closeDate')}
          {hasAmounts && header('Amount', 'amount', true)}
          {header('Score', 'score', true)}
          {header('Errors', 'errors', true)}
          {header('Warnings', 'warnings', true)}
        </div>
      </div>
      <div ref={scrollRef} className="fg-records-scroll" style={{ height: Math.min(height, Math.max(ROW_HEIGHT, virtualizer.getTotalSize())) }} role="rowgroup">
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = sorted[item.index];
            if (!row) return null;
            const isOpen = expanded.has(row.id);
            const detailsId = `fg-findings-${row.id}`;
            return (
              <div
                key={item.key}
                role="presentation"
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-record-id={row.id}
                className={`fg-record${isOpen ? ' fg-record-open' : ''}${item.index % 2 ? ' fg-record-odd' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div role="row" aria-rowindex={item.index + 2} className="fg-records-grid" style={gridStyle}>
                  <div role="cell" className="fg-expand-cell">
                    <button
                      type="button"
                      className="fg-expand"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailsId : undefined}
                      aria-label={`${isOpen ? 'Hide' : 'Show'} findings of ${row.title}`}
                      onClick={() => toggle(row.id)}
                    >
                      <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                    </button>
                  </div>
                  <div role="cell" className="fg-cell-title">
                    <a href={row.url} target="_blank" rel="noopener noreferrer" title={row.title}>
                      {row.title}
                    </a>
                  </div>
                  <div role="cell" className="fg-cell-text">{row.ownerName}</div>
                  <div role="cell" className="fg-cell-text">{row.stage ?? ''}</div>
                  {hasCloseDates && <div role="cell" className="fg-cell-text">{formatDay(row.closeDate)}</div>}
                  {hasAmounts && (
                    <div role="cell" className="fg-num">
                      {row.amount === null ? <span className="fg-muted" title="No amount">—</span> : formatMoney(row.amount, currency)}
                    </div>
                  )}
                  <div role="cell" className="fg-num">
                    <ScoreMeter score={row.score} />
                  </div>
                  <div role="cell" className={`fg-num${row.errors ? ' fg-count-error' : ' fg-muted'}`}>{formatCount(row.errors)}</div>
                  <div role="cell" className={`fg-num${row.warnings ? ' fg-count-warning' : ' fg-muted'}`}>{formatCount(row.warnings)}</div>
                </div>
                {isOpen && (
                  <div role="row" className="fg-record-details">
                    <div role="cell" id={detailsId}>
                      <FindingList findings={row.findings} />
                    </div>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
