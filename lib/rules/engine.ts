/**
 * The rule engine: compiles packs once, then evaluates normalized records against them.
 * Pure: no DOM, no browser, no clock ("now" comes in through the options), so the same input gives the same output
 * in the content script, the background, the board and the CLI.
 */
import { readFieldPath, withFieldPath } from '../records/field-path';
import type { NormalizedRecord } from '../records/model';
import { coerceFields } from './coerce';
import { compileLogic } from './logic/compile';
import { toText } from './logic/text';
import type { CompiledLogic, EvalEnv } from './logic/types';
import type { Rule, RulePack, Severity, Stage } from './schema';
import { scoreOf } from './score';
import { compileContextOf } from './stages';
import { DEFAULT_WEIGHT } from './weights';

export interface Finding {
  readonly pack: string;
  readonly rule: string;
  readonly title: string;
  readonly fields: readonly string[];
  readonly severity: Severity;
  readonly message: string;
  readonly weight: number;
  /** For stage gates: the stage whose requirement this is. */
  readonly gate?: string;
  /** For stage gates: the stage the record was evaluated against (its current one, or the one it may move to). */
  readonly targetStage?: string;
}

/** A rule that could not be evaluated on this record; it neither fails nor counts, but is reported. */
export interface RuleError {
  readonly pack: string;
  readonly rule: string;
  readonly message: string;
}

export interface RecordEvaluation {
  readonly app: NormalizedRecord['app'];
  readonly object: string;
  readonly id: string;
  readonly url?: string;
  readonly score: number;
  readonly findings: readonly Finding[];
  readonly errors: readonly RuleError[];
}

export interface EvaluateOptions {
  readonly now: Date | number | string;
  readonly timeZone?: string;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly weight: number;
  readonly when: CompiledLogic | null;
  readonly check: CompiledLogic;
}

export interface CompiledPack {
  readonly pack: RulePack;
  readonly rules: readonly CompiledRule[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Compiles a pack that `validatePack` accepted; throws on conditions it would have rejected. */
export function compilePack(pack: RulePack): CompiledPack {
  const context = compileContextOf(pack);
  return {
    pack,
    rules: pack.rules.map((rule) => ({
      rule,
      weight: rule.weight ?? DEFAULT_WEIGHT[rule.severity],
      when: rule.when === undefined ? null : compileLogic(rule.when, context),
      check: compileLogic(rule.check, context),
    })),
  };
}

export function packApplies(pack: RulePack, record: Pick<NormalizedRecord, 'app' | 'object'>): boolean {
  return pack.app === record.app && pack.object === record.object;
}

/** Evaluates the record as it is now: every applicable rule, gates of its current stage and the stages before it. */
export function evaluateRecord(
  record: NormalizedRecord,
  packs: readonly CompiledPack[],
  options: EvaluateOptions,
): RecordEvaluation {
  const env = envOf(options);
  const findings: Finding[] = [];
  const errors: RuleError[] = [];
  for (const compiled of packs) {
    if (!packApplies(compiled.pack, record)) continue;
    const data = coerceFields(record.fields, compiled.pack.fields);
    const stage = currentStage(compiled.pack, data);
    for (const entry of compiled.rules) {
      if (entry.rule.gate !== undefined && !(stage && gateApplies(compiled.pack, entry.rule.gate, stage))) continue;
      const outcome = run(entry, data, env);
      if (outcome === 'pass') continue;
      if (outcome instanceof Error) errors.push({ pack: compiled.pack.id, rule: entry.rule.id, message: outcome.message });
      else findings.push(findingOf(compiled.pack, entry, stage?.value));
    }
  }
  return {
    app: record.app,
    object: record.object,
    id: record.id,
    ...(record.url === undefined ? {} : { url: record.url }),
    score: scoreOf(findings),
    findings: sortFindings(findings),
    errors,
  };
}

/**
 * Evaluates the record as if it were moved to `targetStage`: returns the gate requirements of that stage
 * (cumulative, as for a record already there) that the record does not meet yet. Packs without that stage add nothing.
 */
export function evaluateAgainstStage(
  record: NormalizedRecord,
  packs: readonly CompiledPack[],
  targetStage: string,
  options: EvaluateOptions,
): Finding[] {
  const env = envOf(options);
  const findings: Finding[] = [];
  for (const compiled of packs) {
    const stages = compiled.pack.stages;
    if (!stages || !packApplies(compiled.pack, record)) continue;
    const target = stages.values.find((stage) => stage.value === targetStage);
    if (!target) continue;
    const data = withFieldPath(coerceFields(record.fields, compiled.pack.fields), stages.field, target.value);
    for (const entry of compiled.rules) {
      if (entry.rule.gate === undefined || !gateApplies(compiled.pack, entry.rule.gate, target)) continue;
      if (run(entry, data, env) === 'fail') findings.push(findingOf(compiled.pack, entry, target.value));
    }
  }
  return sortFindings(findings);
}

function run(entry: CompiledRule, data: unknown, env: EvalEnv): 'pass' | 'fail' | Error {
  try {
    if (entry.when && !truthy(entry.when(data, env))) return 'pass';
    return truthy(entry.check(data, env)) ? 'pass' : 'fail';
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** JSON Logic truthiness: an empty array is false, "0" is true. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function currentStage(pack: RulePack, data: Record<string, unknown>): Stage | undefined {
  if (!pack.stages) return undefined;
  const value = readFieldPath(data, pack.stages.field);
  if (value === null || value === undefined) return undefined;
  // Record data can shadow toString ({"toString": 1}), which makes String() throw.
  const text = toText(value);
  return pack.stages.values.find((stage) => stage.value === text);
}

/** Gates are cumulative along the main path; a lost stage is a side exit that carries only its own gates. */
function gateApplies(pack: RulePack, gate: string, stage: Stage): boolean {
  const values = pack.stages?.values ?? [];
  const gateIndex = values.findIndex((candidate) => candidate.value === gate);
  const gateStage = values[gateIndex];
  if (!gateStage) return false;
  if (gateStage.outcome === 'lost' || stage.outcome === 'lost') return gateStage.value === stage.value;
  return values.indexOf(stage) >= gateIndex;
}

function findingOf(pack: RulePack, entry: CompiledRule, stage: string | undefined): Finding {
  const { rule } = entry;
  return {
    pack: pack.id,
    rule: rule.id,
    title: rule.title,
    fields: rule.fields,
    severity: rule.severity,
    message: rule.message,
    weight: entry.weight,
    ...(rule.gate === undefined ? {} : { gate: rule.gate, ...(stage === undefined ? {} : { targetStage: stage }) }),
  };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function envOf(options: EvaluateOptions): EvalEnv {
  const now = options.now instanceof Date ? options.now.getTime() : typeof options.now === 'number' ? options.now : Date.parse(options.now);
  if (!Number.isFinite(now)) throw new RangeError(`"now" is not a valid date: ${String(options.now)}`);
  return { now, timeZone: options.timeZone ?? 'UTC' };
}
