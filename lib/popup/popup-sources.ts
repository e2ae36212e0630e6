/**
 * Where the popup's data comes from in the extension, behind an interface so the hook is tested with fakes: the
 * tab (the `?tab=` parameter, else the active tab, whose URL the `activeTab` grant makes visible), its reports in
 * `storage.session`, the pack registry, and the messages the popup sends to the tab.
 */
import { browser } from 'wxt/browser';
import type { TabEnvelope, TabProtocol } from '../messaging';
import { readTabReport, type TabReport } from '../runtime/tab-reports';
import { listPackEntries, setPackEnabled, storageStatus } from '../store/registry';
import { PACKS_REVISION_KEY, PREFS_KEY, type PackEntry, type StorageStatus } from '../store/types';
import { boardUrl, type TabInfo } from './popup-model';

export type FocusOutcome = TabProtocol['focus-finding']['response']['focused'];

export interface PopupSources {
  tab(): Promise<TabInfo | null>;
  reports(tabId: number): Promise<TabReport>;
  entries(): Promise<readonly PackEntry[]>;
  storage(): Promise<StorageStatus>;
  setPackEnabled(id: string, enabled: boolean): Promise<void>;
  focusFinding(tabId: number, frameId: number, key: string): Promise<FocusOutcome>;
  openBoard(tabId: number, url: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Calls back when the tab's reports or the packs change, until `signal` aborts. */
  watch(tabId: number, on: { readonly reports: () => void; readonly entries: () => void }, signal: AbortSignal): void;
}

const reportKey = (tabId: number) => `fieldguard-tab-report:${tabId}`;

export function browserSources(location: Location): PopupSources {
  return {
    async tab() {
      const requested = new URLSearchParams(location.search).get('tab');
      if (requested !== null && /^\d+$/.test(requested)) {
        const tab = await browser.tabs.get(Number(requested));
        return { id: Number(requested), url: tab.url ?? null };
      }
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      return active?.id === undefined ? null : { id: active.id, url: active.url ?? null };
    },
    reports: readTabReport,
    entries: listPackEntries,
    storage: storageStatus,
    setPackEnabled,
    async focusFinding(tabId, frameId, key) {
      const envelope: TabEnvelope<'focus-finding'> = { tag: 'fieldguard/v1', name: 'focus-finding', data: { key } };
      const answer = (await browser.tabs.sendMessage(tabId, envelope, { frameId })) as { focused?: FocusOutcome } | undefined;
      return answer?.focused ?? 'none';
    },
    async openBoard(tabId, url) {
      // The board page is another engineer's entrypoint; its path is not in this build's typed public paths yet.
      const base = browser.runtime.getURL('/board.html' as Parameters<typeof browser.runtime.getURL>[0]);
      await browser.tabs.create({ url: boardUrl(base, tabId, url) });
    },
    openOptions: () => browser.runtime.openOptionsPage(),
    watch(tabId, on, signal) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && Object.hasOwn(changes, reportKey(tabId))) on.reports();
        if (area === 'local' && (Object.hasOwn(changes, PACKS_REVISION_KEY) || Object.hasOwn(changes, PREFS_KEY))) on.entries();
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
    },
  };
}
