/** How a JSON value reads as an operation; shared by the compiler and the validator so both see the same arguments. */
import type { OperatorSpec } from './types';

/** json-logic-js `is_logic`: any other object is plain data. */
export function isOperation(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}

export function operatorOf(operation: Record<string, unknown>): string {
  return Object.keys(operation)[0] ?? '';
}

/**
 * json-logic-js wraps a non-array argument (`{"var": "a"}` is `{"var": ["a"]}`); authors write `{"today": null}` for
 * a call without arguments, so a lone null given to an operator that takes none counts as no argument.
 */
export function operationArgs(value: unknown, spec: Pick<OperatorSpec, 'maxArgs'> | undefined): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null && spec?.maxArgs === 0) return [];
  return [value];
}

export function arityProblem(operator: string, spec: OperatorSpec, count: number): string | null {
  if (count >= spec.minArgs && count <= spec.maxArgs) return null;
  return `"${operator}" takes ${describeArity(spec.minArgs, spec.maxArgs)}, found ${count}`;
}

function describeArity(min: number, max: number): string {
  if (max === 0) return 'no arguments';
  if (max === Infinity) return `at least ${plural(min)}`;
  if (min === max) return plural(min);
  return `${min} to ${plural(max)}`;
}

function plural(count: number): string {
  return `${count} argument${count === 1 ? '' : 's'}`;
}
