// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPageBridge } from '../../lib/runtime/page-bridge';
import { answerPageValueRequests, parseBridgeRequest, readPageValue } from '../../lib/runtime/page-values';

describe('the main-world bridge', () => {
  it('reads whitelisted page values through the injected script, injecting it once', async () => {
    const page = { g_ck: 'a1b2c3', NOW: { sysId: '46d44e2a' } };
    const inject = vi.fn(async (channel: string) => answerPageValueRequests(document, page, channel));
    const pageValue = createPageBridge(document, inject, new AbortController().signal);
    expect(await pageValue('g_ck')).toBe('a1b2c3');
    expect(await pageValue('NOW.sysId')).toBe('46d44e2a');
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('refuses names outside the whitelist without touching the page', async () => {
    const inject = vi.fn(async () => undefined);
    const pageValue = createPageBridge(document, inject, new AbortController().signal);
    await expect(pageValue('document.cookie')).rejects.toThrow('"document.cookie" is not a page value FieldGuard reads');
    expect(inject).not.toHaveBeenCalled();
  });

  it('answers null when the page has no such value or nothing answers', async () => {
    const answering = createPageBridge(document, async (channel) => answerPageValueRequests(document, {}, channel), new AbortController().signal);
    expect(await answering('g_ck')).toBeNull();
    vi.useFakeTimers();
    try {
      const silent = createPageBridge(document, async () => undefined, new AbortController().signal);
      const answer = silent('g_ck');
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
