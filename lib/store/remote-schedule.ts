/**
 * When the background syncs the remote rule-pack URLs: when the worker starts (URLs not tried in the last period),
 * every `REMOTE_SYNC_PERIOD_MINUTES` by alarm, when the user's `remoteUrls` or the policy change (a new URL is
 * fetched at once, a removed one forgotten), when a host permission is granted, and on demand (the options page's `remote-sync-now` message).
 * Syncs run one after another, so an alarm and a click never write the same URL's packs at the same time.
 *
 *   startRemoteSync();                                  // in startBackground, synchronously
 *   const states = await syncRemoteNow();               // the message handler: every URL, now
 */
import { browser } from 'wxt/browser';
import { defaultRemoteSyncDeps, neverSynced, syncAll, syncRemoteUrl, type RemoteSyncDeps, type SyncAllOptions } from './remote-sync';
import { parsePrefs } from './prefs';
import { PREFS_KEY, type SyncState } from './types';

export const REMOTE_SYNC_ALARM = 'fieldguard-remote-sync';
export const REMOTE_SYNC_PERIOD_MINUTES = 60;
const PERIOD_MS = REMOTE_SYNC_PERIOD_MINUTES * 60_000;

let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Adds the listeners (synchronously, as MV3 workers require), makes sure the alarm exists, and syncs what is due. */
export function startRemoteSync(deps: () => RemoteSyncDeps = defaultRemoteSyncDeps): void {
  const due = () => void runInBackground(deps, { skipAttemptedWithinMs: PERIOD_MS });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMOTE_SYNC_ALARM) void runInBackground(deps, {});
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') due();
    const prefs = changes[PREFS_KEY];
    if (area === 'local' && prefs && !sameUrls(parsePrefs(prefs.oldValue).remoteUrls, parsePrefs(prefs.newValue).remoteUrls)) due();
  });
  // Host access granted for a rule-pack server (the options page asks when a URL is added) lifts its CORS limits.
  browser.permissions.onAdded.addListener((permissions) => {
    if ((permissions.origins ?? []).length > 0) void runInBackground(deps, {});
  });
  void ensureAlarm();
  due();
}

/**
 * Syncs `url` (one of the configured URLs) or every configured URL now, whatever their last attempt; resolves with
 * the state of every configured URL.
 */
export function syncRemoteNow(url?: string, deps: RemoteSyncDeps = defaultRemoteSyncDeps()): Promise<SyncState[]> {
  return serialized(async () => {
    if (url === undefined) return syncAll(deps);
    const urls = await deps.configuredUrls();
    if (!urls.includes(url)) throw new Error(`${url} is not one of the configured rule-pack URLs`);
    await syncRemoteUrl(url, deps);
    return Promise.all(urls.map(async (configured) => (await deps.store.getSyncState(configured)) ?? neverSynced(configured)));
  });
}

function runInBackground(deps: () => RemoteSyncDeps, options: SyncAllOptions): Promise<void> {
  return serialized(() => syncAll(deps(), options)).then(
    () => undefined,
    // Each URL's own failure is in its SyncState; what lands here is storage failing (no IndexedDB, say).
    (error: unknown) => console.warn(`[FieldGuard] remote rule packs not synced: ${error instanceof Error ? error.message : String(error)}`),
  );
}

/** Creates the alarm once: creating it again on every worker start would push its first run back each time. */
async function ensureAlarm(): Promise<void> {
  if (await browser.alarms.get(REMOTE_SYNC_ALARM)) return;
  await browser.alarms.create(REMOTE_SYNC_ALARM, { delayInMinutes: REMOTE_SYNC_PERIOD_MINUTES, periodInMinutes: REMOTE_SYNC_PERIOD_MINUTES });
}

function sameUrls(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((url, index) => url === b[index]);
}
