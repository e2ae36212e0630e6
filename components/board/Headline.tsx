import type { BoardSummary } from '../../lib/board/types';
import { formatCount, formatMoney, formatMoneyCompact, scoreTone } from './format';

export interface HeadlineProps {
  readonly summary: BoardSummary;
  readonly currency: string;
  readonly hasAmounts: boolean;
  /** Records with at least one error: the ITSM board's counterpart of the amount at risk. */
  readonly recordsWithErrors: number;
}

interface Tile {
  readonly label: string;
  readonly value: string;
  /** The exact figure when the tile shows a compact one. */
  readonly exact?: string;
  readonly tone?: 'error' | 'warning' | 'ok';
  readonly note?: string;
}

/** The five numbers a manager reads first. */
export function Headline({ summary, currency, hasAmounts, recordsWithErrors }: HeadlineProps) {
  const money = (value: number) => ({ value: formatMoneyCompact(value, currency), exact: formatMoney(value, currency) });
  const tiles: Tile[] = hasAmounts
    ? [
        { label: 'Records', value: formatCount(summary.records) },
        { label: 'Total amount', ...money(summary.amount) },
        { label: 'Commit amount', ...money(summary.commitAmount) },
        {
          label: 'Amount at risk',
          ...money(summary.amountAtRisk),
          tone: summary.amountAtRisk > 0 ? 'error' : 'ok',
          note: 'Commit or best case with errors',
        },
        { label: 'Mean hygiene', value: String(summary.score), tone: scoreTone(summary.score), note: 'out of 100' },
      ]
    : [
        { label: 'Records', value: formatCount(summary.records) },
        {
          label: 'With errors',
          value: formatCount(recordsWithErrors),
          tone: recordsWithErrors > 0 ? 'error' : 'ok',
          note: summary.records ? `${Math.round((recordsWithErrors / summary.records) * 100)}% of records` : undefined,
        },
        { label: 'Owners', value: formatCount(summary.owners.length) },
        { label: 'Mean hygiene', value: String(summary.score), tone: scoreTone(summary.score), note: 'out of 100' },
      ];
  return (
    <dl className="fg-headline">
      {tiles.map((tile) => (
        <div key={tile.label} className={`fg-tile${tile.tone ? ` fg-tile-${tile.tone}` : ''}`} data-tile={tile.label}>
          <dt>{tile.label}</dt>
          <dd title={tile.exact}>
            <span className="fg-tile-value">{tile.value}</span>
            {tile.exact && tile.exact !== tile.value && <span className="fg-visually-hidden"> ({tile.exact})</span>}
            {tile.note && <span className="fg-tile-note">{tile.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
