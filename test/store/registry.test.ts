import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import type { RulePack } from '../../lib/rules/schema';
import { openFieldGuardDb } from '../../lib/store/db';
import { EMPTY_POLICY } from '../../lib/store/policy';
import { readPrefs, updatePrefs } from '../../lib/store/prefs';
import {
  activePacksFor,
  forgetRemoteUrl,
  getPack,
  importPack,
  listPackEntries,
  putRemotePacks,
  removePack,
  resolvePackEntries,
  setPackEnabled,
} from '../../lib/store/registry';
import { PACKS_REVISION_KEY, type ManagedPolicy, type PackEntry, type StoredPack } from '../../lib/store/types';
import { freshStores } from './fresh-stores';
import { importablePack, importablePackJson } from './packs';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const REMOTE = 'https://packs.acme.example/fieldguard.json';
const builtin = BUILTIN_PACKS.find((pack) => pack.id === 'salesforce-opportunity-data-quality') as RulePack;
const otherBuiltin = BUILTIN_PACKS.find((pack) => pack.id === 'zendesk-ticket-hygiene') as RulePack;

const imported: StoredPack = { id: 'acme-deal-desk', source: 'imported', pack: importablePack('acme-deal-desk'), url: null, updatedAt: NOW };
const remote: StoredPack = { id: 'acme-forecast', source: 'remote', pack: importablePack('acme-forecast'), url: REMOTE, updatedAt: NOW + 1 };

function resolve(prefs: { disabledPacks?: string[]; remoteUrls?: string[] } = {}, policy: Partial<ManagedPolicy> = {}): Record<string, Pick<PackEntry, 'source' | 'enabled' | 'locked'>> {
  const entries = resolvePackEntries({
    builtin: [builtin, otherBuiltin],
    stored: [remote, imported],
    prefs: { disabledPacks: prefs.disabledPacks ?? [], remoteUrls: prefs.remoteUrls ?? [REMOTE] },
    policy: { ...EMPTY_POLICY, ...policy },
  });
  return Object.fromEntries(entries.map((entry) => [entry.pack.id, { source: entry.source, enabled: entry.enabled, locked: entry.locked }]));
}

const on = (source: PackEntry['source']) => ({ source, enabled: true, locked: false });
const off = (source: PackEntry['source']) => ({ source, enabled: false, locked: false });
const lockedOn = (source: PackEntry['source']) => ({ source, enabled: true, locked: true });
const lockedOff = (source: PackEntry['source']) => ({ source, enabled: false, locked: true });

describe('resolvePackEntries', () => {
  it('lists built-in, then imported, then remote packs, all on by default', () => {
    expect(resolve()).toEqual({
      'salesforce-opportunity-data-quality': on('builtin'),
      'zendesk-ticket-hygiene': on('builtin'),
      'acme-deal-desk': on('imported'),
      'acme-forecast': on('remote'),
    });
    expect(Object.keys(resolve())).toEqual(['salesforce-opportunity-data-quality', 'zendesk-ticket-hygiene', 'acme-deal-desk', 'acme-forecast']);
  });

  it('switches off what the user switched off, of every source', () => {
    expect(resolve({ disabledPacks: ['salesforce-opportunity-data-quality', 'acme-deal-desk', 'acme-forecast'] })).toEqual({
      'salesforce-opportunity-data-quality': off('builtin'),
      'zendesk-ticket-hygiene': on('builtin'),
      'acme-deal-desk': off('imported'),
      'acme-forecast': off('remote'),
    });
  });

  it('keeps packs the policy locks on, whatever the user chose', () => {
    const userOff = ['salesforce-opportunity-data-quality', 'acme-deal-desk', 'acme-forecast'];
    expect(resolve({ disabledPacks: userOff }, { lockedPacks: userOff })).toEqual({
      'salesforce-opportunity-data-quality': lockedOn('builtin'),
      'zendesk-ticket-hygiene': on('builtin'),
      'acme-deal-desk': lockedOn('imported'),
      'acme-forecast': lockedOn('remote'),
    });
  });

  it('switches off built-in packs the policy disables, even when the user has them on; a lock wins over it', () => {
    expect(resolve({}, { disabledBuiltinPacks: ['zendesk-ticket-hygiene', 'acme-deal-desk'] })).toEqual({
      'salesforce-opportunity-data-quality': on('builtin'),
      'zendesk-ticket-hygiene': lockedOff('builtin'),
      // disabledBuiltinPacks is about built-in packs only.
      'acme-deal-desk': on('imported'),
      'acme-forecast': on('remote'),
    });
    expect(resolve({}, { disabledBuiltinPacks: ['zendesk-ticket-hygiene'], lockedPacks: ['zendesk-ticket-hygiene'] })['zendesk-ticket-hygiene']).toEqual(lockedOn('builtin'));
  });

  it('takes remote packs only from URLs in force: the user\'s or the policy\'s', () => {
    expect(resolve({ remoteUrls: [] })['acme-forecast']).toBeUndefined();
    expect(resolve({ remoteUrls: [] }, { remoteRulePackUrls: [REMOTE] })['acme-forecast']).toEqual(on('remote'));
  });

  it('lists an id once: a built-in pack wins over a stored pack with its id', () => {
    const impostor: StoredPack = { ...imported, id: builtin.id, pack: { ...imported.pack, id: builtin.id } };
    const entries = resolvePackEntries({ builtin: [builtin], stored: [impostor], prefs: { disabledPacks: [], remoteUrls: [] }, policy: EMPTY_POLICY });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ source: 'builtin', pack: builtin });
  });
});

describe('the registry', () => {
  beforeEach(() => freshStores());

  const revision = async () => (await fakeBrowser.storage.local.get(PACKS_REVISION_KEY))[PACKS_REVISION_KEY];

  it('imports a valid pack, makes it active for its object, and tells open tabs', async () => {
    const result = await importPack(importablePackJson('acme-deal-desk'), NOW);
    expect(result).toEqual({ ok: true, entry: { pack: importablePack('acme-deal-desk'), source: 'imported', url: null, updatedAt: NOW, enabled: true, locked: false } });
    expect(await revision()).toEqual(expect.any(String));
    expect((await activePacksFor('salesforce', 'Opportunity')).map((pack) => pack.id)).toEqual([
      ...BUILTIN_PACKS.filter((pack) => pack.app === 'salesforce' && pack.object === 'Opportunity').map((pack) => pack.id),
      'acme-deal-desk',
    ]);
    expect(await activePacksFor('zendesk', 'ticket')).not.toContainEqual(expect.objectContaining({ id: 'acme-deal-desk' }));
  });

  it('accepts the file text too, and a re-import replaces the earlier version', async () => {
    await importPack(JSON.stringify(importablePackJson('acme-deal-desk', '1.0.0')), NOW);
    const again = await importPack(JSON.stringify(importablePackJson('acme-deal-desk', '1.1.0')), NOW + 5);
    expect(again).toMatchObject({ ok: true, entry: { updatedAt: NOW + 5, pack: { version: '1.1.0' } } });
    expect((await listPackEntries()).filter((entry) => entry.source === 'imported')).toHaveLength(1);
  });

  it('refuses an invalid pack with every issue and its JSON path, and changes nothing', async () => {
    await importPack(importablePackJson('acme-deal-desk'), NOW);
    const before = { entries: await listPackEntries(), revision: await revision() };
    const valid = importablePackJson('acme-deal-desk');
    const [rule] = valid.rules as Record<string, unknown>[];
    const broken = { ...valid, version: '2', object: 'Opportunityy', rules: [{ ...rule, severity: 'fatal' }] };
    const result = await importPack(broken, NOW + 10);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['version', 'rules[0].severity']));
    expect(result.ok ? [] : result.issues.find((issue) => issue.path === 'rules[0].severity')?.message).toMatch(/"fatal" is not allowed/);
    expect(await listPackEntries()).toEqual(before.entries);
    expect(await revision()).toBe(before.revision);
  });

  it('refuses text that is not JSON, with the parser\'s reason for the whole document', async () => {
    expect(await importPack('{"id": ', NOW)).toEqual({ ok: false, issues: [{ path: '', message: expect.stringMatching(/^not valid JSON/) }] });
  });

  it('refuses an id of a built-in or a remote pack', async () => {
    expect(await importPack(importablePackJson(builtin.id), NOW)).toEqual({ ok: false, issues: [{ path: 'id', message: expect.stringContaining('built-in pack') }] });
    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [REMOTE] }));
    await putRemotePacks(REMOTE, [importablePack('acme-forecast')], NOW);
    expect(await importPack(importablePackJson('acme-forecast'), NOW)).toEqual({ ok: false, issues: [{ path: 'id', message: expect.stringContaining(REMOTE) }] });
    expect(await getPack('acme-forecast')).toMatchObject({ source: 'remote' });
  });

  it('refuses imports when the policy forbids them', async () => {
    await fakeBrowser.storage.managed.set({ allowUserImports: false });
    expect(await importPack(importablePackJson('acme-deal-desk'), NOW)).toEqual({ ok: false, issues: [{ path: '', message: expect.stringContaining('policy does not allow') }] });
    expect(await getPack('acme-deal-desk')).toBeNull();
  });

  it('switches packs off and on through the preferences', async () => {
    await setPackEnabled(builtin.id, false);
    expect((await readPrefs()).disabledPacks).toEqual([builtin.id]);
    expect(await activePacksFor('salesforce', 'Opportunity')).not.toContainEqual(expect.objectContaining({ id: builtin.id }));
    await setPackEnabled(builtin.id, true);
    expect((await readPrefs()).disabledPacks).toEqual([]);
    await expect(setPackEnabled('no-such-pack', false)).rejects.toThrow('there is no rule pack "no-such-pack"');
  });

  it('will not switch off a locked pack nor on a policy-disabled one', async () => {
    await fakeBrowser.storage.managed.set({ lockedPacks: [builtin.id], disabledBuiltinPacks: [otherBuiltin.id] });
    await expect(setPackEnabled(builtin.id, false)).rejects.toThrow(`rule pack "${builtin.id}" is locked on by your organisation's policy`);
    await expect(setPackEnabled(otherBuiltin.id, true)).rejects.toThrow(`rule pack "${otherBuiltin.id}" is switched off by your organisation's policy`);
    expect((await readPrefs()).disabledPacks).toEqual([]);
    expect(await activePacksFor('zendesk', 'ticket')).toEqual([]);
  });

  it('removes imported packs only', async () => {
    await importPack(importablePackJson('acme-deal-desk'), NOW);
    await removePack('acme-deal-desk');
    expect(await getPack('acme-deal-desk')).toBeNull();
    await expect(removePack(builtin.id)).rejects.toThrow('switch it off instead');
    await expect(removePack('acme-deal-desk')).rejects.toThrow('there is no imported rule pack');
  });

  it('replaces a URL\'s remote packs, refuses ids taken elsewhere, and forgets a removed URL', async () => {
    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [REMOTE] }));
    await putRemotePacks(REMOTE, [importablePack('acme-forecast'), importablePack('acme-renewals')], NOW);
    await putRemotePacks(REMOTE, [importablePack('acme-forecast', '1.2.0')], NOW + 1);
    expect((await listPackEntries()).filter((entry) => entry.source === 'remote').map((entry) => [entry.pack.id, entry.pack.version, entry.updatedAt])).toEqual([['acme-forecast', '1.2.0', NOW + 1]]);

    await importPack(importablePackJson('acme-deal-desk'), NOW);
    await expect(putRemotePacks(REMOTE, [importablePack('acme-deal-desk')], NOW + 2)).rejects.toThrow('already the id of an imported pack');
    await expect(putRemotePacks(REMOTE, [{ ...builtin }], NOW + 2)).rejects.toThrow('the id of a built-in pack');
    expect(await getPack('acme-forecast')).toMatchObject({ pack: { version: '1.2.0' } });

    await (await openFieldGuardDb()).put('sync', { url: REMOTE, etag: '"a"', lastAttemptAt: NOW, lastSuccessAt: NOW, lastError: null, packIds: ['acme-forecast'] });
    await forgetRemoteUrl(REMOTE);
    const db = await openFieldGuardDb();
    expect(await db.get('packs', 'acme-forecast')).toBeUndefined();
    expect(await db.get('sync', REMOTE)).toBeUndefined();
  });

  it('skips a stored pack that no longer validates instead of failing every tab', async () => {
    await (await openFieldGuardDb()).put('packs', { ...imported, pack: { ...imported.pack, rules: [] } as unknown as RulePack });
    expect((await listPackEntries()).map((entry) => entry.pack.id)).toEqual(BUILTIN_PACKS.map((pack) => pack.id));
  });
});
