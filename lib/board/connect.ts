/**
 * What a board run needs in the board page (an extension page): the transport for the query's app and the active
 * packs for its objects.
 *
 *   const deps = await boardRunDeps(query, tabId);   // tabId from the page's `?tab=` parameter
 *   const run = startBoardRun(query, callbacks, deps);
 */
import { browser } from 'wxt/browser';
import { OBJECTS_BY_APP } from '../records/apps';
import type { RulePack } from '../rules/schema';
import { activePacksFor } from '../store/registry';
import { BoardFailure } from './errors';
import type { BoardRunDeps } from './run';
import { salesforceTransport, tabTransport, type BoardTransport, type SendToTab } from './transport';
import type { BoardQuery } from './types';

/** Jira lists hold issues and JSM requests together; each record is evaluated with its own object's packs. */
export function boardObjects(query: BoardQuery): string[] {
  return query.app === 'jira' ? [...OBJECTS_BY_APP.jira] : [query.object];
}

export async function boardPacks(query: BoardQuery): Promise<RulePack[]> {
  const lists = await Promise.all(boardObjects(query).map((object) => activePacksFor(query.app, object)));
  return lists.flat();
}

/** The transport for the query: Salesforce from this page, the other apps through the source tab's content script. */
export async function boardTransport(query: BoardQuery, tabId: number | null): Promise<BoardTransport> {
  if (query.app === 'salesforce') {
    const tab = tabId === null ? null : await browser.tabs.get(tabId).catch(() => null);
    const storeId = (tab as { cookieStoreId?: string } | null)?.cookieStoreId;
    return salesforceTransport({ cookies: browser.cookies, tabUrl: `${query.origin}/`, ...(storeId === undefined ? {} : { storeId }) });
  }
  if (tabId === null) {
    return () =>
      Promise.reject(
        new BoardFailure({
          kind: 'not-signed-in',
          message: 'The board needs an open, signed-in tab of the app to load this list.',
          advice: 'Open the list or view in the app, then open the board from the FieldGuard popup on that tab.',
        }),
      );
  }
  const send: SendToTab = (id, message, options) => browser.tabs.sendMessage(id, message, options);
  return tabTransport(query.app, tabId, send);
}

export async function boardRunDeps(query: BoardQuery, tabId: number | null): Promise<BoardRunDeps> {
  const [transport, packs] = await Promise.all([boardTransport(query, tabId), boardPacks(query)]);
  return { transport, packs };
}
