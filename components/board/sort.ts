/** Column sorting shared by the owner and record tables. */

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  readonly key: K;
  readonly direction: SortDirection;
}

type Sortable = string | number | null;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Nulls last in both directions: an empty close date or amount is never the most interesting row. */
export function compareValues(a: Sortable, b: Sortable, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

export function sortBy<T, K extends string>(items: readonly T[], sort: SortState<K>, value: (item: T, key: K) => Sortable): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => compareValues(value(x.item, sort.key), value(y.item, sort.key), sort.direction) || x.index - y.index)
    .map(({ item }) => item);
}

/** Clicking the sorted column flips it; another column starts with its natural direction. */
export function nextSort<K extends string>(current: SortState<K>, key: K, natural: SortDirection): SortState<K> {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: natural };
}
