/**
 * Tells a content script when the active packs may have changed (a pack switched on or off, imported, synced, or
 * a policy change): the extension bumps `PACKS_REVISION_KEY` in `storage.local` on every such change.
 */
import { browser } from 'wxt/browser';
// lib/store/types.ts imports only types at run time, so this adds one string to the bundle (zod-free.test.ts checks).
import { PACKS_REVISION_KEY } from '../store/types';

/** Calls `listener` on every change of the packs revision until `signal` aborts. */
export type PackChanges = (listener: () => void, signal: AbortSignal) => void;

export const storagePackChanges: PackChanges = (listener, signal) => {
  if (signal.aborted) return;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, PACKS_REVISION_KEY)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
};
