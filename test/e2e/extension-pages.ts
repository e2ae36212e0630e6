/**
 * Opening the extension's own pages on an app tab, as the toolbar button does: the popup and the board take the
 * tab as `?tab=<id>` (and the board its address as `&url=`).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';

/**
 * The extension's id for the tab showing `appUrl`, asked from an extension page through the tabs API. Without host
 * access (ServiceNow) a tab's URL is hidden, so the app tab is the one opened last before that page (ids only grow).
 */
export async function tabIdOf(extensionPage: Page, appUrl: string): Promise<number> {
  const tabId = await extensionPage.evaluate(async (url) => {
    type Tab = { id?: number; url?: string };
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(filter: object): Promise<Tab[]>; getCurrent(): Promise<Tab> } } };
    const self = (await chrome.tabs.getCurrent()).id ?? Infinity;
    const before = (await chrome.tabs.query({})).filter((tab) => tab.id !== undefined && tab.id < self && (tab.url === undefined || tab.url === url));
    return before.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0]?.id ?? null;
  }, appUrl);
  if (tabId === null) throw new Error(`no tab shows ${appUrl}`);
  return tabId;
}

/** Opens the app page in a tab, then the board as the popup would, on that tab and its address. */
export async function openBoard(browser: { context: BrowserContext; extensionId: string }, appUrl: string): Promise<{ app: Page; board: Page }> {
  const app = await browser.context.newPage();
  await app.goto(appUrl);
  const board = await browser.context.newPage();
  const base = `chrome-extension://${browser.extensionId}/board.html`;
  await board.goto(base);
  const tabId = await tabIdOf(board, app.url());
  await board.goto(`${base}?${new URLSearchParams({ tab: String(tabId), url: app.url() }).toString()}`);
  return { app, board };
}

/**
 * The tab whose stored report (lib/runtime/tab-reports.ts, in `storage.session`) is about `recordId`, asked in the
 * background worker: without the "tabs" permission the worker cannot read an app tab's URL.
 */
export function tabIdOfRecord(worker: Worker, recordId: string): Promise<number | null> {
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: { get(key: null): Promise<Record<string, unknown>> } } } };
    for (const [key, frames] of Object.entries(await chrome.storage.session.get(null))) {
      if (Object.values(frames as Record<string, { recordId?: string }>).some((frame) => frame.recordId === id)) return Number(key.split(':')[1]);
    }
    return null;
  }, recordId);
}
