/**
 * Where a record stands on its pack's stage path: its current stage, the next one on the main path, and what that
 * next stage's gates require that the record does not meet yet. The popup shows it before anyone moves the record.
 */
import type { NormalizedRecord } from '../records/model';
import { readFieldPath } from '../records/field-path';
import { evaluateAgainstStage, packApplies, type CompiledPack, type EvaluateOptions, type Finding } from '../rules/engine';
import type { Stage } from '../rules/schema';

export interface NextStageGate {
  readonly current: Stage | null;
  /** Null at the end of the main path, and on a lost stage (a side exit leads nowhere). */
  readonly next: Stage | null;
  readonly findings: readonly Finding[];
}

/** Null when no applicable pack defines stages; the first one that does sets the path. */
export function nextStageGate(record: NormalizedRecord, packs: readonly CompiledPack[], options: EvaluateOptions): NextStageGate | null {
  const stages = packs.find((compiled) => compiled.pack.stages && packApplies(compiled.pack, record))?.pack.stages;
  if (!stages) return null;
  const raw = readFieldPath(record.fields, stages.field);
  const current = raw === null || raw === undefined ? null : (stages.values.find((stage) => stage.value === String(raw)) ?? null);
  const next = current?.outcome === 'lost' ? null : followingStage(stages.values, current);
  return { current, next, findings: next ? evaluateAgainstStage(record, packs, next.value, options) : [] };
}

function followingStage(values: readonly Stage[], current: Stage | null): Stage | null {
  const from = current ? values.indexOf(current) + 1 : 0;
  return values.slice(from).find((stage) => stage.outcome !== 'lost') ?? null;
}
