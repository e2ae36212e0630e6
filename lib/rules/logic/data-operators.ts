/** json-logic-js operators that read the record: `var`, `missing`, `missing_some`. */
import { readVar, readVarPath, splitVarPath } from './data-access';
import { variadic } from './eager';
import { isOperation } from './operation';
import type { ArgProblem, OperatorSpec } from './types';

type Build = OperatorSpec['build'];

export const variable: Build = (args, compile) => {
  const [pathArg, fallbackArg] = args;
  const fallback = compile(fallbackArg);
  if (isOperation(pathArg) || Array.isArray(pathArg)) {
    const path = compile(pathArg);
    return (data, env) => readVar(data, path(data, env), fallback(data, env));
  }
  // The common case, a literal path, is split once here rather than on every record.
  const path = splitVarPath(pathArg);
  return (data, env) => {
    const otherwise = fallback(data, env);
    return readVarPath(data, path, otherwise === undefined ? null : otherwise);
  };
};

export const lintVariable = (args: readonly unknown[]): readonly ArgProblem[] => {
  const path = args[0];
  if (args.length === 0 || typeof path === 'string' || typeof path === 'number' || isOperation(path)) return [];
  return [{ arg: 0, message: `a "var" path must be a string or a number, found ${JSON.stringify(path) ?? String(path)}` }];
};

export const missing: Build = variadic((values, data) => missingKeys(data, values));

export const missingSome: Build = variadic(([need, options], data) => {
  const absent = missingKeys(data, Array.isArray(options) ? options : [options]);
  return lengthOf(options) - absent.length >= (need as number) ? [] : absent;
});

/**
 * Keys may arrive as one array argument, which is how `{"missing": {"merge": [...]}}` hands them over.
 * json-logic-js evaluates `{"var": key}` for each key, so an array key carries a default; keys are record data and are
 * never run as logic here, unlike json-logic-js, which would execute an operation-shaped key.
 */
function missingKeys(data: unknown, values: readonly unknown[]): unknown[] {
  const keys: readonly unknown[] = Array.isArray(values[0]) ? values[0] : values;
  return keys.filter((key) => {
    const value = Array.isArray(key) ? readVar(data, key[0], key[1]) : readVar(data, key, undefined);
    return value === null || value === '';
  });
}

/** json-logic-js counts `options.length`, which only strings and arrays have. */
function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : NaN;
}
