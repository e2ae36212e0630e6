// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://fake.example/"}
/**
 * What the popup drives in an open tab: pack changes (the packs revision in storage.local) re-evaluate the record
 * at once, and `focus-finding` tab messages bring a finding's field into view. Through the fake browser, as the
 * content script sees them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RulePack } from '../../lib/rules/schema';
import { runFieldGuard } from '../../lib/runtime/run';
import { PACKS_REVISION_KEY } from '../../lib/store/types';
import { DIRTY, fakeAdapter, fakeBackend, fakeContext, hosts, noApiAccess, recordUrl, renderTicket, TEST_PACK, type FakeAdapter, type FakeBackend } from './fake-app';

const SUBJECT_ONLY: RulePack = { ...TEST_PACK, id: 'test-subject', rules: TEST_PACK.rules.filter((rule) => rule.id === 'subject') };

let adapter: FakeAdapter;
let backend: FakeBackend;
let context: ReturnType<typeof fakeContext>;
let packs: RulePack[];

beforeEach(() => {
  fakeBrowser.reset();
  adapter = fakeAdapter();
  packs = [TEST_PACK];
  // The packs the background would answer now: a test switches them, then bumps the revision as the registry does.
  backend = Object.assign(fakeBackend(), { getPacks: async (app: string, object: string) => packs.filter((pack) => pack.app === app && pack.object === object) });
  context = fakeContext();
  document.body.replaceChildren();
  adapter.api.set('1', DIRTY);
  renderTicket(document, '1', DIRTY);
  window.history.replaceState({}, '', recordUrl('1'));
  runFieldGuard(context.ctx, adapter, { backend, api: () => noApiAccess, timings: { rootTimeoutMs: 1_000, apiTimeoutMs: 500 } });
});

afterEach(() => context.invalidate());

const markerFields = () => hosts('marker').map((host) => host.dataset.fieldguardField).sort();
const bumpRevision = (value: string) => fakeBrowser.storage.local.set({ [PACKS_REVISION_KEY]: value });
const focus = async (key: unknown) => {
  const answers = (await fakeBrowser.runtime.onMessage.trigger({ tag: 'fieldguard/v1', name: 'focus-finding', data: { key } }, {}, () => undefined)) as unknown[];
  return answers.find((answer) => answer !== undefined);
};

describe('pack changes reach an open record at once', () => {
  it('drops the hints of a pack switched off and brings them back when it is on again, without a reload', async () => {
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
    packs = [SUBJECT_ONLY];
    await bumpRevision('2');
    await vi.waitFor(() => expect(markerFields()).toEqual(['subject']));
    expect(backend.reports.at(-1)?.packs).toEqual(['test-subject']);

    packs = [];
    await bumpRevision('3');
    await vi.waitFor(() => expect(hosts('chip')).toHaveLength(0));
    expect(markerFields()).toEqual([]);
    // The popup still hears that no rule is active here.
    expect(backend.reports.at(-1)).toMatchObject({ packs: [], findings: [], score: 100 });

    packs = [TEST_PACK];
    await bumpRevision('4');
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
  });

  it('ignores other keys and other storage areas, and stops listening once the view is gone', async () => {
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
    packs = [SUBJECT_ONLY];
    await fakeBrowser.storage.local.set({ 'fieldguard-prefs': {} });
    await fakeBrowser.storage.session.set({ [PACKS_REVISION_KEY]: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(markerFields()).toEqual(['priority', 'subject']);

    context.invalidate();
    const getPacks = vi.spyOn(backend, 'getPacks');
    await bumpRevision('5');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getPacks).not.toHaveBeenCalled();
    expect(hosts('marker')).toHaveLength(0);
  });
});

describe('focus-finding tab messages', () => {
  it("expands and focuses the finding's marker", async () => {
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
    expect(await focus('test-ticket/priority')).toEqual({ focused: 'marker' });
    const host = hosts('marker').find((candidate) => candidate.dataset.fieldguardField === 'priority');
    expect(host?.shadowRoot?.querySelector('button.fg-marker-button')?.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(host);
  });

  it('opens the chip list for a finding on no field of the page', async () => {
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
    expect(await focus('test-ticket/type')).toEqual({ focused: 'list' });
    expect(hosts('chip')[0]?.shadowRoot?.querySelector('button.fg-chip')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('answers "none" for a finding that is not there, and leaves malformed messages to other listeners', async () => {
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
    expect(await focus('test-ticket/not-a-rule')).toEqual({ focused: 'none' });
    expect(await focus('<img src=x>')).toBeUndefined();
    expect(await focus(42)).toBeUndefined();
  });
});
