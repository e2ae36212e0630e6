import type { SortDirection, SortState } from './sort';

interface SortHeaderProps<K extends string> {
  readonly label: string;
  readonly column: K;
  readonly sort: SortState<K>;
  readonly onSort: (column: K) => void;
  readonly numeric?: boolean;
  /** `th` in a real table, a div with role `columnheader` in the virtualized one. */
  readonly as?: 'th' | 'div';
}

const ARROW: Record<SortDirection, string> = { ascending: '▲', descending: '▼' };

/** A column header whose button sorts by it; `aria-sort` tells assistive technology the current order. */
export function SortHeader<K extends string>({ label, column, sort, onSort, numeric = false, as = 'th' }: SortHeaderProps<K>) {
  const active = sort.key === column;
  const Tag = as;
  return (
    <Tag
      role={as === 'div' ? 'columnheader' : undefined}
      scope={as === 'th' ? 'col' : undefined}
      aria-sort={active ? sort.direction : 'none'}
      className={numeric ? 'fg-num' : undefined}
    >
      <button type="button" className="fg-sort" onClick={() => onSort(column)}>
        {label}
        <span className="fg-sort-arrow" aria-hidden="true">
          {active ? ARROW[sort.direction] : '↕'}
        </span>
      </button>
    </Tag>
  );
}
