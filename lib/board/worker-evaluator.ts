/**
 * The board page's evaluator: a module Worker built by Vite/WXT from `evaluate.worker.ts`. Where a worker cannot
 * start (a context without `Worker`), the sliced evaluator on the main thread takes over.
 */
import type { RulePack } from '../rules/schema';
import { slicedEvaluator, type BoardEvaluator } from './evaluate';
import type { WorkerAnswer, WorkerRequest } from './evaluate-protocol';
import type { BoardRow } from './types';

export function createBoardEvaluator(packs: readonly RulePack[], now: () => number = Date.now): BoardEvaluator {
  if (typeof Worker === 'undefined') return slicedEvaluator(packs, now);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./evaluate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return slicedEvaluator(packs, now);
  }
  const pending = new Map<number, { resolve: (rows: BoardRow[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.type === 'rows') waiting.resolve(answer.rows);
    else waiting.reject(new Error(answer.error));
  });
  worker.addEventListener('error', (event) => failAll(`the evaluation worker failed: ${event.message || 'unknown error'}`));
  worker.postMessage({ type: 'packs', packs } satisfies WorkerRequest);
  return {
    evaluate(records, ownerNames) {
      const id = nextId++;
      return new Promise<BoardRow[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'evaluate', id, now: now(), records, ownerNames: [...ownerNames] } satisfies WorkerRequest);
      });
    },
    dispose() {
      failAll('the board run ended');
      worker.terminate();
    },
  };
}
