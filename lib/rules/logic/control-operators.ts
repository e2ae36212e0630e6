/**
 * json-logic-js operators that decide which arguments to evaluate: conditionals, short-circuit `and`/`or`, and the
 * array operators whose second argument runs against each element (the element is the data inside it).
 */
import { truthy } from './truthy';
import type { CompiledLogic, OperatorSpec } from './types';

type Build = OperatorSpec['build'];

/** Pairs of condition and result, then an optional else: `[c1, r1, c2, r2, otherwise]`. */
export const conditional: Build = (args, compile) => {
  const branches: (readonly [CompiledLogic, CompiledLogic])[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) branches.push([compile(args[i]), compile(args[i + 1])]);
  const otherwise: CompiledLogic = args.length % 2 === 1 ? compile(args[args.length - 1]) : () => null;
  return (data, env) => {
    for (const [condition, result] of branches) {
      if (truthy(condition(data, env))) return result(data, env);
    }
    return otherwise(data, env);
  };
};

/** Returns the first falsy value, or the last one. */
export const and: Build = (args, compile) => {
  const parts = args.map(compile);
  return (data, env) => {
    let current: unknown;
    for (const part of parts) {
      current = part(data, env);
      if (!truthy(current)) return current;
    }
    return current;
  };
};

/** Returns the first truthy value, or the last one. */
export const or: Build = (args, compile) => {
  const parts = args.map(compile);
  return (data, env) => {
    let current: unknown;
    for (const part of parts) {
      current = part(data, env);
      if (truthy(current)) return current;
    }
    return current;
  };
};

export const filter: Build = scoped((items, each, env) => items.filter((item) => truthy(each(item, env))), () => []);
export const map: Build = scoped((items, each, env) => items.map((item) => each(item, env)), () => []);
/** json-logic-js: "all" of an empty list is false. */
export const all: Build = scoped((items, each, env) => items.length > 0 && items.every((item) => truthy(each(item, env))), () => false);
export const none: Build = scoped((items, each, env) => !items.some((item) => truthy(each(item, env))), () => true);
export const some: Build = scoped((items, each, env) => items.some((item) => truthy(each(item, env))), () => false);

/** Inside the reducer the data is `{current, accumulator}`; without an initial value the accumulator starts as null. */
export const reduce: Build = (args, compile) => {
  const source = compile(args[0]);
  const step = compile(args[1]);
  const initial: CompiledLogic = args[2] === undefined ? () => null : compile(args[2]);
  return (data, env) => {
    const start = initial(data, env);
    const items = source(data, env);
    if (!Array.isArray(items)) return start;
    return items.reduce((accumulator: unknown, current: unknown) => step({ current, accumulator }, env), start);
  };
};

function scoped(
  run: (items: unknown[], each: CompiledLogic, env: Parameters<CompiledLogic>[1]) => unknown,
  notAList: () => unknown,
): Build {
  return (args, compile) => {
    const source = compile(args[0]);
    const each = compile(args[1]);
    return (data, env) => {
      const items = source(data, env);
      return Array.isArray(items) ? run(items, each, env) : notAList();
    };
  };
}
