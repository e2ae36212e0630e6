/**
 * DOM waiting and watching for the runtime, every piece tied to an AbortSignal so nothing outlives its record view.
 */
import { logError } from './log';

export interface WaitOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/**
 * Resolves with what `find` returns once it is not null (checked now and after every DOM change under `target`),
 * or with null on timeout or abort. A throwing `find` ends the wait with null: adapters must not break the page.
 */
export function waitFor<T>(target: Node, find: () => T | null, { signal, timeoutMs }: WaitOptions): Promise<T | null> {
  return new Promise((resolve) => {
    let done = false;
    let observer: MutationObserver | null = null;
    const timer = setTimeout(() => finish(null), timeoutMs);
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const check = () => {
      try {
        const found = find();
        if (found !== null) finish(found);
      } catch (error) {
        logError('finding the record view failed', error);
        finish(null);
      }
    };
    if (signal.aborted) return finish(null);
    check();
    if (done) return;
    signal.addEventListener('abort', onAbort, { once: true });
    observer = new MutationObserver(check);
    observer.observe(target, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * Calls `onChange` after DOM changes under `target` that are not FieldGuard's own (`isOwn` tells our shadow hosts
 * apart: inserting or updating them must not trigger another round, or every render would cause the next).
 */
export function watchMutations(target: Node, onChange: (records: readonly MutationRecord[]) => void, isOwn: (node: Node) => boolean, signal: AbortSignal): void {
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => {
    const foreign = records.filter((record) => !isOwnMutation(record, isOwn));
    if (foreign.length > 0) onChange(foreign);
  });
  observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

function isOwnMutation(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (isOwn(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwn);
}

export interface Debounced {
  /** Runs `fn` once things have been quiet for `waitMs`, and at least every `maxWaitMs` while they are not. */
  schedule(): void;
  cancel(): void;
}

export function debounce(fn: () => void, waitMs: number, maxWaitMs: number, signal: AbortSignal): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstScheduledAt: number | null = null;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstScheduledAt = null;
  };
  signal.addEventListener('abort', cancel, { once: true });
  return {
    schedule() {
      if (signal.aborted) return;
      const now = Date.now();
      firstScheduledAt ??= now;
      clearTimeout(timer);
      const delay = Math.max(0, Math.min(waitMs, firstScheduledAt + maxWaitMs - now));
      timer = setTimeout(() => {
        cancel();
        fn();
      }, delay);
    },
    cancel,
  };
}
