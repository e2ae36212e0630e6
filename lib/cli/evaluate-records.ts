/**
 * Evaluates records against the packs that apply to them: the packs given with --pack, or else the built-in
 * packs for each record's app and object. Packs are compiled once, however many records use them.
 */
import type { NormalizedRecord } from '../records/model';
import { builtinPacksFor } from '../rules/builtin';
import { compilePack, evaluateRecord, packApplies, type CompiledPack, type RecordEvaluation } from '../rules/engine';
import type { RulePack } from '../rules/schema';

export interface EvaluationRun {
  readonly evaluations: readonly RecordEvaluation[];
  /** Things worth knowing that do not make the input unusable (records no pack covers, rules that threw). */
  readonly notes: readonly string[];
}

export interface EvaluationSettings {
  /** Packs given explicitly; undefined means "the built-in packs of each record's app and object". */
  readonly packs?: readonly RulePack[];
  readonly now: number;
  readonly timeZone: string;
}

export function evaluateRecords(records: readonly NormalizedRecord[], settings: EvaluationSettings): EvaluationRun {
  const compiled = new Map<RulePack, CompiledPack>();
  const compiledOf = (pack: RulePack) => {
    let entry = compiled.get(pack);
    if (!entry) compiled.set(pack, (entry = compilePack(pack)));
    return entry;
  };
  const uncovered = new Map<string, number>();
  const notes: string[] = [];
  const options = { now: settings.now, timeZone: settings.timeZone };

  const evaluations = records.map((record) => {
    const packs = (settings.packs?.filter((pack) => packApplies(pack, record)) ?? builtinPacksFor(record.app, record.object)).map(compiledOf);
    if (packs.length === 0) {
      const key = `${record.app}/${record.object}`;
      uncovered.set(key, (uncovered.get(key) ?? 0) + 1);
    }
    const evaluation = evaluateRecord(record, packs, options);
    for (const error of evaluation.errors) {
      notes.push(`${record.app} ${record.object} ${record.id}: rule ${error.pack}/${error.rule} could not be evaluated and was skipped: ${error.message}`);
    }
    return evaluation;
  });

  for (const [key, count] of uncovered) {
    notes.push(`no pack for ${key}; ${count === 1 ? 'its record scores' : `its ${count} records score`} 100 with no findings`);
  }
  return { evaluations, notes };
}
