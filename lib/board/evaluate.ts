/**
 * Evaluates a page of records with the active packs into board rows, off the main thread when it can: a module
 * Worker (`evaluate.worker.ts`) where workers exist (the board page), otherwise in time slices that yield to the
 * event loop between slices (Node tests, or a page where the worker failed to start).
 */
import type { NormalizedRecord } from '../records/model';
import { compilePack, evaluateRecord, type CompiledPack } from '../rules/engine';
import type { RulePack } from '../rules/schema';
import { boardRow } from './rows';
import type { BoardRow } from './types';

export interface BoardEvaluator {
  evaluate(records: readonly NormalizedRecord[], ownerNames: ReadonlyMap<string, string>): Promise<BoardRow[]>;
  dispose(): void;
}

/** Compiles each pack, leaving out (and naming) any that do not compile, so one bad pack does not stop the board. */
export function compileBoardPacks(packs: readonly RulePack[], onSkipped: (pack: RulePack, error: unknown) => void = () => {}): CompiledPack[] {
  return packs.flatMap((pack) => {
    try {
      return [compilePack(pack)];
    } catch (error) {
      onSkipped(pack, error);
      return [];
    }
  });
}

export function evaluateBoardRecords(
  records: readonly NormalizedRecord[],
  packs: readonly CompiledPack[],
  now: number,
  ownerNames: ReadonlyMap<string, string>,
): BoardRow[] {
  return records.map((record) => boardRow(record, evaluateRecord(record, packs, { now }), ownerNames));
}

/** Evaluates on the calling thread, `sliceMs` at a time, yielding between slices so the page stays responsive. */
export function slicedEvaluator(packs: readonly RulePack[], now: () => number, sliceMs = 12): BoardEvaluator {
  const compiled = compileBoardPacks(packs);
  return {
    async evaluate(records, ownerNames) {
      const rows: BoardRow[] = [];
      let index = 0;
      while (index < records.length) {
        const sliceStart = performance.now();
        const at = now();
        while (index < records.length && performance.now() - sliceStart < sliceMs) {
          rows.push(...evaluateBoardRecords([records[index] as NormalizedRecord], compiled, at, ownerNames));
          index++;
        }
        if (index < records.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return rows;
    },
    dispose() {},
  };
}
