import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter, MESSAGE_TAG, type Answer, type PageReport, type Sender } from '../../lib/messaging';
import { createHandlers, startBackground } from '../../lib/runtime/background';
import { registerAuthProvider } from '../../lib/runtime/background-auth';
import { sendToBackground } from '../../lib/runtime/client';
import { BADGE_COLOR, readTabReport } from '../../lib/runtime/tab-reports';
import { builtinPacksFor } from '../../lib/rules/builtin';
import { installFakeExtensionApis } from '../custom-domains/fake-extension-apis';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const TAB_URL = 'https://acme.zendesk.com/agent/tickets/7';

let now = NOW;
let fetchStub: ReturnType<typeof vi.fn<typeof fetch>>;

function sender(frameId = 0, tab: Partial<NonNullable<Sender['tab']>> = {}): Sender {
  return { id: fakeBrowser.runtime.id, frameId, tab: { id: 5, url: TAB_URL, ...tab } as NonNullable<Sender['tab']> };
}

async function ask(name: string, data: unknown, from: Sender = sender()): Promise<Answer<unknown> | undefined> {
  const [answer] = (await fakeBrowser.runtime.onMessage.trigger({ tag: MESSAGE_TAG, name, data }, from, () => undefined)) as (Answer<unknown> | undefined)[];
  return answer;
}

function report(overrides: Partial<PageReport> = {}): PageReport {
  return {
    url: TAB_URL,
    title: 'Ticket #7',
    inFrame: false,
    app: 'zendesk',
    object: 'ticket',
    recordId: '7',
    score: 76,
    errors: 2,
    warnings: 1,
    info: 0,
    acknowledged: 0,
    source: 'api',
    sourceReason: null,
    findings: [
      {
        key: 'zendesk-ticket-hygiene/solved-needs-assignee',
        pack: 'zendesk-ticket-hygiene',
        rule: 'solved-needs-assignee',
        title: 'Assignee',
        message: 'Assign the ticket before solving it.',
        severity: 'error',
        fields: ['assignee_id'],
        fieldLabel: 'Assignee',
        shown: true,
        acknowledged: false,
      },
    ],
    packs: ['zendesk-ticket-hygiene'],
    stage: { current: 'Open', next: 'Pending', unmet: [] },
    health: [{ name: 'ticket pane', found: 1, required: true }],
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  now = NOW;
  fetchStub = vi.fn<typeof fetch>(async () => new Response('{"ok":true}', { status: 200 }));
  fakeBrowser.runtime.onMessage.addListener(createMessageRouter(createHandlers(() => now, fetchStub), fakeBrowser.runtime.id));
});

describe('the message router', () => {
  it('answers get-packs with the active packs of the app and object', async () => {
    expect(await ask('get-packs', { app: 'salesforce', object: 'Opportunity' })).toEqual({ ok: true, value: { packs: builtinPacksFor('salesforce', 'Opportunity') } });
    expect(await ask('get-packs', { app: 'zendesk', object: 'Opportunity' })).toEqual({ ok: true, value: { packs: [] } });
  });

  it('validates every payload before a handler sees it, and says what is wrong', async () => {
    expect(await ask('get-packs', { app: 'sap', object: 'Opportunity' })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid "get-packs" message at app/) });
    expect(await ask('get-packs', { app: 'jira', object: 'issue', extra: 1 })).toMatchObject({ ok: false });
    expect(await ask('report', { ...report(), errors: -1 })).toMatchObject({ ok: false, error: expect.stringContaining('at errors') });
    expect(await ask('api-fetch', { url: 'http://acme.my.salesforce.com/services/data/' })).toMatchObject({ ok: false, error: expect.stringContaining('at url') });
    expect(await ask('ack-add', { app: 'jira', object: 'issue', recordId: 'A-1', pack: 'p', rule: 'r', days: 3, reason: 'x' })).toMatchObject({ ok: false, error: expect.stringContaining('at days') });
    expect(await ask('ack-add', { app: 'jira', object: 'issue', recordId: 'A-1', pack: 'p', rule: 'r', days: 7, reason: '   ' })).toMatchObject({ ok: false, error: expect.stringContaining('at reason') });
  });

  it('leaves other messages to other listeners and refuses other extensions', async () => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ hello: 'world' }, sender(), () => undefined);
    expect(answer).toBeUndefined();
    expect(await ask('unknown-name', {})).toBeUndefined();
    expect(await ask('get-packs', { app: 'jira', object: 'issue' }, { ...sender(), id: 'someone-else' })).toEqual({ ok: false, error: 'unknown sender' });
  });
});

describe('api-fetch', () => {
  it('refuses URLs no auth provider claims', async () => {
    expect(await ask('api-fetch', { url: 'https://evil.example/steal' })).toEqual({ ok: false, error: 'FieldGuard does not call evil.example from the background' });
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("calls a claimed URL with the provider's headers and no ambient cookies", async () => {
    const provider = vi.fn(async () => ({ Authorization: 'Bearer 00Dx!token' }));
    const unregister = registerAuthProvider((url) => url.hostname === 'acme.my.salesforce.com', provider);
    try {
      fetchStub.mockResolvedValueOnce(new Response('[{"errorCode":"INVALID_SESSION_ID"}]', { status: 401 }));
      const url = 'https://acme.my.salesforce.com/services/data/v66.0/ui-api/records/006';
      const answer = await ask('api-fetch', { url, headers: { 'X-Extra': '1' } }, sender(0, { url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006/view' }));
      expect(answer).toEqual({ ok: true, value: { status: 401, body: '[{"errorCode":"INVALID_SESSION_ID"}]' } });
      expect(provider).toHaveBeenCalledWith(new URL(url), { tabUrl: 'https://acme.lightning.force.com/lightning/r/Opportunity/006/view', cookieStoreId: undefined });
      expect(fetchStub).toHaveBeenCalledWith(url, expect.objectContaining({
        method: 'GET',
        credentials: 'omit',
        headers: { Accept: 'application/json', 'X-Extra': '1', Authorization: 'Bearer 00Dx!token' },
      }));
    } finally {
      unregister();
    }
  });

  it('passes a provider failure back as the answer', async () => {
    const unregister = registerAuthProvider(() => true, async () => {
      throw new Error('no Salesforce API session for this org in the browser');
    });
    try {
      expect(await ask('api-fetch', { url: 'https://acme.my.salesforce.com/services/data/' })).toEqual({ ok: false, error: 'no Salesforce API session for this org in the browser' });
    } finally {
      unregister();
    }
  });
});

describe('parse-record', () => {
  const ticket = { ticket: { id: 7, subject: 'Printer on fire', status: 'open', priority: null, type: null, assignee_id: null, group_id: null, custom_fields: [] } };

  it('parses a payload the content script fetched, so zod runs in the background only', async () => {
    const answer = await ask('parse-record', { app: 'zendesk', json: ticket, options: { object: 'ticket', origin: 'https://acme.zendesk.com' } });
    expect(answer).toMatchObject({ ok: true, value: { records: [{ app: 'zendesk', object: 'ticket', id: '7', url: 'https://acme.zendesk.com/agent/tickets/7', fields: { subject: 'Printer on fire' } }] } });
  });

  it("answers a payload of no known shape with the parser's message", async () => {
    const answer = await ask('parse-record', { app: 'jira', json: ticket, options: {} });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^not a jira payload FieldGuard knows: expected .*; this looks like .* \(zendesk\)$/) });
  });

  it('validates the request around the payload', async () => {
    expect(await ask('parse-record', { app: 'sap', json: ticket, options: {} })).toMatchObject({ ok: false, error: expect.stringContaining('at app') });
    expect(await ask('parse-record', { app: 'zendesk', json: ticket, options: { labels: {} } })).toMatchObject({ ok: false, error: expect.stringContaining('at options') });
    expect(await ask('parse-record', { app: 'zendesk', json: ticket, options: { origin: 'javascript:alert(1)' } })).toMatchObject({ ok: false, error: expect.stringContaining('at options.origin') });
  });
});

describe('reports and the badge', () => {
  const badge = () => fakeBrowser.action.getBadgeText({ tabId: 5 });

  it('shows the errors of every frame of the tab on its badge, in red', async () => {
    expect(await ask('report', report())).toEqual({ ok: true, value: null });
    expect(await badge()).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 5 })).toEqual([0xc2, 0x39, 0x34, 255]);
    expect(BADGE_COLOR).toBe('#c23934');
    await ask('report', report({ errors: 1, url: 'https://acme.zendesk.com/frame' }), sender(3));
    expect(await badge()).toBe('3');
    expect(Object.keys(await readTabReport(5)).sort()).toEqual(['0', '3']);
    expect((await readTabReport(5))['0']).toMatchObject({ ...report(), at: NOW });

    await ask('report-clear', {}, sender(0));
    expect(await badge()).toBe('1');
    await ask('report', report({ errors: 0 }));
    expect(await badge()).toBe('1');
  });

  it('clears what no longer describes the tab when it navigates, and forgets closed tabs', async () => {
    // startBackground also keeps the custom-domain scripts in sync, through APIs the fake browser lacks.
    installFakeExtensionApis();
    startBackground();
    await ask('report', report());
    await ask('report', report({ errors: 1, url: 'https://acme.zendesk.com/frame' }), sender(3));
    // A navigation whose URL the top frame has already reported keeps that report (a pushState reported early).
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5, url: TAB_URL } as never);
    await vi.waitFor(async () => expect(Object.keys(await readTabReport(5))).toEqual(['0']));
    expect(await badge()).toBe('2');
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5, url: 'https://acme.zendesk.com/agent/tickets/8' } as never);
    await vi.waitFor(async () => expect(await badge()).toBe(''));

    await ask('report', report());
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readTabReport(5)).toEqual({}));
  });

  it('only takes reports from tabs', async () => {
    expect(await ask('report', report(), { id: fakeBrowser.runtime.id })).toEqual({ ok: false, error: 'only a tab can report an evaluation' });
  });
});

describe('sendToBackground', () => {
  it('unwraps answers and turns refusals into errors', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, sender(), () => undefined))[0]);
    await expect(sendToBackground('get-packs', { app: 'jira', object: 'issue' })).resolves.toEqual({ packs: builtinPacksFor('jira', 'issue') });
    await expect(sendToBackground('get-packs', { app: 'nope' as 'jira', object: 'issue' })).rejects.toThrow(/invalid "get-packs" message at app/);
  });

  it('says so when nothing answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(sendToBackground('report-clear', {})).rejects.toThrow('the background did not answer "report-clear"');
  });
});
