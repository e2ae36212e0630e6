/**
 * The content-script runtime every app shares. An app's content script is three lines:
 *
 *   export default defineContentScript({ matches: JIRA_MATCHES, runAt: 'document_idle',
 *     main: (ctx) => runFieldGuard(ctx, jiraAdapter) });
 *
 * On start and on every in-page navigation, the adapter decides from the URL whether this is a record page; if
 * it is, a record view (record-view.ts) runs until the URL names another record or the script is invalidated.
 * Any other page gets nothing. No error inside FieldGuard reaches the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { ApiAccess, SiteAdapter } from '../sites/types';
import { createApiAccess } from './api-access';
import { registerBoardResponder } from './board-responder';
import { messagingBackend, type Backend } from './backend';
import { logError } from './log';
import { storagePackChanges, type PackChanges } from './pack-changes';
import { createPageBridge, type PageBridge } from './page-bridge';
import { DEFAULT_TIMINGS, startRecordView, type RecordView, type ViewTimings } from './record-view';
import { warmUpIntl } from './time-zone';
import { focusRequestOf, type FocusResult } from './tab-messages';

export type RuntimeContext = Pick<ContentScriptContext, 'signal' | 'addEventListener'>;

/** Seams for tests; the content script uses the defaults. */
export interface RunOptions {
  readonly doc?: Document;
  readonly backend?: Backend;
  readonly api?: (signal: AbortSignal) => ApiAccess;
  /** The main-world bridge (page values, the app's field messages). */
  readonly bridge?: PageBridge;
  readonly timings?: Partial<ViewTimings>;
  readonly now?: () => number;
  readonly packChanges?: PackChanges;
}

export function runFieldGuard(ctx: RuntimeContext, adapter: SiteAdapter, options: RunOptions = {}): void {
  try {
    const doc = options.doc ?? document;
    const backend = options.backend ?? messagingBackend;
    const timings = { ...DEFAULT_TIMINGS, ...options.timings };
    const now = options.now ?? Date.now;
    const packChanges = options.packChanges ?? storagePackChanges;
    // One bridge (and so at most one main-world injection) per content script, not per record.
    const bridge = options.bridge ?? createPageBridge(doc, injectMainWorld, ctx.signal);
    const api = options.api?.(ctx.signal) ?? createApiAccess(doc, bridge);
    let current: { readonly key: string; readonly view: RecordView } | null = null;

    const show = (url: URL) => {
      try {
        const page = adapter.detect(url);
        const key = page?.kind === 'record' ? `${page.app}|${page.object ?? ''}|${page.recordId}` : null;
        if (current && current.key === key) return current.view.poke();
        current?.view.stop();
        current = null;
        if (page?.kind !== 'record' || key === null || ctx.signal.aborted) return;
        current = { key, view: startRecordView({ adapter, page, doc, backend, api, pageCommand: bridge.command, timings, now, packChanges }, ctx.signal) };
      } catch (error) {
        logError('handling the page failed', error);
      }
    };

    // The first look at the page runs in a task of its own, after Intl's one-time set-up in another: together with
    // the script's start-up they made the longest task of a cold page load.
    setTimeout(warmUpIntl, 0);
    setTimeout(() => {
      if (!ctx.signal.aborted) show(new URL(doc.location.href));
    }, 0);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => show(event.newUrl));
    listenForFocusRequests(() => current?.view ?? null, ctx.signal);
    registerBoardResponder(adapter.app, api, doc, ctx.signal);
  } catch (error) {
    logError('starting failed', error);
  }
}

/** The popup's "jump to field": answers `focus-finding` tab messages for the record view shown now. */
function listenForFocusRequests(view: () => RecordView | null, signal: AbortSignal): void {
  if (signal.aborted) return;
  const onMessage = (message: unknown): Promise<{ focused: FocusResult }> | undefined => {
    const request = focusRequestOf(message);
    if (!request) return undefined;
    try {
      return Promise.resolve({ focused: view()?.focus(request.key) ?? 'none' });
    } catch (error) {
      logError('focusing a finding failed', error);
      return Promise.resolve({ focused: 'none' });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}

/**
 * Loads `main-world.js` into the page with a `<script src>`. Not WXT's `injectScript`: for MV2 (the Firefox
 * build) it inlines the script's text, and FieldGuard puts no inline script in anyone's page.
 */
function injectMainWorld(channel: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL('/main-world.js');
    script.dataset.fieldguardChannel = channel;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error('the main-world script did not load')), { once: true });
    (document.head ?? document.documentElement).append(script);
    // The script runs once loaded whether or not its element stays; the page keeps no trace of it.
    script.remove();
  });
}
