/**
 * `PACKS_REVISION_KEY` in `storage.local` changes whenever the active packs may have changed (a stored pack, the
 * prefs' disabled packs or remote URLs, the managed policy). Content scripts listen to it and ask `get-packs` again.
 * The value is an opaque string that differs on every bump: two contexts bumping in the same millisecond still
 * produce a change event each.
 */
import { browser } from 'wxt/browser';
import { PACKS_REVISION_KEY } from './types';

export function nextPacksRevision(now: number = Date.now()): string {
  return `${now}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function bumpPacksRevision(): Promise<void> {
  await browser.storage.local.set({ [PACKS_REVISION_KEY]: nextPacksRevision() });
}
