/**
 * FieldGuard's one IndexedDB database, opened in the extension's own origin (background, popup, options, board;
 * never a content script, whose database would be the page's).
 *
 *   const db = await openFieldGuardDb();
 *   await db.put('packs', storedPack);
 *
 * Versions (each upgrade only adds, so a database of any older version opens with its data intact):
 *   1. `packs` (imported and remote packs by id) and `history` (one entry per record and day, indexed by day).
 *   2. `sync` (the state of each remote URL) and `acks` (acknowledgements, moved out of `storage.local`).
 *
 * The open is memoized. A failed open (a private window, quota, a failed upgrade) is not remembered: the next call
 * tries again, and `storageStatus()` in `registry.ts` reports the reason. Nothing here ever deletes a database.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Acknowledgement } from '../messaging';
import type { HistoryEntry, StoredPack, SyncState } from './types';

export const DB_NAME = 'fieldguard';
export const DB_VERSION = 2;

/** Key of a history entry: one per record and day. */
export type HistoryKey = [app: string, recordId: string, day: string];
/** Key of an acknowledgement: a newer one for the same rule on the same record replaces the older. */
export type AckKey = [app: string, recordId: string, pack: string, rule: string];

export interface FieldGuardDb extends DBSchema {
  packs: { key: string; value: StoredPack };
  sync: { key: string; value: SyncState };
  history: { key: HistoryKey; value: HistoryEntry; indexes: { day: string } };
  acks: { key: AckKey; value: Acknowledgement };
}

export type FieldGuardStore = StoreNames<FieldGuardDb>;
export const STORE_NAMES: readonly FieldGuardStore[] = ['packs', 'sync', 'history', 'acks'];

/** Brings a database of `oldVersion` (0 when new) up to `DB_VERSION`, one version at a time. */
export function upgradeFieldGuardDb(
  db: IDBPDatabase<FieldGuardDb>,
  oldVersion: number,
  _transaction: IDBPTransaction<FieldGuardDb, FieldGuardStore[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('packs', { keyPath: 'id' });
    const history = db.createObjectStore('history', { keyPath: ['app', 'recordId', 'day'] });
    history.createIndex('day', 'day');
  }
  if (oldVersion < 2) {
    db.createObjectStore('sync', { keyPath: 'url' });
    db.createObjectStore('acks', { keyPath: ['app', 'recordId', 'pack', 'rule'] });
  }
}

let opening: Promise<IDBPDatabase<FieldGuardDb>> | null = null;

export function openFieldGuardDb(): Promise<IDBPDatabase<FieldGuardDb>> {
  if (opening) return opening;
  const attempt = openNow();
  opening = attempt;
  attempt.catch(() => {
    if (opening === attempt) opening = null;
  });
  return attempt;
}

async function openNow(): Promise<IDBPDatabase<FieldGuardDb>> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this context');
  const db = await openDB<FieldGuardDb>(DB_NAME, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, transaction) => upgradeFieldGuardDb(database, oldVersion, transaction),
    // Another extension page (after an update) wants a newer version: step aside, the next call reopens.
    blocking: () => closeFieldGuardDb(),
    terminated: () => {
      opening = null;
    },
  });
  return db;
}

/** Closes the memoized connection, if any; the next `openFieldGuardDb()` opens a new one. */
export function closeFieldGuardDb(): void {
  const current = opening;
  opening = null;
  void current?.then((db) => db.close(), () => undefined);
}

/** A short human reason for a failed open or transaction, for `storageStatus()` and the popup. */
export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException) {
    if (error.name === 'QuotaExceededError') return 'the browser refused more storage (quota exceeded)';
    if (error.name === 'InvalidStateError') return 'IndexedDB is not available (a private window?)';
    if (error.name === 'VersionError') return 'the stored database is newer than this version of FieldGuard';
    return `${error.name}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
