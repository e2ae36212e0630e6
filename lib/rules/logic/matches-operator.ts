/**
 * `{"matches": [value, "pattern", "flags"?]}`. The pattern must be a literal so it can be vetted for catastrophic
 * backtracking and compiled once, when the pack loads, instead of per record.
 */
import { unary } from './eager';
import { regexSafetyProblem } from './safe-regex';
import { toText } from './text';
import type { ArgProblem, OperatorSpec } from './types';

/** Longer values are cut: rules look at field contents, and the cut bounds the cost of any pattern. */
export const MAX_TESTED_LENGTH = 2000;
/** g and y would make `test` stateful across records; d and v add nothing rules need. */
const ALLOWED_FLAGS = 'imsu';

export const checkMatches = (args: readonly unknown[]): readonly ArgProblem[] => {
  const [, pattern, flags] = args;
  if (typeof pattern !== 'string') return [{ arg: 1, message: 'the pattern must be a string literal' }];
  if (args.length > 2 && typeof flags !== 'string') return [{ arg: 2, message: 'the flags must be a string literal' }];
  const flagText = typeof flags === 'string' ? flags : '';
  const flagProblem = flagsProblem(flagText);
  if (flagProblem !== null) return [{ arg: 2, message: flagProblem }];
  try {
    new RegExp(pattern, flagText);
  } catch (error) {
    return [{ arg: 1, message: `invalid regular expression: ${error instanceof Error ? error.message : String(error)}` }];
  }
  const unsafe = regexSafetyProblem(pattern, flagText);
  return unsafe === null ? [] : [{ arg: 1, message: `unsafe regular expression: ${unsafe}` }];
};

export const matches: OperatorSpec['build'] = (args, compile, ctx) => {
  const [, pattern, flags] = args;
  const regex = new RegExp(String(pattern), typeof flags === 'string' ? flags : '');
  return unary((value) => {
    if (value === null || value === undefined) return false;
    return regex.test(toText(value).slice(0, MAX_TESTED_LENGTH));
  })(args, compile, ctx);
};

function flagsProblem(flags: string): string | null {
  const seen = new Set<string>();
  for (const flag of flags) {
    if (!ALLOWED_FLAGS.includes(flag)) return `unsupported regex flag "${flag}"; use only i, m, s and u`;
    if (seen.has(flag)) return `the regex flag "${flag}" is repeated`;
    seen.add(flag);
  }
  return null;
}
