/**
 * Contracts of the JSON Logic compiler. Conditions are compiled once into closures (no eval, no new Function:
 * MV3 forbids both) and then run against many records.
 */

/** What a condition may depend on at evaluation time besides the record: "now" is passed in, never read. */
export interface EvalEnv {
  /** Epoch milliseconds of "now". */
  readonly now: number;
  /** IANA time zone used for `today` and calendar-day arithmetic; defaults to UTC. */
  readonly timeZone: string;
}

export type CompiledLogic = (data: unknown, env: EvalEnv) => unknown;

/** Pack-level knowledge that some custom operators need when compiled (stage comparisons). */
export interface CompileContext {
  /** Stage values in pack order, compared as strings. */
  readonly stageOrder?: readonly string[];
  /** Default probability (0-100) per stage value, when the pack declares it. */
  readonly stageProbability?: ReadonlyMap<string, number>;
}

/** One problem found in a condition; `path` is a JSON path such as `$.rules[2].check.and[1].matches[1]`. */
export interface LogicIssue {
  readonly path: string;
  readonly message: string;
}

/** Compiles a sub-expression with the same context; handed to operator builders so they never walk the tree at run time. */
export type SubCompiler = (logic: unknown) => CompiledLogic;

/** A static problem with an operation; `arg` is the index of the offending argument, absent when it is the whole operation. */
export interface ArgProblem {
  readonly arg?: number;
  readonly message: string;
}

/** One row of the operator table shared by the compiler and the validator. */
export interface OperatorSpec {
  readonly minArgs: number;
  /** `Infinity` for variadic operators. */
  readonly maxArgs: number;
  /**
   * json-logic-js runs its operators with any argument count (missing ones are undefined), so a wrong count is only
   * reported by the validator; FieldGuard's own operators have no such legacy and refuse to compile instead.
   */
  readonly strictArity: boolean;
  readonly build: (args: readonly unknown[], compile: SubCompiler, ctx: CompileContext) => CompiledLogic;
  /** Problems that make the operation impossible to compile: the compiler throws, the validator reports. */
  readonly check?: (args: readonly unknown[], ctx: CompileContext) => readonly ArgProblem[];
  /** Authoring mistakes json-logic-js tolerates: reported by the validator only. */
  readonly lint?: (args: readonly unknown[]) => readonly ArgProblem[];
}
