/**
 * Operators over the pack's ordered stages. Values are compared as strings so ServiceNow's numeric state 6 matches
 * the declared stage "6".
 */
import { binary, unary } from './eager';
import { isOperation } from './operation';
import type { ArgProblem, CompileContext, OperatorSpec } from './types';

type Build = OperatorSpec['build'];

export const stageIndex: Build = (args, compile, ctx) => {
  const indexOf = stageIndexer(ctx);
  return unary((stage) => indexOf(stage))(args, compile, ctx);
};

export const stageProbability: Build = (args, compile, ctx) => {
  const probabilities = ctx.stageProbability;
  return unary((stage) => {
    const key = stageKey(stage);
    return key === null ? null : probabilities?.get(key) ?? null;
  })(args, compile, ctx);
};

/** Builds `stage_gte` and friends: false whenever either side is not a declared stage. */
export function stageComparison(compare: (a: number, b: number) => boolean): Build {
  return (args, compile, ctx) => {
    const indexOf = stageIndexer(ctx);
    return binary((a, b) => {
      const left = indexOf(a);
      const right = indexOf(b);
      return left !== -1 && right !== -1 && compare(left, right);
    })(args, compile, ctx);
  };
}

/** Every argument of a stage operator is a stage; literal ones must be declared, so typos fail at load time. */
export function checkStageArgs(args: readonly unknown[], ctx: CompileContext): readonly ArgProblem[] {
  const stages = ctx.stageOrder;
  if (stages === undefined || stages.length === 0) {
    return [{ message: 'stage operators need the rule pack to declare its stages ("stages.values")' }];
  }
  const problems: ArgProblem[] = [];
  args.forEach((arg, index) => {
    if (isOperation(arg)) return;
    const key = stageKey(arg);
    if (key === null) {
      problems.push({ arg: index, message: `a stage must be a string or a number, found ${JSON.stringify(arg) ?? String(arg)}` });
    } else if (!stages.includes(key)) {
      problems.push({ arg: index, message: `unknown stage ${JSON.stringify(key)}; stages are: ${stages.map((stage) => JSON.stringify(stage)).join(', ')}` });
    }
  });
  return problems;
}

function stageIndexer(ctx: CompileContext): (stage: unknown) => number {
  const stages = ctx.stageOrder;
  if (stages === undefined || stages.length === 0) throw new Error('stage operators need the rule pack to declare its stages');
  const positions = new Map<string, number>();
  stages.forEach((stage, index) => {
    if (!positions.has(stage)) positions.set(stage, index);
  });
  return (stage) => {
    const key = stageKey(stage);
    return key === null ? -1 : positions.get(key) ?? -1;
  };
}

function stageKey(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : null;
}
