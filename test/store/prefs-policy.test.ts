import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_POLICY, onPolicyChanged, parsePolicy, POLICY_WAIT_MS, readPolicy } from '../../lib/store/policy';
import { DEFAULT_PREFS, onPrefsChanged, readPrefs, updatePrefs } from '../../lib/store/prefs';
import { PACKS_REVISION_KEY, PREFS_KEY } from '../../lib/store/types';
import { freshStores } from './fresh-stores';

beforeEach(() => freshStores());

const revision = async () => (await fakeBrowser.storage.local.get(PACKS_REVISION_KEY))[PACKS_REVISION_KEY];

describe('preferences', () => {
  it('start from the defaults', async () => {
    expect(await readPrefs()).toEqual({ disabledPacks: [], remoteUrls: [], customDomains: [], historyDays: 90, displayName: '', hubspotInternalApi: false });
  });

  it('keep the valid keys of a damaged stored value and default the others', async () => {
    await fakeBrowser.storage.local.set({ [PREFS_KEY]: { historyDays: 'ninety', displayName: 'Dana', remoteUrls: ['http://insecure.example/p.json'], extra: 1 } });
    expect(await readPrefs()).toEqual({ ...DEFAULT_PREFS, displayName: 'Dana' });
  });

  it('apply changes in order, each on the result of the one before', async () => {
    await Promise.all([
      updatePrefs((prefs) => ({ ...prefs, disabledPacks: [...prefs.disabledPacks, 'a'] })),
      updatePrefs((prefs) => ({ ...prefs, disabledPacks: [...prefs.disabledPacks, 'b'] })),
      updatePrefs((prefs) => ({ ...prefs, historyDays: 30 })),
    ]);
    expect(await readPrefs()).toMatchObject({ disabledPacks: ['a', 'b'], historyDays: 30 });
  });

  it('refuse an invalid change with its reason and keep what was stored', async () => {
    await updatePrefs((prefs) => ({ ...prefs, displayName: 'Dana' }));
    await expect(updatePrefs((prefs) => ({ ...prefs, remoteUrls: ['http://packs.example.com/p.json'] }))).rejects.toThrow(/^invalid preferences at remoteUrls\.0/);
    await expect(updatePrefs((prefs) => ({ ...prefs, historyDays: 0 }))).rejects.toThrow('historyDays');
    expect(await readPrefs()).toEqual({ ...DEFAULT_PREFS, displayName: 'Dana' });
  });

  it('bump the packs revision when disabled packs or remote URLs change, not for other keys', async () => {
    await updatePrefs((prefs) => ({ ...prefs, displayName: 'Dana' }));
    expect(await revision()).toBeUndefined();
    await updatePrefs((prefs) => ({ ...prefs, disabledPacks: ['zendesk-ticket-hygiene'] }));
    const first = await revision();
    expect(first).toEqual(expect.any(String));
    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: ['https://packs.example.com/p.json'] }));
    expect(await revision()).not.toBe(first);
  });

  it('tell listeners about every change until they unsubscribe', async () => {
    const listener = vi.fn();
    const stop = onPrefsChanged(listener);
    await updatePrefs((prefs) => ({ ...prefs, historyDays: 7 }));
    expect(listener).toHaveBeenLastCalledWith({ ...DEFAULT_PREFS, historyDays: 7 });
    stop();
    await updatePrefs((prefs) => ({ ...prefs, historyDays: 8 }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('the managed policy', () => {
  it('is empty, imports allowed, when no policy is set', async () => {
    expect(await readPolicy()).toEqual({ remoteRulePackUrls: [], lockedPacks: [], disabledBuiltinPacks: [], allowUserImports: true });
  });

  it('is empty when managed storage refuses (Firefox without a policy)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual(EMPTY_POLICY);
  });

  it('reads what the organisation set', async () => {
    await fakeBrowser.storage.managed.set({
      remoteRulePackUrls: ['https://packs.acme.example/a.json'],
      lockedPacks: ['salesforce-opportunity-stage-gates'],
      disabledBuiltinPacks: ['hubspot-contact-basics'],
      allowUserImports: false,
    });
    expect(await readPolicy()).toEqual({
      remoteRulePackUrls: ['https://packs.acme.example/a.json'],
      lockedPacks: ['salesforce-opportunity-stage-gates'],
      disabledBuiltinPacks: ['hubspot-contact-basics'],
      allowUserImports: false,
    });
  });

  it('ignores a mistyped key and http URLs, keeping the rest, and says so', () => {
    const warnings: string[] = [];
    const policy = parsePolicy(
      { lockedPacks: 'salesforce-opportunity-stage-gates', allowUserImports: false, remoteRulePackUrls: ['http://packs.acme.example/a.json', 'https://packs.acme.example/b.json'] },
      (message) => warnings.push(message),
    );
    expect(policy).toEqual({ ...EMPTY_POLICY, allowUserImports: false, remoteRulePackUrls: ['https://packs.acme.example/b.json'] });
    expect(warnings).toEqual(['managed policy URL ignored (https only): http://packs.acme.example/a.json', 'managed policy key "lockedPacks" ignored: Invalid input: expected array, received string']);
  });

  it('tells listeners when the organisation changes it', async () => {
    const listener = vi.fn();
    onPolicyChanged(listener);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(listener).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.set({ lockedPacks: ['zendesk-ticket-hygiene'] });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not hold the first hints hostage to a slow policy service: the last policy seen stands in, and a different one bumps the revision when it arrives', async () => {
    await fakeBrowser.storage.managed.set({ lockedPacks: ['zendesk-ticket-hygiene'] });
    expect((await readPolicy()).lockedPacks).toEqual(['zendesk-ticket-hygiene']);
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const slow = new Promise<Record<string, unknown>>((resolve) => {
      answer = resolve;
    });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((() => slow) as unknown as typeof fakeBrowser.storage.managed.get);
    vi.useFakeTimers();
    try {
      const read = readPolicy();
      await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
      expect((await read).lockedPacks).toEqual(['zendesk-ticket-hygiene']);
      // Later reads while the policy service is still slow take the stand-in without waiting again.
      expect((await readPolicy()).lockedPacks).toEqual(['zendesk-ticket-hygiene']);
      const before = await revision();
      answer({ lockedPacks: ['zendesk-ticket-hygiene'], disabledBuiltinPacks: ['jira-issue-status-hygiene'] });
      await vi.waitFor(async () => expect(await revision()).not.toBe(before));
    } finally {
      vi.useRealTimers();
    }
  });
});
