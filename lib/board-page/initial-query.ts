import { boardQueryFromUrl } from '../board/query-from-url';
import type { BoardQuery } from '../board/types';
import type { BoardParams } from './board-params';
import { defaultQueryFor } from './source-tabs';

export interface OpenedQuery {
  readonly query: BoardQuery | null;
  /** Why the page the board was opened on gives no query; null when it does, or when none was given. */
  readonly problem: string | null;
}

/** What the board loads first: the list it was opened on, the app's usual list for another page of the app, or nothing. */
export function queryWithSourceProblem(params: BoardParams): OpenedQuery {
  if (!params.hadUrl) return { query: null, problem: null };
  if (params.url === null) return { query: null, problem: 'The board was opened with an address it cannot read. Choose a tab below, or open the board again from a list page.' };
  const query = boardQueryFromUrl(params.url) ?? defaultQueryFor(params.url);
  if (query === null) {
    return { query: null, problem: `FieldGuard does not recognise ${params.url.host} as a supported app page. Choose a tab below, or open the board from a list view, board, queue or view.` };
  }
  if (params.tabId === null && query.app !== 'salesforce') {
    return { query, problem: 'The board was opened without its tab, so it cannot reach the app. Open it again from the FieldGuard button on that tab.' };
  }
  return { query, problem: null };
}
