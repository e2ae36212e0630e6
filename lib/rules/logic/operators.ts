/**
 * The operator table: every operator FieldGuard accepts, with its arity and implementation. The compiler and the
 * validator both read it, so what validates is exactly what compiles. `method` is deliberately absent: rules must not
 * call JavaScript methods.
 */
import * as control from './control-operators';
import * as custom from './custom-operators';
import * as data from './data-operators';
import { checkMatches, matches } from './matches-operator';
import { checkStageArgs, stageComparison, stageIndex, stageProbability } from './stage-operators';
import * as standard from './standard-operators';
import type { OperatorSpec } from './types';

type Build = OperatorSpec['build'];

/** json-logic-js operators: any argument count compiles, as in json-logic-js; the validator still flags odd counts. */
const lenient = (minArgs: number, maxArgs: number, build: Build, lint?: OperatorSpec['lint']): OperatorSpec =>
  ({ minArgs, maxArgs, strictArity: false, build, ...(lint ? { lint } : {}) });
const strict = (minArgs: number, maxArgs: number, build: Build, check?: OperatorSpec['check']): OperatorSpec =>
  ({ minArgs, maxArgs, strictArity: true, build, ...(check ? { check } : {}) });

const ANY = Infinity;

export const OPERATOR_TABLE: ReadonlyMap<string, OperatorSpec> = new Map<string, OperatorSpec>([
  // json-logic-js 2.0.5
  ['var', lenient(0, 2, data.variable, data.lintVariable)],
  ['missing', lenient(1, ANY, data.missing)],
  ['missing_some', lenient(2, 2, data.missingSome)],
  ['if', lenient(2, ANY, control.conditional)],
  ['?:', lenient(3, 3, control.conditional)],
  ['==', lenient(2, 2, standard.looseEquals)],
  ['===', lenient(2, 2, standard.strictEquals)],
  ['!=', lenient(2, 2, standard.looseNotEquals)],
  ['!==', lenient(2, 2, standard.strictNotEquals)],
  ['>', lenient(2, 2, standard.greater)],
  ['>=', lenient(2, 2, standard.greaterOrEqual)],
  ['<', lenient(2, 3, standard.less)],
  ['<=', lenient(2, 3, standard.lessOrEqual)],
  ['!', lenient(1, 1, standard.not)],
  ['!!', lenient(1, 1, standard.toBoolean)],
  ['or', lenient(1, ANY, control.or)],
  ['and', lenient(1, ANY, control.and)],
  ['+', lenient(1, ANY, standard.plus)],
  ['-', lenient(1, 2, standard.minus)],
  ['*', lenient(1, ANY, standard.times)],
  ['/', lenient(2, 2, standard.divide)],
  ['%', lenient(2, 2, standard.modulo)],
  ['min', lenient(1, ANY, standard.min)],
  ['max', lenient(1, ANY, standard.max)],
  ['in', lenient(2, 2, standard.inside)],
  ['cat', lenient(1, ANY, standard.concatenate)],
  ['substr', lenient(2, 3, standard.substring)],
  ['merge', lenient(1, ANY, standard.merge)],
  ['map', lenient(2, 2, control.map)],
  ['filter', lenient(2, 2, control.filter)],
  ['reduce', lenient(2, 3, control.reduce)],
  ['all', lenient(2, 2, control.all)],
  ['none', lenient(2, 2, control.none)],
  ['some', lenient(2, 2, control.some)],
  ['log', lenient(1, 1, standard.log)],
  // FieldGuard
  ['today', strict(0, 0, custom.today)],
  ['now', strict(0, 0, custom.now)],
  ['date', strict(1, 1, custom.date)],
  ['days_between', strict(2, 2, custom.daysBetween)],
  ['days_since', strict(1, 1, custom.daysSince)],
  ['days_until', strict(1, 1, custom.daysUntil)],
  ['matches', strict(2, 3, matches, checkMatches)],
  ['is_empty', strict(1, 1, custom.isEmpty)],
  ['length', strict(1, 1, custom.length)],
  ['lower', strict(1, 1, custom.lower)],
  ['upper', strict(1, 1, custom.upper)],
  ['trim', strict(1, 1, custom.trim)],
  ['abs', strict(1, 1, custom.abs)],
  ['round', strict(1, 2, custom.round)],
  ['stage_index', strict(1, 1, stageIndex, checkStageArgs)],
  ['stage_gte', strict(2, 2, stageComparison((a, b) => a >= b), checkStageArgs)],
  ['stage_gt', strict(2, 2, stageComparison((a, b) => a > b), checkStageArgs)],
  ['stage_lte', strict(2, 2, stageComparison((a, b) => a <= b), checkStageArgs)],
  ['stage_lt', strict(2, 2, stageComparison((a, b) => a < b), checkStageArgs)],
  ['stage_probability', strict(1, 1, stageProbability, checkStageArgs)],
]);

/** Every operator name, standard ones first, for documentation and "did you mean" suggestions. */
export const OPERATORS: readonly string[] = [...OPERATOR_TABLE.keys()];
