// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce, waitFor, watchMutations } from '../../lib/runtime/observe';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('waitFor', () => {
  it('resolves with the element once it appears', async () => {
    const found = waitFor(document.body, () => document.querySelector('#late'), { signal: new AbortController().signal, timeoutMs: 1_000 });
    setTimeout(() => document.body.append(Object.assign(document.createElement('div'), { id: 'late' })), 20);
    expect((await found)?.id).toBe('late');
  });

  it('resolves with null on timeout, on abort, and when the finder throws', async () => {
    expect(await waitFor(document.body, () => null, { signal: new AbortController().signal, timeoutMs: 30 })).toBeNull();
    const controller = new AbortController();
    const aborted = waitFor(document.body, () => null, { signal: controller.signal, timeoutMs: 10_000 });
    controller.abort();
    expect(await aborted).toBeNull();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await waitFor(document.body, () => { throw new Error('bad selector'); }, { signal: new AbortController().signal, timeoutMs: 10_000 })).toBeNull();
  });
});

describe('watchMutations', () => {
  it("reports the page's changes but not FieldGuard's own, and stops on abort", async () => {
    const own = document.createElement('fieldguard-marker');
    const onChange = vi.fn();
    const controller = new AbortController();
    watchMutations(document.body, onChange, (node) => node === own, controller.signal);

    document.body.append(own);
    own.setAttribute('data-fieldguard-severity', 'error');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).not.toHaveBeenCalled();

    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));

    controller.abort();
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('debounce', () => {
  it('runs once after a quiet period, but at least every maxWait while calls keep coming', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const debounced = debounce(fn, 150, 600, new AbortController().signal);
    for (let elapsed = 0; elapsed < 1000; elapsed += 100) {
      debounced.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('never runs after its signal aborts', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const controller = new AbortController();
    const debounced = debounce(fn, 150, 600, controller.signal);
    debounced.schedule();
    controller.abort();
    debounced.schedule();
    vi.advanceTimersByTime(1_000);
    expect(fn).not.toHaveBeenCalled();
  });
});
