/** The background's use of the store: packs by message, history from reports, pruning, policy changes. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter, MESSAGE_TAG, type Answer, type PageReport, type Sender } from '../../lib/messaging';
import { createHandlers } from '../../lib/runtime/background';
import { builtinPacksFor } from '../../lib/rules/builtin';
import { LEGACY_ACKS_KEY, listAllAcks } from '../../lib/store/acks';
import { listHistory, recordEvaluation } from '../../lib/store/history';
import { PRUNE_ALARM, PRUNE_PERIOD_MINUTES, startStorageUpkeep } from '../../lib/store/maintenance';
import { updatePrefs } from '../../lib/store/prefs';
import { importPack } from '../../lib/store/registry';
import { PACKS_REVISION_KEY } from '../../lib/store/types';
import { breakIndexedDb, freshStores } from './fresh-stores';
import { importablePack, importablePackJson } from './packs';

const DAY_MS = 86_400_000;
const NOW = new Date(2026, 2, 2, 12).getTime();
let now = NOW;

const sender: Sender = { id: fakeBrowser.runtime.id, frameId: 0, tab: { id: 5, url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view' } as NonNullable<Sender['tab']> };

async function ask(name: string, data: unknown): Promise<Answer<unknown> | undefined> {
  const [answer] = (await fakeBrowser.runtime.onMessage.trigger({ tag: MESSAGE_TAG, name, data }, sender, () => undefined)) as (Answer<unknown> | undefined)[];
  return answer;
}

/** A report as the content script sends it; the router fills in what the schema defaults. */
function report(overrides: Partial<PageReport> = {}): PageReport {
  return {
    url: sender.tab?.url ?? '',
    title: 'Acme renewal',
    inFrame: false,
    app: 'salesforce',
    object: 'Opportunity',
    recordId: '006000000000001AAA',
    score: 72,
    errors: 1,
    warnings: 2,
    info: 0,
    acknowledged: 0,
    source: 'api',
    sourceReason: null,
    findings: [],
    packs: ['salesforce-opportunity-data-quality'],
    stage: null,
    health: [],
    ...overrides,
  } as PageReport;
}

const revision = async () => (await fakeBrowser.storage.local.get(PACKS_REVISION_KEY))[PACKS_REVISION_KEY];

beforeEach(() => {
  freshStores();
  now = NOW;
  fakeBrowser.runtime.onMessage.addListener(createMessageRouter(createHandlers(() => now), fakeBrowser.runtime.id));
});

describe('the background with the store', () => {
  it('answers get-packs with the imported packs too, and without the ones switched off', async () => {
    await importPack(importablePackJson('acme-deal-desk'), NOW);
    await updatePrefs((prefs) => ({ ...prefs, disabledPacks: ['salesforce-opportunity-data-quality'] }));
    expect(await ask('get-packs', { app: 'salesforce', object: 'Opportunity' })).toEqual({
      ok: true,
      value: { packs: [...builtinPacksFor('salesforce', 'Opportunity').filter((pack) => pack.id !== 'salesforce-opportunity-data-quality'), importablePack('acme-deal-desk')] },
    });
  });

  it('records each report in the history, one entry per record and day', async () => {
    await ask('report', report());
    now += 60_000;
    expect(await ask('report', report({ score: 95, errors: 0 }))).toEqual({ ok: true, value: null });
    expect(await listHistory()).toEqual([
      { app: 'salesforce', object: 'Opportunity', recordId: '006000000000001AAA', day: '2026-03-02', score: 95, errors: 0, warnings: 2, info: 0, owner: null, at: now },
    ]);
  });

  it('still takes reports when the database is unavailable', async () => {
    breakIndexedDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await ask('report', report())).toEqual({ ok: true, value: null });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('history not recorded'));
  });
});

describe('storage upkeep', () => {
  it('prunes on start and on the daily alarm, and at once when the retention gets shorter', async () => {
    for (const daysAgo of [0, 10, 100]) await recordEvaluation({ app: 'zendesk', object: 'ticket', recordId: `t${daysAgo}`, score: 90, errors: 0, warnings: 1, info: 0 }, NOW - daysAgo * DAY_MS);
    startStorageUpkeep(() => now);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(PRUNE_ALARM)).toMatchObject({ periodInMinutes: PRUNE_PERIOD_MINUTES }));
    await vi.waitFor(async () => expect((await listHistory()).map((entry) => entry.recordId)).toEqual(['t10', 't0']));

    await updatePrefs((prefs) => ({ ...prefs, historyDays: 5 }));
    await vi.waitFor(async () => expect((await listHistory()).map((entry) => entry.recordId)).toEqual(['t0']));

    now = NOW + 6 * DAY_MS;
    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: now, periodInMinutes: PRUNE_PERIOD_MINUTES, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await listHistory()).toEqual([]));
  });

  it('moves old acknowledgements out of storage.local on start', async () => {
    await fakeBrowser.storage.local.set({
      [LEGACY_ACKS_KEY]: [{ app: 'jira', object: 'issue', recordId: 'OPS-7', pack: 'jira-issue-status-hygiene', rule: 'r', reason: 'Known', createdAt: NOW, expiresAt: NOW + DAY_MS }],
    });
    startStorageUpkeep(() => now);
    await vi.waitFor(async () => expect(await listAllAcks()).toMatchObject([{ recordId: 'OPS-7', by: 'this browser' }]));
  });

  it('tells open tabs when the organisation changes the policy', async () => {
    startStorageUpkeep(() => now);
    const before = await revision();
    await fakeBrowser.storage.managed.set({ lockedPacks: ['zendesk-ticket-hygiene'] });
    await vi.waitFor(async () => expect(await revision()).not.toBe(before));
  });
});
