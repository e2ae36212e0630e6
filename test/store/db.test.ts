import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, builtinPacksFor } from '../../lib/rules/builtin';
import { DB_NAME, DB_VERSION, openFieldGuardDb } from '../../lib/store/db';
import { activePacksFor, importPack, listPackEntries, storageStatus } from '../../lib/store/registry';
import type { HistoryEntry, StoredPack } from '../../lib/store/types';
import { breakIndexedDb, freshStores } from './fresh-stores';
import { importablePack } from './packs';

const NOW = Date.parse('2026-03-02T10:00:00Z');

const storedV1: StoredPack = { id: 'acme-deal-desk', source: 'imported', pack: importablePack('acme-deal-desk'), url: null, updatedAt: NOW - 1000 };
const historyV1: HistoryEntry = {
  app: 'salesforce',
  object: 'Opportunity',
  recordId: '006000000000001AAA',
  day: '2026-03-01',
  score: 64,
  errors: 2,
  warnings: 1,
  info: 0,
  owner: 'Dana Scully',
  at: NOW - 86_400_000,
};

/** Writes the database as version 1 of FieldGuard did: packs and history only. */
async function createVersion1(): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('packs', { keyPath: 'id' });
      database.createObjectStore('history', { keyPath: ['app', 'recordId', 'day'] }).createIndex('day', 'day');
    },
  });
  await db.put('packs', storedV1);
  await db.put('history', historyV1);
  db.close();
}

beforeEach(() => freshStores());

describe('the FieldGuard database', () => {
  it('upgrades a version 1 database to the current version with its packs and history intact', async () => {
    await createVersion1();
    const db = await openFieldGuardDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['acks', 'history', 'packs', 'sync']);
    expect(await db.get('packs', 'acme-deal-desk')).toEqual(storedV1);
    expect(await db.getAllFromIndex('history', 'day', '2026-03-01')).toEqual([historyV1]);
    // The upgraded stores work, and the pack stored by version 1 is active again.
    await db.put('sync', { url: 'https://packs.example.com/a.json', etag: '"1"', lastAttemptAt: NOW, lastSuccessAt: NOW, lastError: null, packIds: [] });
    expect(await db.count('sync')).toBe(1);
    expect((await activePacksFor('salesforce', 'Opportunity')).map((pack) => pack.id)).toContain('acme-deal-desk');
  });

  it('opens once per context', async () => {
    expect(await openFieldGuardDb()).toBe(await openFieldGuardDb());
  });
});

describe('without IndexedDB', () => {
  it('keeps the built-in packs working and says why storage is unavailable', async () => {
    breakIndexedDb();
    expect(await storageStatus()).toEqual({ ok: false, reason: 'IndexedDB is not available (a private window?)' });
    expect(await activePacksFor('salesforce', 'Opportunity')).toEqual(builtinPacksFor('salesforce', 'Opportunity'));
    expect((await listPackEntries()).map((entry) => entry.pack.id)).toEqual(BUILTIN_PACKS.map((pack) => pack.id));
    expect(await importPack(importablePack('acme-deal-desk'), NOW)).toEqual({
      ok: false,
      issues: [{ path: '', message: 'rule packs cannot be stored: IndexedDB is not available (a private window?)' }],
    });
  });

  it('reports a database newer than this version and leaves it alone', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(database) {
        database.createObjectStore('packs', { keyPath: 'id' }).put(storedV1);
      },
    });
    newer.close();
    expect(await storageStatus()).toEqual({ ok: false, reason: 'the stored database is newer than this version of FieldGuard' });
    expect(await activePacksFor('salesforce', 'Opportunity')).toEqual(builtinPacksFor('salesforce', 'Opportunity'));
    const reopened = await openDB(DB_NAME);
    expect(await reopened.get('packs', 'acme-deal-desk')).toEqual(storedV1);
    reopened.close();
  });

  it('tries again on the next call once IndexedDB works', async () => {
    breakIndexedDb('QuotaExceededError', 'quota');
    expect(await storageStatus()).toEqual({ ok: false, reason: 'the browser refused more storage (quota exceeded)' });
    freshStores();
    expect(await storageStatus()).toEqual({ ok: true });
  });
});
