/**
 * Small preferences in `storage.local` under `PREFS_KEY`. Every extension context and content script sees their
 * changes through `storage.onChanged`; `onPrefsChanged` wraps that for extension pages.
 *
 *   const prefs = await readPrefs();
 *   await updatePrefs((p) => ({ ...p, historyDays: 30 }));
 *
 * Storage is a trust boundary: a stored value that does not parse (an older format, a manual edit) falls back to
 * the default of that one key, never to an error. Changes are serialized within a context; a change of
 * `disabledPacks` or `remoteUrls` also bumps `PACKS_REVISION_KEY` in the same write, so open tabs refetch packs.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { appSchema } from '../records/model';
import { nextPacksRevision } from './revision';
import { PACKS_REVISION_KEY, PREFS_KEY, type Preferences } from './types';

export const DEFAULT_PREFS: Preferences = {
  disabledPacks: [],
  remoteUrls: [],
  customDomains: [],
  historyDays: 90,
  displayName: '',
  hubspotInternalApi: false,
};

export const MAX_HISTORY_DAYS = 3650;

const httpsUrl = z.url({ protocol: /^https$/ }).max(2000);

const customDomainSchema = z.object({
  origin: z.url({ protocol: /^https$/ }).max(300),
  app: appSchema,
});

/** What `updatePrefs` accepts: exactly valid values, so a caller's mistake is an error, not a silent default. */
const prefsSchema = z.strictObject({
  disabledPacks: z.array(z.string().max(200)),
  remoteUrls: z.array(httpsUrl),
  customDomains: z.array(customDomainSchema),
  historyDays: z.number().int().min(1).max(MAX_HISTORY_DAYS),
  displayName: z.string().max(100),
  hubspotInternalApi: z.boolean(),
});

// What was stored: each key falls back to its default on its own, so one bad value does not reset the others.
const storedPrefsSchema = z.object({
  disabledPacks: prefsSchema.shape.disabledPacks.catch([]).default([]),
  remoteUrls: prefsSchema.shape.remoteUrls.catch([]).default([]),
  customDomains: prefsSchema.shape.customDomains.catch([]).default([]),
  historyDays: prefsSchema.shape.historyDays.catch(DEFAULT_PREFS.historyDays).default(DEFAULT_PREFS.historyDays),
  displayName: prefsSchema.shape.displayName.catch(DEFAULT_PREFS.displayName).default(DEFAULT_PREFS.displayName),
  hubspotInternalApi: prefsSchema.shape.hubspotInternalApi.catch(DEFAULT_PREFS.hubspotInternalApi).default(DEFAULT_PREFS.hubspotInternalApi),
});

/** Parses a stored (or about to be stored) value; anything unusable becomes the defaults. */
export function parsePrefs(stored: unknown): Preferences {
  const parsed = storedPrefsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_PREFS;
}

export async function readPrefs(): Promise<Preferences> {
  return parsePrefs((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]);
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the current preferences and stores the result. Throws (and stores nothing) when the result is
 * invalid, such as an http remote URL, so a caller's mistake is not silently replaced by a default.
 */
export function updatePrefs(change: (prefs: Preferences) => Preferences): Promise<Preferences> {
  const done = writing.catch(() => undefined).then(async () => {
    const before = await readPrefs();
    const checked = prefsSchema.safeParse(change(before));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`invalid preferences at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'rejected'}`);
    }
    const after = checked.data;
    const packsChanged = !sameList(before.disabledPacks, after.disabledPacks) || !sameList(before.remoteUrls, after.remoteUrls);
    await browser.storage.local.set({ [PREFS_KEY]: after, ...(packsChanged ? { [PACKS_REVISION_KEY]: nextPacksRevision() } : {}) });
    return after;
  });
  writing = done;
  return done;
}

/** Calls `listener` with the new preferences after every change, from any context; returns the unsubscribe. */
export function onPrefsChanged(listener: (prefs: Preferences) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PREFS_KEY in changes) listener(parsePrefs(changes[PREFS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

