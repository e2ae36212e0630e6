/**
 * Compiles a JSON Logic expression once into nested closures with json-logic-js 2.0.5 semantics. Operators are
 * resolved and arguments compiled here, so evaluating a record does no operator lookup and no tree walk; MV3 forbids
 * eval and new Function, and closures need neither.
 */
import { arityProblem, isOperation, operationArgs, operatorOf } from './operation';
import { OPERATOR_TABLE } from './operators';
import type { CompileContext, CompiledLogic, EvalEnv, SubCompiler } from './types';

const DEFAULT_ENV: EvalEnv = { now: 0, timeZone: 'UTC' };

/** Throws on an unknown operator and on problems the validator reports as errors (bad regex, undeclared stage...). */
export function compileLogic(logic: unknown, ctx: CompileContext = {}): CompiledLogic {
  const compile: SubCompiler = (node) => compileNode(node, compile, ctx);
  return compile(logic);
}

export function applyLogic(logic: unknown, data: unknown, env: EvalEnv = DEFAULT_ENV, ctx?: CompileContext): unknown {
  return compileLogic(logic, ctx)(data, env);
}

function compileNode(node: unknown, compile: SubCompiler, ctx: CompileContext): CompiledLogic {
  if (Array.isArray(node)) {
    const items = node.map(compile);
    return (data, env) => items.map((item) => item(data, env));
  }
  if (!isOperation(node)) return () => node;
  const operator = operatorOf(node);
  const spec = OPERATOR_TABLE.get(operator);
  if (spec === undefined) throw new Error(`Unrecognized operation ${operator}`);
  const args = operationArgs(node[operator], spec);
  const wrongCount = spec.strictArity ? arityProblem(operator, spec, args.length) : null;
  if (wrongCount !== null) throw new Error(wrongCount);
  const problem = spec.check?.(args, ctx)[0];
  if (problem !== undefined) throw new Error(`"${operator}": ${problem.message}`);
  return spec.build(args, compile, ctx);
}
