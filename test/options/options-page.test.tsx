// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DownloadFile } from '../../lib/options/downloads';
import { OptionsRoot } from '../../lib/options/options-root';
import { storeBackend } from '../../lib/options/store-backend';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { addAck } from '../../lib/store/acks';
import { readPrefs, updatePrefs } from '../../lib/store/prefs';
import { listPackEntries, putSyncState } from '../../lib/store/registry';
import { installFakeExtensionApis } from '../custom-domains/fake-extension-apis';
import { freshStores } from '../store/fresh-stores';
import { importablePackJson } from '../store/packs';
import { button, choose, click, labelled, pickFile, render, submit, text, texts, type, waitFor } from './dom';

const NOW = Date.parse('2026-11-25T10:00:00Z');

function brokenPack(): Record<string, unknown> {
  const pack = importablePackJson('acme-broken');
  const [rule] = pack.rules as Record<string, unknown>[];
  return {
    ...pack,
    rules: [
      { ...rule, id: 'first', severity: 'critical' },
      { ...rule, id: 'second' },
      { ...rule, id: 'third', check: { '=!': [{ var: 'NextStep' }, ''] } },
    ],
  };
}

async function openPage(saved: DownloadFile[] = []) {
  const page = render(<OptionsRoot backend={storeBackend(() => NOW)} environment={{ now: () => NOW, save: (file) => saved.push(file) }} />);
  await waitFor(() => expect(page.querySelector('#packs')).not.toBeNull());
  return page;
}

const packRows = (page: ParentNode) => [...page.querySelectorAll('#packs tr[data-pack]')].map((row) => row.getAttribute('data-pack'));

let apis: ReturnType<typeof installFakeExtensionApis>;

beforeEach(() => {
  freshStores();
  apis = installFakeExtensionApis();
});

describe('importing a rule pack on the options page', () => {
  it('refuses a broken pack, listing every problem with its JSON path, and imports nothing', async () => {
    const page = await openPage();
    const before = packRows(page);
    expect(before).toHaveLength(BUILTIN_PACKS.length);

    await pickFile(labelled(page, 'Import from file'), 'acme-broken.json', JSON.stringify(brokenPack(), null, 2));

    await waitFor(() => expect(page.querySelector('[data-testid="import-errors"]')).not.toBeNull());
    const errors = page.querySelector('[data-testid="import-errors"]');
    expect(text(errors)).toContain('Not imported from acme-broken.json: 2 problems. Nothing was changed.');
    const issues = texts(page, '.fg-issues li');
    expect(issues).toContainEqual(expect.stringMatching(/^rules\[0\]\.severity: "critical" is not allowed; use one of "error", "warning", "info"$/));
    expect(issues).toContainEqual(expect.stringMatching(/^rules\[2\]\.check: unknown operator "=!"/));
    expect(packRows(page)).toEqual(before);
    expect((await listPackEntries()).map((entry) => entry.pack.id)).toEqual(before);
  });

  it('reports JSON that does not parse with its line and column', async () => {
    const page = await openPage();
    await pickFile(labelled(page, 'Import from file'), 'typo.json', '{\n  "schemaVersion": 1\n  "id": "x"\n}');
    await waitFor(() => expect(texts(page, '.fg-issues li')).toHaveLength(1));
    expect(texts(page, '.fg-issues li')[0]).toMatch(/^whole file: not valid JSON at line 3, column 3: /);
    expect(packRows(page)).toHaveLength(BUILTIN_PACKS.length);
  });

  it('imports a valid pack: listed as imported and on, and exportable as <id>.json', async () => {
    const saved: DownloadFile[] = [];
    const page = await openPage(saved);
    await pickFile(labelled(page, 'Import from file'), 'deal-desk.json', JSON.stringify(importablePackJson('acme-deal-desk')));

    await waitFor(() => expect(packRows(page)).toContain('acme-deal-desk'));
    expect(text(page.querySelector('.fg-result-ok'))).toContain('Imported Acme deal desk 1.0.0 (1 rules) from deal-desk.json. It is on.');
    const row = page.querySelector('tr[data-pack="acme-deal-desk"]');
    expect(text(row?.querySelector('.fg-tag'))).toBe('Imported');
    expect((row?.querySelector('input[role="switch"]') as HTMLInputElement).checked).toBe(true);

    click(button(page, 'Export Acme deal desk as JSON'));
    expect(saved.map((file) => file.name)).toEqual(['acme-deal-desk.json']);
    expect(JSON.parse(saved[0]?.text ?? '')).toMatchObject({ id: 'acme-deal-desk', rules: [{ id: 'next-step-set' }] });
  });

  it('explains that the policy forbids imports and offers no file input', async () => {
    await fakeBrowser.storage.managed.set({ allowUserImports: false });
    const page = await openPage();
    expect(text(page.querySelector('.fg-import'))).toContain("Your organisation's policy does not allow importing rule packs.");
    expect(page.querySelector('.fg-import input[type="file"]')).toBeNull();
    expect(text(page.querySelector('.fg-banner-info'))).toContain('Some settings are managed by your organisation.');
  });
});

describe('packs locked by policy', () => {
  it('shows a locked pack with a lock and a disabled switch, and a free pack can be switched off', async () => {
    await fakeBrowser.storage.managed.set({ lockedPacks: ['zendesk-ticket-hygiene'] });
    const page = await openPage();
    const locked = page.querySelector('tr[data-pack="zendesk-ticket-hygiene"]');
    const lockedSwitch = locked?.querySelector('input[role="switch"]') as HTMLInputElement;
    expect(lockedSwitch.disabled).toBe(true);
    expect(lockedSwitch.checked).toBe(true);
    expect(text(locked?.querySelector('.fg-lock'))).toBe('🔒 Locked on by your organisation');

    const free = page.querySelector('tr[data-pack="jira-issue-status-hygiene"] input[role="switch"]') as HTMLInputElement;
    expect(free.disabled).toBe(false);
    click(free);
    await waitFor(async () => expect((await readPrefs()).disabledPacks).toEqual(['jira-issue-status-hygiene']));
    await waitFor(() => expect((page.querySelector('tr[data-pack="jira-issue-status-hygiene"] input[role="switch"]') as HTMLInputElement).checked).toBe(false));
  });
});

describe('remote rule-pack URLs', () => {
  it('refuses an http URL in the form and stores nothing', async () => {
    const page = await openPage();
    const form = page.querySelector('#remote form');
    type(labelled(page, 'Pack URL (https)'), 'http://rules.example.com/packs.json');
    submit(form);
    expect(text(form?.querySelector('[role="alert"]'))).toBe('Only https URLs are allowed: a pack fetched over plain http could be altered on the way.');
    expect((await readPrefs()).remoteUrls).toEqual([]);
  });

  it('lists the policy\'s URLs as locked, without a remove button, beside the user\'s own', async () => {
    await fakeBrowser.storage.managed.set({ remoteRulePackUrls: ['https://rules.corp.example/packs.json'] });
    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: ['https://mine.example/packs.json'] }));
    const page = await openPage();
    const rows = [...page.querySelectorAll('#remote tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-url'))).toEqual(['https://rules.corp.example/packs.json', 'https://mine.example/packs.json']);
    expect(text(rows[0]?.querySelector('.fg-lock'))).toContain('Set by your organisation');
    expect(rows[0]?.querySelector('[aria-label^="Remove"]')).toBeNull();
    expect(rows[1]?.querySelector('[aria-label="Remove https://mine.example/packs.json"]')).not.toBeNull();
    expect(texts(rows[1] ?? page, 'td')).toContain('Never');
  });
});

describe('syncing a remote URL now', () => {
  it('asks the background and shows the URL\'s last sync, ETag and packs', async () => {
    const url = 'https://rules.example.com/packs.json';
    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [url] }));
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      const state = { url, etag: 'W/"7f3a"', lastAttemptAt: NOW, lastSuccessAt: NOW, lastError: null, packIds: ['acme-forecast'] };
      await putSyncState(state);
      return { ok: true, value: { states: [state] } };
    });
    const page = await openPage();
    const row = () => page.querySelector(`#remote tr[data-url="${url}"]`) ?? page;
    expect(texts(row(), 'td').slice(0, 4)).toEqual(['None yet', 'Never', '✓ None', 'None']);

    click(button(row(), 'Sync now'));
    await waitFor(() => expect(text(row().querySelector('.fg-etag'))).toBe('W/"7f3a"'));
    expect(sent).toEqual([{ tag: 'fieldguard/v1', name: 'remote-sync-now', data: { url } }]);
    expect(text(row().querySelector('td'))).toBe('acme-forecast');
  });
});

describe('custom domains', () => {
  it('asks for the domain\'s permission within the click, lists it as granted, and shows a revoked one as not granted', async () => {
    const page = await openPage();
    const domains = page.querySelector('#domains') ?? page;
    type(labelled(domains, 'Domain'), 'support.example-corp.com');
    choose(labelled(domains, 'App'), 'zendesk');
    click(button(domains, 'Add domain'));
    // The prompt was requested synchronously inside the click, before any await.
    expect(apis.prompts).toEqual([['https://support.example-corp.com/*']]);
    await waitFor(() => expect(texts(domains, 'tbody tr > *').slice(0, 3)).toEqual(['https://support.example-corp.com', 'Zendesk', '✓ Granted']));
    expect((await readPrefs()).customDomains).toEqual([{ origin: 'https://support.example-corp.com', app: 'zendesk' }]);

    await act(async () => apis.revoke(['https://support.example-corp.com/*']));
    await waitFor(() => expect(text(domains.querySelector('tbody tr td:nth-child(3)'))).toBe('▲ Not granted'));
  });

  it('says why an address cannot be a custom domain, without asking the browser', async () => {
    const page = await openPage();
    const domains = page.querySelector('#domains') ?? page;
    type(labelled(domains, 'Domain'), 'https://acme.zendesk.com');
    choose(labelled(domains, 'App'), 'zendesk');
    click(button(domains, 'Add domain'));
    expect(text(domains.querySelector('[role="alert"]'))).toMatch(/^acme\.zendesk\.com is already covered/);
    expect(apis.prompts).toEqual([]);
  });
});

describe('acknowledgements', () => {
  beforeEach(async () => {
    await updatePrefs((prefs) => ({ ...prefs, displayName: 'Dana Admin' }));
    const base = { app: 'salesforce', object: 'Opportunity', pack: 'salesforce-opportunity-forecast-hygiene', days: 7 } as const;
    await addAck({ ...base, recordId: '006A', rule: 'next-step-missing', reason: 'Waiting for the buyer to reply' }, NOW - 3_000);
    await addAck({ ...base, recordId: '006B', rule: 'next-step-missing', reason: 'Next step agreed by phone' }, NOW - 2_000);
    await addAck({ ...base, recordId: '006C', rule: 'activity-stale', reason: 'Customer on holiday' }, NOW - 1_000);
  });

  it('filters by rule and exports what is shown', async () => {
    const saved: DownloadFile[] = [];
    const page = await openPage(saved);
    await waitFor(() => expect(page.querySelectorAll('#acks tbody tr')).toHaveLength(3));
    expect(texts(page, '#acks tbody tr td:nth-child(3)')).toEqual(['Dana Admin', 'Dana Admin', 'Dana Admin']);

    choose(labelled(page, 'Rule'), 'salesforce-opportunity-forecast-hygiene/next-step-missing');
    expect(texts(page, '#acks tbody tr td:last-child')).toEqual(['Next step agreed by phone', 'Waiting for the buyer to reply']);
    expect(text(page.querySelector('#acks caption'))).toBe('2 acknowledged warnings for No next step');

    const acks = page.querySelector('#acks') ?? page;
    click(button(acks, 'Export CSV'));
    click(button(acks, 'Export JSON'));
    expect(saved.map((file) => file.name)).toEqual(['fieldguard-acknowledgements-2026-11-25.csv', 'fieldguard-acknowledgements-2026-11-25.json']);
    const csv = saved[0]?.text.split(/\r?\n/) ?? [];
    expect(csv[0]).toBe('app,object,recordId,pack,rule,reason,by,createdAt,expiresAt');
    expect(csv).toHaveLength(3);
    expect(JSON.parse(saved[1]?.text ?? '[]').map((row: { recordId: string }) => row.recordId)).toEqual(['006B', '006A']);
  });
});

describe('enforcement advice', () => {
  it('lists advised rules by app and shows the advice in a pack\'s rules', async () => {
    const page = await openPage();
    const section = page.querySelector('#enforcement');
    expect(text(section?.querySelector('[role="note"]'))).toMatch(/^FieldGuard only advises\./);
    expect(texts(section ?? page, 'caption')).toEqual(['Salesforce', 'HubSpot', 'ServiceNow', 'Jira Service Management', 'Zendesk']);
    const resolution = [...(section?.querySelectorAll('tbody tr') ?? [])].find((row) => text(row).includes('ServiceNow incident') && text(row).includes('Resolution code'));
    expect(text(resolution)).toContain('ServiceNow data policy');

    click(button(page.querySelector('tr[data-pack="servicenow-incident-hygiene"]') ?? page, 'View rules'));
    const rules = page.querySelector('.fg-rules-table');
    expect(texts(rules ?? page, 'thead th')).toEqual(['Rule', 'Severity', 'Fields', 'Gate', 'Message', 'Enforcement advice']);
    const resolutionRule = [...(rules?.querySelectorAll('tbody tr') ?? [])].find((row) => text(row.querySelector('th')).includes('resolution-code'));
    expect(text(resolutionRule?.querySelector('.fg-advice strong'))).toBe('ServiceNow data policy');
    expect(text(resolutionRule)).toContain('From Resolved');
  });
});

describe('data', () => {
  it('clears everything only after the confirmation', async () => {
    await updatePrefs((prefs) => ({ ...prefs, displayName: 'Dana Admin', remoteUrls: ['https://mine.example/packs.json'] }));
    const page = await openPage();
    click(button(page, 'Clear everything…'));
    expect((await readPrefs()).displayName).toBe('Dana Admin');
    click(button(page, 'Yes, clear everything'));
    await waitFor(() => expect(text(page.querySelector('#data'))).toContain('All FieldGuard data in this browser was deleted.'));
    expect(await readPrefs()).toMatchObject({ displayName: '', remoteUrls: [] });
    await waitFor(() => expect(page.querySelectorAll('#remote tbody tr')).toHaveLength(0));
    // The forms show what is stored now, not the cleared values.
    await waitFor(() => expect((labelled(page, 'Name') as HTMLInputElement).value).toBe(''));
  });

  it('saves the history retention and the name put on acknowledgements', async () => {
    const page = await openPage();
    type(labelled(page, 'Keep history for (days)'), '30');
    click(button(page, 'Save and prune'));
    await waitFor(() => expect(text(page.querySelector('#data'))).toContain('Keeping 30 days.'));
    type(labelled(page, 'Name'), '  Dana Admin ');
    click(button(page, 'Save name'));
    await waitFor(async () => expect(await readPrefs()).toMatchObject({ historyDays: 30, displayName: 'Dana Admin' }));
  });

  it('turns reading HubSpot records through the internal API on and off, off by default', async () => {
    const page = await openPage();
    const toggle = labelled(page, "Read HubSpot records through HubSpot's internal API") as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    click(toggle);
    await waitFor(async () => expect((await readPrefs()).hubspotInternalApi).toBe(true));
    await waitFor(() => expect(text(page.querySelector('#hubspot'))).toContain('On: page and internal API'));
    click(labelled(page, "Read HubSpot records through HubSpot's internal API"));
    await waitFor(async () => expect((await readPrefs()).hubspotInternalApi).toBe(false));
  });
});

describe('storage unavailable', () => {
  it('says only the built-in packs are in use', async () => {
    const { breakIndexedDb } = await import('../store/fresh-stores');
    breakIndexedDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = await openPage();
    expect(text(page.querySelector('.fg-banner-error'))).toMatch(/^!Storage is unavailable: only the built-in packs are in use\./);
    expect(packRows(page)).toHaveLength(BUILTIN_PACKS.length);
    expect(text(page.querySelector('.fg-import'))).toContain('Imported packs cannot be stored right now');
  });
});
