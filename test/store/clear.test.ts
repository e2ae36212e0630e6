import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setFrameReport, readTabReport } from '../../lib/runtime/tab-reports';
import { addAck, LEGACY_ACKS_KEY, listAllAcks } from '../../lib/store/acks';
import { clearAllData } from '../../lib/store/clear';
import { openFieldGuardDb, STORE_NAMES } from '../../lib/store/db';
import { listHistory, recordEvaluation } from '../../lib/store/history';
import { DEFAULT_PREFS, readPrefs, updatePrefs } from '../../lib/store/prefs';
import { getPack, importPack, listPackEntries } from '../../lib/store/registry';
import { PACKS_REVISION_KEY } from '../../lib/store/types';
import type { PageReport } from '../../lib/messaging';
import { breakIndexedDb, freshStores } from './fresh-stores';
import { importablePackJson } from './packs';

const NOW = Date.parse('2026-03-02T10:00:00Z');

beforeEach(() => freshStores());

async function fillEverything(): Promise<void> {
  await importPack(importablePackJson('acme-deal-desk'), NOW);
  await updatePrefs((prefs) => ({ ...prefs, displayName: 'Dana', disabledPacks: ['zendesk-ticket-hygiene'], historyDays: 30 }));
  await (await openFieldGuardDb()).put('sync', { url: 'https://packs.acme.example/a.json', etag: null, lastAttemptAt: NOW, lastSuccessAt: null, lastError: 'HTTP 500', packIds: [] });
  await recordEvaluation({ app: 'zendesk', object: 'ticket', recordId: '7', score: 80, errors: 1, warnings: 0, info: 0 }, NOW);
  await addAck({ app: 'zendesk', object: 'ticket', recordId: '7', pack: 'zendesk-ticket-hygiene', rule: 'pending-too-long', days: 7, reason: 'Vendor' }, NOW);
  await setFrameReport(5, 0, { recordId: '7', errors: 1 } as PageReport, NOW);
}

describe('clearAllData', () => {
  it('wipes packs, sync state, history, acknowledgements, preferences and tab reports, and tells open tabs', async () => {
    await fillEverything();
    await fakeBrowser.storage.local.set({ [LEGACY_ACKS_KEY]: [] });
    const revisionBefore = (await fakeBrowser.storage.local.get(PACKS_REVISION_KEY))[PACKS_REVISION_KEY];

    await clearAllData();

    const db = await openFieldGuardDb();
    for (const store of STORE_NAMES) expect(await db.count(store), store).toBe(0);
    expect(await getPack('acme-deal-desk')).toBeNull();
    expect((await listPackEntries()).every((entry) => entry.source === 'builtin' && entry.enabled)).toBe(true);
    expect(await readPrefs()).toEqual(DEFAULT_PREFS);
    expect(await listHistory()).toEqual([]);
    expect(await listAllAcks()).toEqual([]);
    expect(await readTabReport(5)).toEqual({});
    expect(await fakeBrowser.storage.local.get(LEGACY_ACKS_KEY)).toEqual({});
    expect((await fakeBrowser.storage.local.get(PACKS_REVISION_KEY))[PACKS_REVISION_KEY]).not.toBe(revisionBefore);
  });

  it('clears the preferences even when the database cannot be opened, and says what was not cleared', async () => {
    await updatePrefs((prefs) => ({ ...prefs, displayName: 'Dana' }));
    breakIndexedDb();
    await expect(clearAllData()).rejects.toThrow('preferences were cleared, but the database could not be: IndexedDB is not available (a private window?)');
    expect(await readPrefs()).toEqual(DEFAULT_PREFS);
  });
});
