// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageBridge } from '../../lib/runtime/page-bridge';
import { answerPageValueRequests, parseBridgeRequest, readPageValue } from '../../lib/runtime/page-values';

afterEach(() => document.body.replaceChildren());

describe('the main-world bridge', () => {
  it('reads whitelisted page values through the injected script, injecting it once', async () => {
    const page = { g_ck: 'a1b2c3', NOW: { sysId: '46d44e2a' } };
    const inject = vi.fn(async (channel: string) => answerPageValueRequests(document, page, channel));
    const bridge = createPageBridge(document, inject, new AbortController().signal);
    expect(await bridge.value('g_ck')).toBe('a1b2c3');
    expect(await bridge.value('NOW.sysId')).toBe('46d44e2a');
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('refuses names outside the whitelist without touching the page', async () => {
    const inject = vi.fn(async () => undefined);
    const bridge = createPageBridge(document, inject, new AbortController().signal);
    await expect(bridge.value('document.cookie')).rejects.toThrow('"document.cookie" is not a page value FieldGuard reads');
    expect(inject).not.toHaveBeenCalled();
  });

  it('answers null when the page has no such value or nothing answers', async () => {
    const answering = createPageBridge(document, async (channel) => answerPageValueRequests(document, {}, channel), new AbortController().signal);
    expect(await answering.value('g_ck')).toBeNull();
    vi.useFakeTimers();
    try {
      const silent = createPageBridge(document, async () => undefined, new AbortController().signal);
      const answer = silent.value('g_ck');
      await vi.advanceTimersByTimeAsync(2_500);
      expect(await answer).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads only the named globals, as strings', () => {
    expect(readPageValue({ g_ck: 42 }, 'g_ck')).toBeNull();
    expect(readPageValue({ NOW: null }, 'NOW.sysId')).toBeNull();
    expect(parseBridgeRequest(JSON.stringify({ id: 1, name: 'window.localStorage' }))).toBeNull();
    expect(parseBridgeRequest({ id: 1, name: 'g_ck' })).toBeNull();
    expect(parseBridgeRequest('{not json')).toBeNull();
  });
});

/** A UI16 form field and a g_form that renders field messages the way the classic form does. */
function classicForm() {
  document.body.innerHTML = `
    <div id="element.incident.priority"><div class="input_controls"></div></div>
    <div id="element.incident.impact"><div class="input_controls"></div></div>`;
  const g_form = {
    getTableName: () => 'incident',
    showFieldMsg: vi.fn((field: string, message: string, type: string) => {
      const box = document.createElement('div');
      box.className = 'fieldmsg-container';
      box.innerHTML = `<div class="fieldmsg notification notification-${type}"></div>`;
      (box.firstElementChild as HTMLElement).textContent = message;
      document.getElementById(`element.incident.${field}`)?.querySelector('.input_controls')?.append(box);
    }),
    hideFieldMsg: vi.fn(),
  };
  const bridge = createPageBridge(document, async (channel) => answerPageValueRequests(document, { g_form }, channel), new AbortController().signal);
  const messages = (field: string) => [...document.querySelectorAll(`[id="element.incident.${field}"] .fieldmsg`)].map((node) => node.textContent);
  return { g_form, bridge, messages };
}

describe("the main-world bridge's field messages", () => {
  it("shows a message with FieldGuard's prefix through g_form.showFieldMsg, without scrolling the form", async () => {
    const { g_form, bridge, messages } = classicForm();
    expect(await bridge.command({ command: 'show-field-message', field: 'priority', text: 'Priority does not match', type: 'error' })).toBe(true);
    expect(g_form.showFieldMsg).toHaveBeenCalledWith('priority', 'FieldGuard: Priority does not match', 'error', false);
    expect(messages('priority')).toEqual(['FieldGuard: Priority does not match']);
  });

  it("hides FieldGuard's own messages only, leaving the form's messages on the field", async () => {
    const { g_form, bridge, messages } = classicForm();
    g_form.showFieldMsg('priority', 'Priority is calculated from impact and urgency', 'info');
    await bridge.command({ command: 'show-field-message', field: 'priority', text: 'Priority does not match', type: 'info' });
    expect(await bridge.command({ command: 'hide-field-message', field: 'priority' })).toBe(true);
    expect(messages('priority')).toEqual(['Priority is calculated from impact and urgency']);
    expect(g_form.hideFieldMsg).not.toHaveBeenCalled();
  });

  it('falls back to hideFieldMsg(field, true) on a form whose markup is not the known one', async () => {
    const { g_form, bridge } = classicForm();
    document.body.replaceChildren();
    expect(await bridge.command({ command: 'hide-field-message', field: 'urgency' })).toBe(true);
    expect(g_form.hideFieldMsg).toHaveBeenCalledWith('urgency', true);
  });

  it('refuses field names and texts outside the whitelist before they reach the page', async () => {
    const { g_form, bridge } = classicForm();
    const refused = [
      { command: 'show-field-message', field: 'priority"]', text: 'x', type: 'error' },
      { command: 'show-field-message', field: 'Priority', text: 'x', type: 'error' },
      { command: 'show-field-message', field: 'priority', text: '<img src=x onerror=alert(1)>', type: 'error' },
      { command: 'show-field-message', field: 'priority', text: 'x'.repeat(501), type: 'error' },
      { command: 'show-field-message', field: 'priority', text: 'x', type: 'warning' },
      { command: 'addDecoration', field: 'priority' },
    ];
    for (const request of refused) expect(parseBridgeRequest(JSON.stringify({ id: 1, ...request }))).toBeNull();
    vi.useFakeTimers();
    try {
      const answer = bridge.command({ command: 'show-field-message', field: 'priority', text: '<b>bold</b>', type: 'error' });
      await vi.advanceTimersByTimeAsync(2_500);
      expect(await answer).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    expect(g_form.showFieldMsg).not.toHaveBeenCalled();
    expect(parseBridgeRequest(JSON.stringify({ id: 1, command: 'hide-field-message', field: 'u_custom.field_2' }))).toEqual({ id: 1, command: 'hide-field-message', field: 'u_custom.field_2' });
  });

  it('says so when the page has no g_form, and never lets its errors out', async () => {
    const without = createPageBridge(document, async (channel) => answerPageValueRequests(document, {}, channel), new AbortController().signal);
    expect(await without.command({ command: 'show-field-message', field: 'priority', text: 'x', type: 'info' })).toBe(false);
    const throwing = { g_form: { showFieldMsg: () => { throw new Error('g_form broke'); } } };
    const broken = createPageBridge(document, async (channel) => answerPageValueRequests(document, throwing, channel), new AbortController().signal);
    expect(await broken.command({ command: 'show-field-message', field: 'priority', text: 'x', type: 'info' })).toBe(false);
  });
});
