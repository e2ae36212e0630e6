/**
 * The background's care of the stored data: retention (history older than `prefs.historyDays` days, and
 * acknowledgements that expired longer ago than that) on start, daily by an alarm and whenever the preferences
 * change; the one-time move of acknowledgements out of `storage.local`; and a packs revision bump when the
 * organisation's policy changes, so open tabs refetch their packs.
 */
import { browser } from 'wxt/browser';
import { migrateLegacyAcks, pruneAcks } from './acks';
import { pruneHistory } from './history';
import { onPolicyChanged } from './policy';
import { onPrefsChanged, readPrefs } from './prefs';
import { bumpPacksRevision } from './revision';

export const PRUNE_ALARM = 'fieldguard-prune-history';
export const PRUNE_PERIOD_MINUTES = 24 * 60;

export async function pruneStoredData(now: number): Promise<{ history: number; acks: number }> {
  const { historyDays } = await readPrefs();
  return { history: await pruneHistory(historyDays, now), acks: await pruneAcks(historyDays, now) };
}

/** Adds the listeners synchronously (MV3 workers need that) and starts the first pruning. */
export function startStorageUpkeep(now: () => number = Date.now): void {
  const prune = () => void pruneStoredData(now()).catch((error: unknown) => logStoreError('pruning failed', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) prune();
  });
  // Created only when absent: re-creating it on every worker start would push the daily run back each time.
  void browser.alarms.get(PRUNE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: PRUNE_PERIOD_MINUTES });
  });
  // A shorter retention applies at once; other changes make a cheap no-op pass.
  onPrefsChanged(prune);
  onPolicyChanged(() => void bumpPacksRevision().catch((error: unknown) => logStoreError('open tabs not told of the new policy', error)));
  prune();
  void migrateLegacyAcks().catch((error: unknown) => logStoreError('acknowledgements not migrated yet', error));
}

export function logStoreError(what: string, error: unknown): void {
  console.warn(`[FieldGuard] ${what}: ${error instanceof Error ? error.message : String(error)}`);
}
