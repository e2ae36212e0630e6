/**
 * Builders for operators that evaluate every argument before running: the arguments are compiled once and the
 * operator body receives values, so run time does no lookup and no tree walk.
 */
import type { EvalEnv, OperatorSpec } from './types';

type Build = OperatorSpec['build'];

export function unary(body: (a: unknown, env: EvalEnv) => unknown): Build {
  return (args, compile) => {
    const a = compile(args[0]);
    const run = guard(body);
    return (data, env) => run(a(data, env), env);
  };
}

export function binary(body: (a: unknown, b: unknown, env: EvalEnv) => unknown): Build {
  return (args, compile) => {
    const a = compile(args[0]);
    const b = compile(args[1]);
    const run = guard(body);
    return (data, env) => run(a(data, env), b(data, env), env);
  };
}

export function ternary(body: (a: unknown, b: unknown, c: unknown) => unknown): Build {
  return (args, compile) => {
    const a = compile(args[0]);
    const b = compile(args[1]);
    const c = compile(args[2]);
    const run = guard(body);
    return (data, env) => run(a(data, env), b(data, env), c(data, env));
  };
}

/** `body` also receives the data, for operators that read the record by key (`missing`). */
export function variadic(body: (values: unknown[], data: unknown) => unknown): Build {
  return (args, compile) => {
    const parts = args.map(compile);
    const run = guard(body);
    return (data, env) => run(parts.map((part) => part(data, env)), data);
  };
}

export function nullary(body: (env: EvalEnv) => unknown): Build {
  return () => {
    const run = guard(body);
    return (_data, env) => run(env);
  };
}

/**
 * JavaScript's conversions throw on record objects that shadow `toString` or `valueOf` (`{"toString": 1}`).
 * json-logic-js lets that escape; a linter must go on with the other rules and records, so the operation yields null.
 */
function guard<A extends unknown[]>(body: (...args: A) => unknown): (...args: A) => unknown {
  return (...args) => {
    try {
      return body(...args);
    } catch {
      return null;
    }
  };
}
