/**
 * Checks a condition as written in a rule pack and reports every problem with its JSON path, so pack authors see all
 * mistakes at once instead of the first exception the compiler would throw.
 */
import { arityProblem, isOperation, operationArgs, operatorOf } from './operation';
import { OPERATOR_TABLE, OPERATORS } from './operators';
import { closestName } from './suggest';
import type { CompileContext, LogicIssue } from './types';

export { OPERATORS };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `path` is where the condition sits, such as `$.rules[2].check`. */
export function validateCondition(logic: unknown, path: string, ctx: CompileContext = {}): LogicIssue[] {
  const issues: LogicIssue[] = [];
  visit(logic, path, ctx, issues);
  return issues;
}

function visit(node: unknown, path: string, ctx: CompileContext, issues: LogicIssue[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => visit(item, `${path}[${index}]`, ctx, issues));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (!isOperation(node)) {
    // json-logic-js would return such an object as data; in a rule it is almost always a mangled operation.
    const keys = Object.keys(node);
    const found = keys.length === 0 ? '' : `: ${keys.map((key) => JSON.stringify(key)).join(', ')}`;
    issues.push({ path, message: `an operation must be an object with exactly one key, found ${keys.length}${found}` });
    return;
  }
  const operator = operatorOf(node);
  const value = node[operator];
  const spec = OPERATOR_TABLE.get(operator);
  const args = operationArgs(value, spec);
  const keyPath = IDENTIFIER.test(operator) ? `${path}.${operator}` : `${path}[${JSON.stringify(operator)}]`;
  const argPath = (index: number): string => (Array.isArray(value) ? `${keyPath}[${index}]` : keyPath);
  const reported = new Set<number>();

  if (spec === undefined) {
    const suggestion = closestName(operator, OPERATORS);
    issues.push({ path, message: `unknown operator ${JSON.stringify(operator)}${suggestion === null ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`}` });
  } else {
    const wrongCount = arityProblem(operator, spec, args.length);
    if (wrongCount !== null) {
      issues.push({ path, message: wrongCount });
    } else {
      for (const problem of [...(spec.check?.(args, ctx) ?? []), ...(spec.lint?.(args) ?? [])]) {
        issues.push({ path: problem.arg === undefined ? path : argPath(problem.arg), message: problem.message });
        // The argument is already reported as wrong as a whole; its insides would only add noise.
        if (problem.arg !== undefined) reported.add(problem.arg);
      }
    }
  }
  args.forEach((arg, index) => {
    if (!reported.has(index)) visit(arg, argPath(index), ctx, issues);
  });
}
