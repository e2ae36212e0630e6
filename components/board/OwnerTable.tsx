import { useMemo, useState } from 'react';
import type { OwnerSummary } from '../../lib/board/types';
import { formatCount, formatMoney } from './format';
import { ownerKey } from './owner-key';
import { ScoreMeter } from './ScoreMeter';
import { SeverityIcon } from './SeverityIcon';
import { SortHeader } from './SortHeader';
import { nextSort, sortBy, type SortDirection, type SortState } from './sort';

type OwnerColumn = 'owner' | 'records' | 'amount' | 'commitAmount' | 'score' | 'amountAtRisk';

/** Text sorts A→Z first; amounts and counts biggest first; the score worst first. */
const NATURAL: Record<OwnerColumn, SortDirection> = {
  owner: 'ascending',
  records: 'descending',
  amount: 'descending',
  commitAmount: 'descending',
  score: 'ascending',
  amountAtRisk: 'descending',
};

function columnValue(owner: OwnerSummary, column: OwnerColumn): string | number {
  return column === 'owner' ? owner.ownerName : owner[column];
}

export interface OwnerTableProps {
  readonly owners: readonly OwnerSummary[];
  readonly currency: string;
  /** Whether the records are deals with amounts (CRM) or tickets (ITSM). */
  readonly hasAmounts: boolean;
  readonly selected: string | null;
  readonly onSelect: (ownerKey: string | null) => void;
}

/** One line per owner, sortable; choosing an owner drills the records table down to theirs. */
export function OwnerTable({ owners, currency, hasAmounts, selected, onSelect }: OwnerTableProps) {
  const [sort, setSort] = useState<SortState<OwnerColumn>>({ key: hasAmounts ? 'amountAtRisk' : 'score', direction: hasAmounts ? 'descending' : 'ascending' });
  const sorted = useMemo(() => sortBy(owners, sort, columnValue), [owners, sort]);
  const onSort = (column: OwnerColumn) => setSort((current) => nextSort(current, column, NATURAL[column]));
  const header = (label: string, column: OwnerColumn, numeric = true) => (
    <SortHeader label={label} column={column} sort={sort} onSort={onSort} numeric={numeric} />
  );
  return (
    <table className="fg-table fg-owner-table">
      <caption className="fg-visually-hidden">Hygiene per owner; choose an owner to see their records.</caption>
      <thead>
        <tr>
          {header('Owner', 'owner', false)}
          {header(hasAmounts ? 'Deals' : 'Records', 'records')}
          {hasAmounts && header('Amount', 'amount')}
          {hasAmounts && header('Commit', 'commitAmount')}
          {header('Hygiene', 'score')}
          {hasAmounts && header('At risk', 'amountAtRisk')}
          <th scope="col">Top problems</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((owner) => {
          const key = ownerKey(owner);
          const isSelected = key === selected;
          return (
            <tr key={key} className={isSelected ? 'fg-selected' : undefined} data-owner={owner.ownerName}>
              <th scope="row">
                <button
                  type="button"
                  className="fg-owner-button"
                  aria-pressed={isSelected}
                  onClick={() => onSelect(isSelected ? null : key)}
                  title={isSelected ? 'Show every owner’s records' : `Show ${owner.ownerName}’s records`}
                >
                  {owner.ownerName}
                </button>
              </th>
              <td className="fg-num">{formatCount(owner.records)}</td>
              {hasAmounts && <td className="fg-num">{formatMoney(owner.amount, currency)}</td>}
              {hasAmounts && <td className="fg-num">{formatMoney(owner.commitAmount, currency)}</td>}
              <td className="fg-num">
                <ScoreMeter score={owner.score} />
              </td>
              {hasAmounts && (
                <td className={`fg-num${owner.amountAtRisk > 0 ? ' fg-at-risk' : ''}`}>{formatMoney(owner.amountAtRisk, currency)}</td>
              )}
              <td>
                {owner.topProblems.length === 0 ? (
                  <span className="fg-muted">None</span>
                ) : (
                  <ul className="fg-problems">
                    {owner.topProblems.map((problem) => (
                      <li key={`${problem.pack}/${problem.rule}`}>
                        <SeverityIcon severity={problem.severity} />
                        <span>{problem.title}</span>
                        <span className="fg-problem-count">×{formatCount(problem.count)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
