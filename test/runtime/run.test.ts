// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://fake.example/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageBridge } from '../../lib/runtime/page-bridge';
import type { PageCommand } from '../../lib/runtime/page-values';
import type { ViewTimings } from '../../lib/runtime/record-view';
import { runFieldGuard } from '../../lib/runtime/run';
import {
  CLEAN,
  DIRTY,
  fakeAdapter,
  fakeBackend,
  fakeContext,
  hosts,
  noApiAccess,
  recordUrl,
  renderTicket,
  TEST_PACK,
  type FakeAdapter,
  type FakeBackend,
} from './fake-app';
import { must, typeInto } from './dom-helpers';

const TIMINGS = { rootTimeoutMs: 1_000, apiTimeoutMs: 500, apiRereadMs: 300 };

let adapter: FakeAdapter;
let backend: FakeBackend;
let context: ReturnType<typeof fakeContext>;

function start(url: string, timings: Partial<ViewTimings> = {}, bridge?: PageBridge) {
  window.history.replaceState({}, '', url);
  runFieldGuard(context.ctx, adapter, { backend, api: () => noApiAccess, timings: { ...TIMINGS, ...timings }, ...(bridge ? { bridge } : {}) });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The app showing a new value in a field that is not being edited, as after a save without an edit mode. */
function show(view: HTMLElement, field: string, value: string) {
  const input = must(view.querySelector<HTMLInputElement>(`input[name="${field}"]`));
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const chip = () => hosts('chip')[0];
const markerFields = () => hosts('marker').map((host) => host.dataset.fieldguardField).sort();

async function click(element: Element | null | undefined) {
  (element as HTMLElement).click();
  await Promise.resolve();
}

beforeEach(() => {
  adapter = fakeAdapter();
  backend = fakeBackend();
  context = fakeContext();
  document.body.replaceChildren();
});

afterEach(() => {
  context.invalidate();
  vi.restoreAllMocks();
});

describe('runFieldGuard on a record page', () => {
  it('puts a marker right after the anchor of each field with a finding, and a chip after the header', async () => {
    adapter.api.set('1', DIRTY);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));

    await vi.waitFor(() => expect(chip()).toBeDefined());
    expect(markerFields()).toEqual(['priority', 'subject']);
    for (const marker of hosts('marker')) {
      const label = document.querySelector(`[data-field="${marker.dataset.fieldguardField}"] label`);
      expect(marker.previousElementSibling).toBe(label);
    }
    expect(hosts('marker').find((host) => host.dataset.fieldguardField === 'subject')?.dataset.fieldguardSeverity).toBe('error');
    expect(hosts('marker').find((host) => host.dataset.fieldguardField === 'priority')?.dataset.fieldguardSeverity).toBe('warning');
    expect(chip()?.previousElementSibling?.tagName).toBe('H1');
    expect(chip()?.dataset).toMatchObject({ fieldguardScore: '85', fieldguardSource: 'api', fieldguardErrors: '1', fieldguardWarnings: '1', fieldguardInfo: '1' });
    // The app's own nodes are where they were.
    expect([...document.querySelectorAll('.field')].map((row) => row.firstElementChild?.tagName)).toEqual(['LABEL', 'LABEL', 'LABEL']);
  });

  it('lists findings on fields the page does not show as "not on this page" (labelled by the pack), and shows messages as text', async () => {
    adapter.api.set('1', DIRTY);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(chip()).toBeDefined());

    await click(chip()?.shadowRoot?.querySelector('button.fg-chip'));
    const panel = chip()?.shadowRoot;
    expect(panel?.querySelector('[data-rule="test-ticket/type"] .fg-where')?.textContent).toBe('Ticket type: not on this page');
    expect(panel?.textContent).toContain('Write a <b>subject</b> people can search for.');
    expect(panel?.querySelector('b')).toBeNull();
  });

  it('shows a chip with a perfect score and no marker on a clean record', async () => {
    adapter.api.set('2', CLEAN);
    renderTicket(document, '2', CLEAN);
    start(recordUrl('2'));

    await vi.waitFor(() => expect(chip()?.dataset.fieldguardScore).toBe('100'));
    expect(hosts('marker')).toEqual([]);
    expect(backend.reports.at(-1)).toMatchObject({ errors: 0, warnings: 0, info: 0, score: 100, recordId: '2' });
  });

  it('takes unsaved edits from the page: fixing a field in edit mode clears its hint before save, without asking the API again', async () => {
    adapter.api.set('1', DIRTY);
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(markerFields()).toContain('subject'));

    const input = must(view.querySelector<HTMLInputElement>('input[name="subject"]'));
    input.setAttribute('data-editing', '');
    input.value = 'Printer on fire';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Not before the debounce...
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(markerFields()).toContain('subject');
    // ...but soon after it.
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority']), { timeout: 1_000 });
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(1);
  });

  it('asks the API again after a save (edit mode ending) and keeps the edited value meanwhile', async () => {
    adapter.api.set('1', DIRTY);
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(markerFields()).toContain('priority'));

    const input = must(view.querySelector<HTMLInputElement>('input[name="priority"]'));
    input.setAttribute('data-editing', '');
    input.value = 'high';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(markerFields()).toEqual(['subject']));

    adapter.api.set('1', { ...DIRTY, priority: 'high' });
    input.removeAttribute('data-editing');
    await vi.waitFor(() => expect(adapter.fetchRecord).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(markerFields()).toEqual(['subject']);
  });

  it('shows the hint again at once when an edit is cancelled, without waiting for the API', async () => {
    adapter.api.set('1', DIRTY);
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'), { apiRereadMs: 5_000 });
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));

    const input = must(view.querySelector<HTMLInputElement>('input[name="priority"]'));
    input.setAttribute('data-editing', '');
    typeInto(input, 'high');
    await vi.waitFor(() => expect(markerFields()).toEqual(['subject']));
    // Cancel: the view shows the saved value again and leaves edit mode.
    input.removeAttribute('data-editing');
    typeInto(input, '');
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(1);
  });

  it('asks the API again when a field not being edited shows another value (a quick save, an app without edit mode)', async () => {
    adapter.api.set('1', DIRTY);
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(1);

    adapter.api.set('1', { ...DIRTY, priority: 'high' });
    show(view, 'priority', 'high');
    // The page's new value stands in for the saved one at once...
    await vi.waitFor(() => expect(markerFields()).toEqual(['subject']));
    // ...and the API confirms it.
    await vi.waitFor(() => expect(adapter.fetchRecord).toHaveBeenCalledTimes(2));
    await sleep(100);
    expect(markerFields()).toEqual(['subject']);
    expect(chip()?.dataset.fieldguardSource).toBe('api');
  });

  it('reads the API at most once per interval however often the page changes, and the latest read wins', async () => {
    adapter.api.set('1', DIRTY);
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'), { apiRereadMs: 700 });
    await vi.waitFor(() => expect(markerFields()).toEqual(['priority', 'subject']));

    // The second read is slow and answers with what the record was before the next save.
    let answerSecond: (() => void) | undefined;
    adapter.fetchRecord.mockImplementationOnce(
      () => new Promise((resolve) => (answerSecond = () => resolve({ ok: true, record: { app: 'zendesk', object: 'ticket', id: '1', fields: { ...DIRTY }, labels: {} } }))),
    );
    show(view, 'priority', 'high');
    await sleep(250);
    show(view, 'priority', 'low');
    await sleep(250);
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(adapter.fetchRecord).toHaveBeenCalledTimes(2));

    adapter.api.set('1', { ...DIRTY, priority: 'low', subject: 'Printer on fire' });
    show(view, 'subject', 'Printer on fire');
    await sleep(400);
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(adapter.fetchRecord).toHaveBeenCalledTimes(3), { timeout: 1_500 });
    await vi.waitFor(() => expect(markerFields()).toEqual([]));
    answerSecond?.();
    await sleep(200);
    expect(markerFields()).toEqual([]);
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(3);
  });

  it('reads the API again when the tab becomes visible and the last read is older than the stale age', async () => {
    adapter.api.set('1', DIRTY);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'), { apiStaleMs: 400 });
    await vi.waitFor(() => expect(chip()).toBeDefined());
    const visibility = vi.spyOn(document, 'visibilityState', 'get');
    const becomes = (state: DocumentVisibilityState) => {
      visibility.mockReturnValue(state);
      document.dispatchEvent(new Event('visibilitychange'));
    };

    becomes('visible');
    await sleep(50);
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(1);
    await sleep(400);
    becomes('hidden');
    await sleep(50);
    expect(adapter.fetchRecord).toHaveBeenCalledTimes(1);

    adapter.api.set('1', CLEAN);
    becomes('visible');
    await vi.waitFor(() => expect(adapter.fetchRecord).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(chip()?.dataset.fieldguardScore).toBe('100'));
  });

  it('re-evaluates on pushState navigation to another record, and removes everything when leaving records', async () => {
    adapter.api.set('1', DIRTY);
    adapter.api.set('2', CLEAN);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(hosts('marker')).toHaveLength(2));

    context.navigate(recordUrl('2'));
    renderTicket(document, '2', CLEAN);
    await vi.waitFor(() => expect(chip()?.dataset.fieldguardScore).toBe('100'));
    expect(hosts('marker')).toEqual([]);

    const before = backend.clears.length;
    context.navigate('https://fake.example/settings');
    expect(document.querySelectorAll('[data-fieldguard]')).toHaveLength(0);
    expect(backend.clears.length).toBe(before + 1);
    // Nothing comes back on later DOM changes: no observer survived.
    renderTicket(document, '2', DIRTY);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(document.querySelectorAll('[data-fieldguard]')).toHaveLength(0);
  });

  it('refreshes without the debounce once the view appears', async () => {
    // As in HubSpot: the root cannot tell records apart, so the old view answers until the app swaps it out.
    adapter = { ...adapter, activeRoot: (doc) => doc.querySelector('main') };
    adapter.api.set('1', DIRTY);
    adapter.api.set('2', CLEAN);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'), { debounceMs: 1_000, maxWaitMs: 2_000 });
    await vi.waitFor(() => expect(hosts('marker')).toHaveLength(2));

    context.navigate(recordUrl('2'));
    const placeholder = document.createElement('div');
    placeholder.textContent = 'Loading…';
    document.body.replaceChildren(placeholder);
    await vi.waitFor(() => expect(adapter.fetchRecord).toHaveBeenCalledTimes(2));
    await sleep(20);

    renderTicket(document, '2', CLEAN);
    await vi.waitFor(() => expect(chip()?.dataset.fieldguardScore).toBe('100'), { timeout: 200 });
    expect(hosts('marker')).toEqual([]);

    // Edits once the view is there still wait for the debounce.
    const input = must(document.querySelector<HTMLInputElement>('input[name="subject"]'));
    input.setAttribute('data-editing', '');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(200);
    expect(hosts('marker')).toEqual([]);
    await vi.waitFor(() => expect(markerFields()).toEqual(['subject']), { timeout: 2_000 });
  });
  it('removes everything when the content script is invalidated', async () => {
    adapter.api.set('1', DIRTY);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(chip()).toBeDefined());
    context.invalidate();
    expect(document.querySelectorAll('[data-fieldguard]')).toHaveLength(0);
  });

  it('gives a page it does not understand nothing: no API call, no UI', async () => {
    renderTicket(document, '1', DIRTY);
    start('https://fake.example/tickets');
    start('https://fake.example/help');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(adapter.fetchRecord).not.toHaveBeenCalled();
    expect(document.querySelectorAll('[data-fieldguard]')).toHaveLength(0);
  });

  it('falls back to the page when the API fails, and says why', async () => {
    adapter.api.set('1', 'HTTP 401: INVALID_SESSION_ID');
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));

    await vi.waitFor(() => expect(chip()?.dataset.fieldguardSource).toBe('dom'));
    expect(markerFields()).toEqual(['priority', 'subject']);
    await click(chip()?.shadowRoot?.querySelector('button.fg-chip'));
    expect(chip()?.shadowRoot?.querySelector('.fg-source-note')?.textContent).toBe('Read from the page (API unavailable: HTTP 401: INVALID_SESSION_ID)');
    expect(backend.reports.at(-1)).toMatchObject({ source: 'dom', sourceReason: 'HTTP 401: INVALID_SESSION_ID' });
  });

  it('reports nothing about a field the page does not show when the record is read from the page alone', async () => {
    adapter.api.set('1', 'HTTP 503');
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(chip()?.dataset.fieldguardSource).toBe('dom'));

    // "type" is not on this page: unknown, not empty, so its rule is not reported (the API would have told).
    expect(chip()?.dataset).toMatchObject({ fieldguardErrors: '1', fieldguardWarnings: '1', fieldguardInfo: '0', fieldguardScore: '86' });
    await click(chip()?.shadowRoot?.querySelector('button.fg-chip'));
    expect(chip()?.shadowRoot?.querySelector('[data-rule="test-ticket/type"]')).toBeNull();
    expect(backend.reports.at(-1)?.findings.map((finding) => finding.rule).sort()).toEqual(['priority', 'subject']);

    // The gate panel leaves out what the page cannot tell too; the assignee is on the page, so it is checked.
    const status = must(view.querySelector<HTMLSelectElement>('#status'));
    status.value = 'solved';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(hosts('gate')[0]?.dataset.fieldguardFields).toBe('assignee_id'));
  });

  it('shows the unmet requirements of a picked stage next to the stage control', async () => {
    adapter.api.set('1', DIRTY);
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(chip()).toBeDefined());
    expect(hosts('gate')).toEqual([]);

    const status = must(view.querySelector<HTMLSelectElement>('#status'));
    status.value = 'solved';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(hosts('gate')).toHaveLength(1));
    const gate = must(hosts('gate')[0]);
    expect(gate.previousElementSibling).toBe(status);
    expect(gate.dataset).toMatchObject({ fieldguardStage: 'solved', fieldguardFields: 'assignee_id', fieldguardCount: '1' });
    expect(gate.shadowRoot?.textContent).toContain('Moving to Solved needs:');
    expect(gate.shadowRoot?.textContent).toContain('Solving needs an assignee');
  });

  it('reports unacknowledged errors to the background and lets a warning be acknowledged', async () => {
    adapter.api.set('1', DIRTY);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'));
    await vi.waitFor(() => expect(backend.reports.at(-1)).toMatchObject({ errors: 1, warnings: 1, info: 1, acknowledged: 0 }));

    const marker = must(hosts('marker').find((host) => host.dataset.fieldguardField === 'priority'));
    const root = must(marker.shadowRoot);
    await click(root.querySelector('button.fg-marker-button'));
    expect(root.querySelector('button.fg-marker-button')?.getAttribute('aria-expanded')).toBe('true');
    await click([...root.querySelectorAll('button')].find((button) => button.textContent === 'Acknowledge…'));
    typeInto(must(root.querySelector<HTMLInputElement>('form input')), 'Customer decides next week');
    await Promise.resolve();
    must(root.querySelector('form')).requestSubmit();

    await vi.waitFor(() => expect(marker.dataset.fieldguardSeverity).toBe('acknowledged'));
    expect(backend.acks).toMatchObject([{ app: 'zendesk', object: 'ticket', recordId: '1', pack: 'test-ticket', rule: 'priority', days: 7, reason: 'Customer decides next week' }]);
    expect(backend.reports.at(-1)).toMatchObject({ errors: 1, warnings: 0, acknowledged: 1 });
  });
});

describe('runFieldGuard never breaks the page', () => {
  it('logs and shows nothing when every adapter method throws', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderTicket(document, '1', DIRTY);
    const boom = () => {
      throw new Error('boom');
    };
    for (const method of ['detect', 'activeRoot', 'read', 'fetchRecord', 'selectorHealth'] as const) {
      const broken = { ...fakeAdapter(), [method]: boom };
      window.history.replaceState({}, '', recordUrl('1'));
      expect(() => runFieldGuard(context.ctx, broken, { backend, api: () => noApiAccess, timings: TIMINGS })).not.toThrow();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).toHaveBeenCalled();
    expect(errors.mock.calls.every(([prefix]) => prefix === '[FieldGuard]')).toBe(true);
  });

  it('survives a background that rejects every message', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    adapter.api.set('1', DIRTY);
    renderTicket(document, '1', DIRTY);
    const reject = () => Promise.reject(new Error('extension context invalidated'));
    backend = { ...backend, getPacks: reject, report: reject, clearReport: reject, listAcks: reject };
    start(recordUrl('1'));
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith('[FieldGuard]', expect.stringContaining('rule packs'), expect.any(Error)));
    expect(document.querySelectorAll('[data-fieldguard]')).toHaveLength(0);
  });
});

describe('runFieldGuard on a ServiceNow classic form', () => {
  it("also shows the findings of marked fields in the form's own field messages, and clears them when fixed or left", async () => {
    const commands: PageCommand[] = [];
    const bridge: PageBridge = {
      value: async () => null,
      command: async (command) => {
        commands.push(command);
        return true;
      },
    };
    const base = fakeAdapter();
    adapter = {
      ...base,
      app: 'servicenow',
      detect: (url) => {
        const page = base.detect(url);
        return page?.kind === 'record' ? { ...page, app: 'servicenow', context: { ui: 'classic' } } : page;
      },
    };
    backend = fakeBackend([{ ...TEST_PACK, app: 'servicenow' }]);
    adapter.api.set('1', DIRTY);
    const view = renderTicket(document, '1', DIRTY);
    start(recordUrl('1'), {}, bridge);

    await vi.waitFor(() => expect(commands).toHaveLength(2));
    expect(commands).toEqual([
      { command: 'show-field-message', field: 'subject', text: 'Subject missing', type: 'error' },
      { command: 'show-field-message', field: 'priority', text: 'Priority missing', type: 'info' },
    ]);
    // Its own marker is there too.
    expect(markerFields()).toEqual(['priority', 'subject']);

    const subject = must(view.querySelector<HTMLInputElement>('input[name="subject"]'));
    subject.setAttribute('data-editing', '');
    typeInto(subject, 'Printer on fire');
    await vi.waitFor(() => expect(commands.at(-1)).toEqual({ command: 'hide-field-message', field: 'subject' }));

    context.navigate('https://fake.example/settings');
    await vi.waitFor(() => expect(commands.at(-1)).toEqual({ command: 'hide-field-message', field: 'priority' }));
    expect(commands).toHaveLength(4);
  });

  it('makes no page call on other apps', async () => {
    const command = vi.fn(async () => true);
    adapter.api.set('1', DIRTY);
    renderTicket(document, '1', DIRTY);
    start(recordUrl('1'), {}, { value: async () => null, command });
    await vi.waitFor(() => expect(hosts('marker')).toHaveLength(2));
    expect(command).not.toHaveBeenCalled();
  });
});
