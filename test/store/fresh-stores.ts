/**
 * A clean slate for each store test: a new in-memory IndexedDB (fake-indexeddb), no open connection memoized,
 * and the fake browser's storage areas emptied.
 */
// The globals idb relies on (IDBRequest, IDBKeyRange, ...); each test then gets its own empty factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeFieldGuardDb } from '../../lib/store/db';

export function freshStores(): void {
  closeFieldGuardDb();
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
}

/** Makes every open of IndexedDB fail the way a private window or a broken profile does. */
export function breakIndexedDb(name = 'InvalidStateError', message = 'A mutation operation was attempted on a database that did not allow mutations.'): void {
  closeFieldGuardDb();
  const factory = new IDBFactory();
  factory.open = () => {
    throw new DOMException(message, name);
  };
  globalThis.indexedDB = factory;
}
