/**
 * The last evaluation each tab's frames reported, and the toolbar badge that sums their unacknowledged errors.
 * Kept in `storage.session` so it survives the MV3 worker going idle but not the browser session; the popup
 * (issue #4) reads it with `readTabReport`.
 */
import { browser } from 'wxt/browser';
import type { PageReport } from '../messaging';

export interface FrameReport extends PageReport {
  /** Epoch milliseconds of the report. */
  readonly at: number;
}

/** Reports by frame id (0 is the top frame; ServiceNow's classic form reports from its `gsft_main` frame). */
export type TabReport = Readonly<Record<string, FrameReport>>;

export const BADGE_COLOR = '#c23934';

const keyOf = (tabId: number) => `fieldguard-tab-report:${tabId}`;

// Frames of one tab report concurrently; each change is a read-modify-write, so changes to a tab run in order.
const queues = new Map<number, Promise<unknown>>();

function update(tabId: number, change: (report: TabReport) => TabReport): Promise<void> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(async () => {
    const report = change(await readTabReport(tabId));
    if (Object.keys(report).length === 0) await browser.storage.session.remove(keyOf(tabId));
    else await browser.storage.session.set({ [keyOf(tabId)]: report });
    await showBadge(tabId, report);
  });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

export async function readTabReport(tabId: number): Promise<TabReport> {
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  return stored !== null && typeof stored === 'object' ? (stored as TabReport) : {};
}

export function setFrameReport(tabId: number, frameId: number, report: PageReport, now: number): Promise<void> {
  return update(tabId, (reports) => ({ ...reports, [String(frameId)]: { ...report, at: now } }));
}

export function clearFrameReport(tabId: number, frameId: number): Promise<void> {
  return update(tabId, (reports) => keep(reports, (id) => id !== String(frameId)));
}

/**
 * On a navigation of the tab, drops what no longer describes it: subframe reports, and the top frame's report
 * unless it is already about the new URL (after a pushState the content script may have reported it first).
 */
export function clearStaleReports(tabId: number, tabUrl: string | undefined): Promise<void> {
  return update(tabId, (reports) => keep(reports, (id, report) => id === '0' && report.url === tabUrl));
}

export function forgetTab(tabId: number): Promise<void> {
  return update(tabId, () => ({}));
}

function keep(reports: TabReport, test: (frameId: string, report: FrameReport) => boolean): TabReport {
  return Object.fromEntries(Object.entries(reports).filter(([frameId, report]) => test(frameId, report)));
}

export function badgeTextOf(report: TabReport): string {
  const errors = Object.values(report).reduce((sum, frame) => sum + frame.errors, 0);
  if (errors === 0) return '';
  return errors > 99 ? '99+' : String(errors);
}

async function showBadge(tabId: number, report: TabReport): Promise<void> {
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const text = badgeTextOf(report);
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}
