/**
 * Keeps the packs of remote rule-pack URLs (the user's `prefs.remoteUrls` and the policy's `remoteRulePackUrls`)
 * in IndexedDB. A sync either replaces everything a URL serves with a new valid copy, or changes no pack at all:
 * through network errors, HTTP errors, invalid JSON or packs, slow or oversized answers the last good copy stays in
 * force, and the URL's `SyncState.lastError` says what happened. Only the background calls this (see
 * `remote-schedule.ts`), so two syncs never race.
 *
 * The background's fetch is cross-origin: unless the extension holds a host permission for the URL's origin, the
 * server must send `Access-Control-Allow-Origin`, expose `ETag` (`Access-Control-Expose-Headers`) and allow the
 * `If-None-Match` header in its preflight answer (test/demo-apps/rule-packs.ts serves exactly that).
 *
 *   const state = await syncRemoteUrl('https://rules.example.com/packs.json', defaultRemoteSyncDeps());
 *   const states = await syncAll(defaultRemoteSyncDeps());
 */
import { browser } from 'wxt/browser';
import type { RulePack } from '../rules/schema';
import { openFieldGuardDb } from './db';
import { fetchLimited, RemoteFetchError } from './fetch-limited';
import { readPolicy } from './policy';
import { readPrefs } from './prefs';
import { forgetRemoteUrl, getSyncState, listSyncStates, putRemotePacks, putSyncState, remoteUrlsOf } from './registry';
import { builtinReservedIds, parseRemotePacks } from './remote-packs';
import { nextPacksRevision } from './revision';
import { SYNC_STATES_REVISION_KEY, type StoredPack, type SyncState } from './types';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1_048_576;

/** Where syncing reads and writes; the background passes `defaultRemoteSyncDeps()`, tests their own fetch. */
export interface RemoteSyncDeps {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** The URLs to keep in sync: the user's and the policy's, without duplicates. */
  readonly configuredUrls: () => Promise<readonly string[]>;
  readonly store: RemotePackStore;
}

/** The storage syncing needs; every write that changes packs bumps `PACKS_REVISION_KEY`, so open tabs refetch. */
export interface RemotePackStore {
  getSyncState(url: string): Promise<SyncState | null>;
  putSyncState(state: SyncState): Promise<void>;
  listSyncStates(): Promise<readonly SyncState[]>;
  listStoredPacks(): Promise<readonly StoredPack[]>;
  /** Makes `packs` the packs of `url`, removing any it served before and no longer does. */
  putRemotePacks(url: string, packs: readonly RulePack[], at: number): Promise<void>;
  /** Drops the packs and the sync state of a URL that is no longer configured. */
  forgetRemoteUrl(url: string): Promise<void>;
}

export function defaultRemoteSyncDeps(): RemoteSyncDeps {
  return {
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxBytes: DEFAULT_MAX_BYTES,
    configuredUrls: configuredRemoteUrls,
    store: { getSyncState, putSyncState: putAndAnnounceSyncState, listSyncStates, listStoredPacks, putRemotePacks, forgetRemoteUrl },
  };
}

async function putAndAnnounceSyncState(state: SyncState): Promise<void> {
  await putSyncState(state);
  await browser.storage.local.set({ [SYNC_STATES_REVISION_KEY]: nextPacksRevision() });
}

export async function configuredRemoteUrls(): Promise<string[]> {
  const [prefs, policy] = await Promise.all([readPrefs(), readPolicy()]);
  return remoteUrlsOf(prefs, policy);
}

/** Every stored pack as stored (the comparison with a new copy wants the exact stored form). */
async function listStoredPacks(): Promise<StoredPack[]> {
  return (await openFieldGuardDb()).getAll('packs');
}

export function neverSynced(url: string): SyncState {
  return { url, etag: null, lastAttemptAt: null, lastSuccessAt: null, lastError: null, packIds: [] };
}

/** Fetches one URL and stores what it serves; resolves with the URL's new state, also when the sync failed. */
export async function syncRemoteUrl(url: string, deps: RemoteSyncDeps): Promise<SyncState> {
  const before = (await deps.store.getSyncState(url)) ?? neverSynced(url);
  const at = deps.now();
  let after: SyncState;
  try {
    after = await fetchAndStore(url, before, at, deps);
  } catch (error) {
    after = { ...before, lastAttemptAt: at, lastError: describeFailure(error) };
  }
  await deps.store.putSyncState(after);
  return after;
}

export interface SyncAllOptions {
  /** Skips URLs attempted less than this long ago (a worker waking up often must not refetch every time). */
  readonly skipAttemptedWithinMs?: number;
}

/**
 * Syncs every configured URL, one at a time, and drops the packs and state of URLs no longer configured.
 * Resolves with the state of each configured URL, in the configured order.
 */
export async function syncAll(deps: RemoteSyncDeps, options: SyncAllOptions = {}): Promise<SyncState[]> {
  const urls = await deps.configuredUrls();
  await forgetUnconfigured(new Set(urls), deps);
  const states: SyncState[] = [];
  for (const url of urls) {
    const known = await deps.store.getSyncState(url);
    const attemptedAt = known?.lastAttemptAt ?? null;
    const recent = attemptedAt !== null && options.skipAttemptedWithinMs !== undefined && deps.now() - attemptedAt < options.skipAttemptedWithinMs;
    states.push(known && recent ? known : await syncRemoteUrl(url, deps));
  }
  return states;
}

async function fetchAndStore(url: string, before: SyncState, at: number, deps: RemoteSyncDeps): Promise<SyncState> {
  // The ETag only stands for packs we still hold: after a failed first sync there is nothing to keep.
  const etag = before.lastSuccessAt !== null ? before.etag : null;
  const answer = await fetchLimited(url, { fetch: deps.fetch, etag, timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes });
  if (answer.kind === 'not-modified') return { ...before, lastAttemptAt: at, lastSuccessAt: at, lastError: null };

  const stored = await deps.store.listStoredPacks();
  const reserved = builtinReservedIds();
  for (const other of stored) {
    if (other.source === 'imported') reserved.set(other.id, 'an imported pack');
    else if (other.url !== url) reserved.set(other.id, `the remote URL ${other.url ?? '(unknown)'}`);
  }
  const parsed = parseRemotePacks(answer.text, reserved);
  if (!parsed.ok) throw new RemoteFetchError(parsed.error);

  const previous = stored.filter((entry) => entry.source === 'remote' && entry.url === url);
  if (!samePacks(previous, parsed.packs)) await deps.store.putRemotePacks(url, parsed.packs, at);
  return { url, etag: answer.etag, lastAttemptAt: at, lastSuccessAt: at, lastError: null, packIds: parsed.packs.map((pack) => pack.id) };
}

async function forgetUnconfigured(configured: ReadonlySet<string>, deps: RemoteSyncDeps): Promise<void> {
  const [states, stored] = await Promise.all([deps.store.listSyncStates(), deps.store.listStoredPacks()]);
  const known = [
    ...states.map((state) => state.url),
    ...stored.flatMap((entry) => (entry.source === 'remote' && entry.url !== null ? [entry.url] : [])),
  ];
  for (const url of new Set(known)) {
    if (!configured.has(url)) await deps.store.forgetRemoteUrl(url);
  }
}

function samePacks(previous: readonly StoredPack[], next: readonly RulePack[]): boolean {
  if (previous.length !== next.length) return false;
  const byId = new Map(previous.map((entry) => [entry.id, JSON.stringify(entry.pack)]));
  return next.every((pack) => byId.get(pack.id) === JSON.stringify(pack));
}

function describeFailure(error: unknown): string {
  if (error instanceof RemoteFetchError) return error.message;
  // Anything else failed while storing: say so, the packs in force did not change.
  return `could not store the packs: ${error instanceof Error ? error.message : String(error)}`;
}
