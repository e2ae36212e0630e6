/**
 * Strict validation of rule packs: zod for the structure, then the checks zod cannot express
 * (known app objects, unique ids, known stages, declared fields, condition operators and regex safety).
 * Every problem is reported at once, each with the JSON path of the fault.
 */
import type { z } from 'zod';
import { OBJECTS_BY_APP, type App } from '../records/model';
import { jsonPath } from './json-path';
import { MAX_NESTING, tooDeepAt } from './nesting';
import { validateCondition } from './logic/validate-condition';
import type { CompileContext } from './logic/types';
import { ENFORCEMENT_CONTROLS, rulePackSchema, type RulePack } from './schema';
import { compileContextOf } from './stages';

export interface PackIssue {
  readonly path: string;
  readonly message: string;
}

export type PackValidation =
  | { readonly ok: true; readonly pack: RulePack }
  | { readonly ok: false; readonly issues: readonly PackIssue[] };

export function parsePackJson(text: string): PackValidation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePack(json);
}

export function validatePack(input: unknown): PackValidation {
  const deep = tooDeepAt(input);
  if (deep !== null) return { ok: false, issues: [{ path: jsonPath(deep), message: `nested more than ${MAX_NESTING} levels deep` }] };
  const parsed = rulePackSchema.safeParse(input);
  const issues: PackIssue[] = parsed.success ? [] : parsed.error.issues.map((issue) => fromZodIssue(issue, input));
  const semantic = parsed.success ? checkSemantics(parsed.data) : checkConditionsOfRawPack(input);
  issues.push(...semantic);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: dedupe(issues) };
  return { ok: true, pack: parsed.data };
}

export function formatIssues(issues: readonly PackIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): PackIssue {
  const path = jsonPath(issue.path);
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return { path, message: `${describe(found)} is not allowed; use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'unrecognized_keys':
      return { path, message: `unknown ${issue.keys.length === 1 ? 'property' : 'properties'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` };
    case 'invalid_type':
      return found === undefined
        ? { path, message: `required ${issue.expected} is missing` }
        : { path, message: `expected ${issue.expected}, found ${describe(found)}` };
    default:
      return { path, message: issue.message };
  }
}

function checkSemantics(pack: RulePack): PackIssue[] {
  const issues: PackIssue[] = [];
  const objects: readonly string[] = OBJECTS_BY_APP[pack.app as App];
  if (!objects.includes(pack.object)) {
    issues.push({ path: '$.object', message: `unknown ${pack.app} object "${pack.object}"; use one of ${objects.join(', ')}` });
  }

  const stageValues = pack.stages?.values.map((stage) => stage.value) ?? [];
  const firstStageAt = new Map<string, number>();
  stageValues.forEach((value, index) => {
    const first = firstStageAt.get(value);
    if (first === undefined) firstStageAt.set(value, index);
    else issues.push({ path: `$.stages.values[${index}].value`, message: `duplicate stage "${value}" (first at $.stages.values[${first}].value)` });
  });

  const context = compileContextOf(pack);
  const firstIdAt = new Map<string, number>();
  pack.rules.forEach((rule, index) => {
    const rulePath = `$.rules[${index}]`;
    const first = firstIdAt.get(rule.id);
    if (first === undefined) firstIdAt.set(rule.id, index);
    else issues.push({ path: `${rulePath}.id`, message: `duplicate rule id "${rule.id}" (first used at $.rules[${first}].id)` });

    if (rule.gate !== undefined) {
      if (!pack.stages) issues.push({ path: `${rulePath}.gate`, message: 'a gate needs the pack to declare "stages"' });
      else if (!firstStageAt.has(rule.gate)) {
        issues.push({ path: `${rulePath}.gate`, message: `unknown stage "${rule.gate}"; stages are: ${stageValues.join(', ')}` });
      }
    }
    if (pack.fields) {
      const declared = pack.fields;
      rule.fields.forEach((field, fieldIndex) => {
        if (!(field in declared)) {
          issues.push({ path: `${rulePath}.fields[${fieldIndex}]`, message: `field "${field}" is not declared in $.fields` });
        }
      });
    }
    if (rule.enforcement && ENFORCEMENT_CONTROLS[rule.enforcement.control].app !== pack.app) {
      issues.push({
        path: `${rulePath}.enforcement.control`,
        message: `"${rule.enforcement.control}" is not a ${pack.app} control; use one of ${controlsOf(pack.app).join(', ')}`,
      });
    }
    if (rule.when !== undefined) issues.push(...validateCondition(rule.when, `${rulePath}.when`, context));
    issues.push(...validateCondition(rule.check, `${rulePath}.check`, context));
  });
  return issues;
}

function controlsOf(app: App): string[] {
  return Object.entries(ENFORCEMENT_CONTROLS).flatMap(([control, meta]) => (meta.app === app ? [JSON.stringify(control)] : []));
}

/** When the structure is already broken, conditions are still checked so the author sees every fault in one pass. */
function checkConditionsOfRawPack(input: unknown): PackIssue[] {
  if (!isObject(input) || !Array.isArray(input.rules)) return [];
  const stages = isObject(input.stages) && Array.isArray(input.stages.values) ? input.stages.values : undefined;
  const stageOrder = stages?.flatMap((stage) => (isObject(stage) && typeof stage.value === 'string' ? [stage.value] : []));
  const context: CompileContext = stageOrder ? { stageOrder } : {};
  return input.rules.flatMap((rule, index) => {
    if (!isObject(rule)) return [];
    const rulePath = `$.rules[${index}]`;
    return [
      ...(rule.when !== undefined ? validateCondition(rule.when, `${rulePath}.when`, context) : []),
      ...(rule.check !== undefined ? validateCondition(rule.check, `${rulePath}.check`, context) : []),
    ];
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function dedupe(issues: PackIssue[]): PackIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
