import jsonLogic from 'json-logic-js';
import type { RulePack } from '../../lib/rules/schema';
import { referenceOperators, type Contender } from './contender';

/** FieldGuard operators json-logic-js lacks, registered with the same semantics. */
const CUSTOM = ['is_empty', 'days_since', 'days_until', 'stage_lt', 'stage_gt', 'stage_probability', 'abs'] as const;

/** json-logic-js interpreting the pack's own conditions, rule by rule, record by record. */
export function jsonLogicContender(pack: RulePack, now: number): Contender {
  const ops = referenceOperators(pack.stages?.values ?? [], now);
  jsonLogic.add_operation('is_empty', (value: unknown) => ops.isEmpty(value));
  jsonLogic.add_operation('days_since', (value: unknown) => ops.daysSince(value));
  jsonLogic.add_operation('days_until', (value: unknown) => ops.daysUntil(value));
  jsonLogic.add_operation('stage_lt', (a: unknown, b: unknown) => ops.stageBefore(a, b));
  jsonLogic.add_operation('stage_gt', (a: unknown, b: unknown) => ops.stageAfter(a, b));
  jsonLogic.add_operation('stage_probability', (value: unknown) => ops.stageProbability(value));
  jsonLogic.add_operation('abs', (value: unknown) => ops.abs(value));
  assertOperatorsCovered(pack);

  const rules = pack.rules;
  return {
    name: 'json-logic-js',
    run(records, onFailure) {
      let failures = 0;
      for (let index = 0; index < records.length; index++) {
        const data = (records[index] as (typeof records)[number]).fields;
        for (const rule of rules) {
          if (rule.when !== undefined && !jsonLogic.truthy(jsonLogic.apply(rule.when, data))) continue;
          if (jsonLogic.truthy(jsonLogic.apply(rule.check, data))) continue;
          failures++;
          onFailure?.(index, rule.id);
        }
      }
      return failures;
    },
  };
}

const STANDARD = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and', '>', '>=', '<', '<=',
  'max', 'min', '+', '-', '*', '/', '%', 'map', 'reduce', 'filter', 'all', 'none', 'some', 'merge', 'in', 'cat', 'substr', 'log',
]);

/** A pack that gains an operator nobody registered here would make json-logic-js throw; say which one instead. */
function assertOperatorsCovered(pack: RulePack): void {
  const known = new Set<string>([...STANDARD, ...CUSTOM]);
  const visit = (logic: unknown): void => {
    if (Array.isArray(logic)) logic.forEach(visit);
    else if (logic !== null && typeof logic === 'object') {
      for (const [operator, args] of Object.entries(logic)) {
        if (!known.has(operator)) throw new Error(`the bench pack uses "${operator}", which the json-logic-js contender does not register`);
        visit(args);
      }
    }
  };
  for (const rule of pack.rules) {
    visit(rule.when);
    visit(rule.check);
  }
}
