/** Timing and heap helpers for the benchmark: median of several rounds after a warm-up, heap after a full GC. */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  readonly medianMs: number;
  readonly rounds: number;
  readonly failures: number;
}

export async function timeRounds(run: () => number | Promise<number>, warmups: number, rounds: number): Promise<Timing> {
  for (let round = 0; round < warmups; round++) await run();
  const samples: number[] = [];
  let failures = 0;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    failures = await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const middle = Math.floor(samples.length / 2);
  const medianMs = samples.length % 2 === 1 ? (samples[middle] as number) : ((samples[middle - 1] as number) + (samples[middle] as number)) / 2;
  return { medianMs, rounds, failures };
}

/**
 * `npm run bench` starts node without --expose-gc; V8 still hands out `gc` to a fresh context once the flag is
 * set at run time, so heap figures are taken after a full collection either way.
 */
function garbageCollector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const collect = garbageCollector();

export function heapUsedMb(): { readonly mb: number; readonly afterGc: boolean } {
  collect?.();
  return { mb: process.memoryUsage().heapUsed / 1_048_576, afterGc: collect !== undefined };
}
