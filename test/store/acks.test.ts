/** Acknowledgements through the background's messages (as content scripts use them) and as the options page lists them. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter, MESSAGE_TAG, type Answer, type Sender } from '../../lib/messaging';
import { createHandlers } from '../../lib/runtime/background';
import { ackRowOf, LEGACY_ACKS_KEY, listAllAcks, pruneAcks } from '../../lib/store/acks';
import { openFieldGuardDb } from '../../lib/store/db';
import { updatePrefs } from '../../lib/store/prefs';
import { freshStores } from './fresh-stores';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-03-02T10:00:00Z');
let now = NOW;

const sender: Sender = { id: fakeBrowser.runtime.id, frameId: 0, tab: { id: 5, url: 'https://acme.zendesk.com/agent/tickets/7' } as NonNullable<Sender['tab']> };

async function ask(name: string, data: unknown): Promise<Answer<unknown> | undefined> {
  const [answer] = (await fakeBrowser.runtime.onMessage.trigger({ tag: MESSAGE_TAG, name, data }, sender, () => undefined)) as (Answer<unknown> | undefined)[];
  return answer;
}

const ack = { app: 'zendesk', object: 'ticket', recordId: '7', pack: 'zendesk-ticket-hygiene', rule: 'pending-too-long', days: 7, reason: 'Waiting on the vendor' } as const;

beforeEach(() => {
  freshStores();
  now = NOW;
  fakeBrowser.runtime.onMessage.addListener(createMessageRouter(createHandlers(() => now), fakeBrowser.runtime.id));
});

describe('acknowledgements', () => {
  it('are stored with their expiry and by "this browser" when no name is set; the list holds those in force', async () => {
    const { days: _days, ...stored } = ack;
    expect(await ask('ack-add', ack)).toEqual({ ok: true, value: { ...stored, by: 'this browser', createdAt: NOW, expiresAt: NOW + 7 * DAY_MS } });
    now += 1000;
    await ask('ack-add', { ...ack, recordId: '8', days: 1, reason: 'Other ticket' });
    expect(await ask('ack-list', { app: 'zendesk', recordId: '7' })).toMatchObject({ ok: true, value: [{ recordId: '7', reason: 'Waiting on the vendor' }] });
    expect(((await ask('ack-list', {})) as { value: unknown[] }).value).toHaveLength(2);

    now = NOW + 1000 + 2 * DAY_MS;
    expect(await ask('ack-list', {})).toMatchObject({ ok: true, value: [{ recordId: '7' }] });
    // Admins still see the expired one until it is pruned.
    expect((await listAllAcks()).map((entry) => entry.recordId)).toEqual(['8', '7']);
  });

  it('carry the display name set in the options', async () => {
    await updatePrefs((prefs) => ({ ...prefs, displayName: '  Dana Scully ' }));
    expect(await ask('ack-add', ack)).toMatchObject({ ok: true, value: { by: 'Dana Scully' } });
  });

  it('replace an earlier acknowledgement of the same rule on the same record', async () => {
    await ask('ack-add', ack);
    now += 1000;
    await ask('ack-add', { ...ack, days: 30, reason: 'Vendor is slow' });
    expect(await ask('ack-list', { recordId: '7' })).toMatchObject({ ok: true, value: [{ reason: 'Vendor is slow', expiresAt: now + 30 * DAY_MS }] });
  });

  it('are listed for admins by rule id or pack-qualified rule, and flatten to export rows', async () => {
    await ask('ack-add', ack);
    now += 1000;
    await ask('ack-add', { ...ack, rule: 'priority-set', reason: 'Set by the trigger' });
    expect((await listAllAcks({ rule: 'priority-set' })).map((entry) => entry.reason)).toEqual(['Set by the trigger']);
    expect((await listAllAcks({ rule: 'zendesk-ticket-hygiene/pending-too-long' })).map((entry) => entry.reason)).toEqual(['Waiting on the vendor']);
    expect((await listAllAcks({ rule: 'priority-set' })).map(ackRowOf)).toEqual([{
      app: 'zendesk', object: 'ticket', recordId: '7', pack: 'zendesk-ticket-hygiene', rule: 'priority-set', reason: 'Set by the trigger', by: 'this browser',
      createdAt: new Date(NOW + 1000).toISOString(), expiresAt: new Date(NOW + 1000 + 7 * DAY_MS).toISOString(),
    }]);
  });

  it('are pruned once they expired longer ago than the retention', async () => {
    await ask('ack-add', { ...ack, days: 1 });
    expect(await pruneAcks(30, NOW + 30 * DAY_MS)).toBe(0);
    expect(await pruneAcks(30, NOW + 32 * DAY_MS)).toBe(1);
    expect(await listAllAcks()).toEqual([]);
  });

  it('move once from storage.local, skipping entries that do not parse', async () => {
    const { days: _days, ...legacy } = ack;
    await fakeBrowser.storage.local.set({ [LEGACY_ACKS_KEY]: [{ nonsense: true }, { ...legacy, createdAt: NOW - 1000, expiresAt: NOW + DAY_MS }] });
    expect(await ask('ack-list', {})).toEqual({ ok: true, value: [{ ...legacy, by: 'this browser', createdAt: NOW - 1000, expiresAt: NOW + DAY_MS }] });
    expect(await fakeBrowser.storage.local.get(LEGACY_ACKS_KEY)).toEqual({});
    expect(await (await openFieldGuardDb()).count('acks')).toBe(1);
  });
});
