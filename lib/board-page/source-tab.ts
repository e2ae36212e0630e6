import type { BoardQuery } from '../board/types';

/** An open tab of a supported app the board can load through, with the query it would start from. */
export interface SourceTab {
  readonly tabId: number;
  readonly title: string;
  readonly url: string;
  readonly query: BoardQuery;
  /** Whether the tab shows a list, view or queue (its records are the query) rather than any page of the app. */
  readonly isList: boolean;
}
