/**
 * The options page's backend in the extension: `lib/store/` for packs, preferences, policy, history and
 * acknowledgements, `lib/custom-domains/` for domains and their permissions, and the background worker for remote
 * syncs (only the background syncs, so a click and the schedule never write the same URL at once).
 */
import { browser } from 'wxt/browser';
import { addCustomDomain, listCustomDomains, removeCustomDomain } from '../custom-domains/manage';
import { sendToBackground } from '../runtime/client';
import { listAllAcks, pruneAcks } from '../store/acks';
import { clearAllData } from '../store/clear';
import { exportHistory, pruneHistory } from '../store/history';
import { onPolicyChanged, readPolicy } from '../store/policy';
import { onPrefsChanged, readPrefs, updatePrefs } from '../store/prefs';
import { importPack, listPackEntries, listSyncStates, remoteUrlsOf, removePack, setPackEnabled, storageStatus } from '../store/registry';
import { neverSynced } from '../store/remote-sync';
import { PACKS_REVISION_KEY, SYNC_STATES_REVISION_KEY, type StorageStatus } from '../store/types';
import type { OptionsBackend, OptionsSnapshot } from './options-backend';

export function storeBackend(now: () => number = Date.now): OptionsBackend {
  return {
    load,
    subscribe(onChange) {
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        // Failed and unchanged background syncs bump only the sync-state revision.
        if (area === 'local' && (PACKS_REVISION_KEY in changes || SYNC_STATES_REVISION_KEY in changes)) onChange();
      };
      browser.storage.onChanged.addListener(onStorage);
      // A permission revoked from the browser's extension settings shows here without a reload.
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
      const stopPrefs = onPrefsChanged(onChange);
      const stopPolicy = onPolicyChanged(onChange);
      return () => {
        browser.storage.onChanged.removeListener(onStorage);
        browser.permissions.onAdded.removeListener(onChange);
        browser.permissions.onRemoved.removeListener(onChange);
        stopPrefs();
        stopPolicy();
      };
    },
    setPackEnabled,
    importPack: (json) => importPack(json, now()),
    removePack,
    addRemoteUrl: async (url) => {
      askToReach(url);
      await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [...prefs.remoteUrls.filter((known) => known !== url), url] }));
    },
    removeRemoteUrl: async (url) => {
      await updatePrefs((prefs) => ({ ...prefs, remoteUrls: prefs.remoteUrls.filter((known) => known !== url) }));
    },
    syncNow: async (url) => {
      await sendToBackground('remote-sync-now', { url });
    },
    addCustomDomain: (origin, app) => addCustomDomain(origin, app),
    removeCustomDomain: async (origin) => {
      await removeCustomDomain(origin);
    },
    updatePrefs,
    pruneHistory: async (days) => {
      const [history] = await Promise.all([pruneHistory(days, now()), pruneAcks(days, now())]);
      return history;
    },
    exportHistory,
    clearEverything: clearAllData,
  };
}

async function load(): Promise<OptionsSnapshot> {
  const [prefs, policy, storage, packs, customDomains] = await Promise.all([readPrefs(), readPolicy(), storageStatus(), listPackEntries(), listCustomDomains()]);
  const [stored, acks] = await Promise.all([whenStored(storage, listSyncStates, []), whenStored(storage, () => listAllAcks(), [])]);
  const syncStates = remoteUrlsOf(prefs, policy).map((url) => stored.find((state) => state.url === url) ?? neverSynced(url));
  return { packs, prefs, policy, storage, syncStates, acks, customDomains };
}

/** What the database holds, or `fallback` while it cannot be opened (the banner says why). */
async function whenStored<T>(storage: StorageStatus, read: () => Promise<T>, fallback: T): Promise<T> {
  return storage.ok ? read() : fallback;
}

/**
 * The background fetches rule packs cross-origin: without host access to the URL's origin, the server has to send
 * CORS headers exposing the ETag. Asking for that one origin (an optional host permission) within the admin's click
 * makes any https server work. The URL is added whatever the answer (which may never come: the browser's prompt
 * can stay open); a grant later makes the background sync again.
 */
function askToReach(url: string): void {
  void browser.permissions.request({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
}
