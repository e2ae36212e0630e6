/**
 * "Clear everything" of the options page: every IndexedDB store, the preferences, the acknowledgements (also any not
 * yet migrated from `storage.local`) and the tabs' last evaluations. The enterprise policy is the organisation's and
 * stays; open tabs refetch their packs (now the built-in ones) through the revision bump.
 */
import { browser } from 'wxt/browser';
import { LEGACY_ACKS_KEY } from './acks';
import { describeStorageError, openFieldGuardDb, STORE_NAMES } from './db';
import { bumpPacksRevision } from './revision';
import { PREFS_KEY } from './types';

// The keys of lib/runtime/tab-reports.ts.
const TAB_REPORT_PREFIX = 'fieldguard-tab-report:';

/** Clears what it can; when the database cannot be opened, the rest is still cleared and the error says why. */
export async function clearAllData(): Promise<void> {
  await browser.storage.local.remove([PREFS_KEY, LEGACY_ACKS_KEY]);
  const session = await browser.storage.session.get(null);
  const reports = Object.keys(session).filter((key) => key.startsWith(TAB_REPORT_PREFIX));
  if (reports.length > 0) await browser.storage.session.remove(reports);
  try {
    const db = await openFieldGuardDb();
    const tx = db.transaction([...STORE_NAMES], 'readwrite');
    await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  } catch (error) {
    throw new Error(`preferences were cleared, but the database could not be: ${describeStorageError(error)}`);
  } finally {
    await bumpPacksRevision();
  }
}
