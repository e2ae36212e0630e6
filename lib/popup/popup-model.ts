/**
 * What the popup shows for a tab, decided from plain data: the tab, its frames' last reports, the pack entries and
 * whether storage works. Pure, so every screen is unit-tested without a browser.
 */
import type { App } from '../records/model';
import type { FrameReport, TabReport } from '../runtime/tab-reports';
import type { PageInfo } from '../sites/types';
import type { PackEntry, StorageStatus } from '../store/types';

export interface TabInfo {
  readonly id: number;
  /** Null when the browser does not let the popup see it. */
  readonly url: string | null;
}

export interface PopupData {
  /** Null when there is no tab to describe (a popup opened without one). */
  readonly tab: TabInfo | null;
  readonly reports: TabReport;
  readonly entries: readonly PackEntry[];
  readonly storage: StorageStatus;
}

/** One rule set of the record's app and object, with its findings on this page. */
export interface PackRow {
  readonly entry: PackEntry;
  readonly findings: number;
}

export type PopupScreen =
  | { readonly kind: 'unsupported'; readonly url: string | null }
  | { readonly kind: 'list'; readonly app: App; readonly object: string | null; readonly tabId: number; readonly url: string }
  /** A record page whose content script has not reported yet. */
  | { readonly kind: 'loading'; readonly app: App }
  | { readonly kind: 'record'; readonly tabId: number; readonly frameId: number; readonly report: FrameReport; readonly packs: readonly PackRow[] };

/** The frame whose report the popup shows: the top frame's, else the first subframe's (ServiceNow's `gsft_main`). */
export function chosenFrame(reports: TabReport): { readonly frameId: number; readonly report: FrameReport } | null {
  const ids = Object.keys(reports).map(Number).filter(Number.isInteger).sort((a, b) => a - b);
  const frameId = ids[0];
  const report = frameId === undefined ? undefined : reports[String(frameId)];
  return frameId === undefined || !report ? null : { frameId, report };
}

export function screenOf(data: PopupData, detect: (url: URL) => PageInfo | null): PopupScreen {
  const { tab } = data;
  if (!tab) return { kind: 'unsupported', url: null };
  const chosen = chosenFrame(data.reports);
  if (chosen) {
    const { report } = chosen;
    const packs = data.entries
      .filter((entry) => entry.pack.app === report.app && entry.pack.object === report.object)
      .map((entry) => ({ entry, findings: report.findings.filter((finding) => finding.pack === entry.pack.id).length }));
    return { kind: 'record', tabId: tab.id, frameId: chosen.frameId, report, packs };
  }
  const url = tab.url;
  const page = url === null ? null : pageOf(url, detect);
  if (page?.kind === 'list' && url !== null) return { kind: 'list', app: page.app, object: page.object, tabId: tab.id, url };
  if (page?.kind === 'record') return { kind: 'loading', app: page.app };
  return { kind: 'unsupported', url };
}

function pageOf(url: string, detect: (url: URL) => PageInfo | null): PageInfo | null {
  try {
    return detect(new URL(url));
  } catch {
    return null;
  }
}

export type ScoreBand = 'clean' | 'good' | 'fair' | 'poor';

/** The score in a word, so the ring's colour is never the only cue. */
export function scoreBand(score: number): { readonly band: ScoreBand; readonly word: string } {
  if (score >= 100) return { band: 'clean', word: 'Clean' };
  if (score >= 90) return { band: 'good', word: 'Good' };
  if (score >= 70) return { band: 'fair', word: 'Needs work' };
  return { band: 'poor', word: 'Poor' };
}

/** The board's address for a list page: the board reads `tab` and `url`. */
export function boardUrl(base: string, tabId: number, url: string): string {
  return `${base}?tab=${tabId}&url=${encodeURIComponent(url)}`;
}
