/**
 * The board's evaluation worker: compiles the packs it is sent once, then turns each page of records into rows,
 * so 10,000 records are scored without blocking the board page's main thread.
 */
import type { CompiledPack } from '../rules/engine';
import { compileBoardPacks, evaluateBoardRecords } from './evaluate';
import type { WorkerAnswer, WorkerRequest } from './evaluate-protocol';

let compiled: CompiledPack[] = [];

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'packs') {
    compiled = compileBoardPacks(request.packs);
    return;
  }
  let answer: WorkerAnswer;
  try {
    answer = { type: 'rows', id: request.id, rows: evaluateBoardRecords(request.records, compiled, request.now, new Map(request.ownerNames)) };
  } catch (error) {
    answer = { type: 'failed', id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
});
