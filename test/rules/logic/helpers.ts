import type { EvalEnv } from '../../../lib/rules/logic/types';

export const DEFAULT_TEST_ENV: EvalEnv = { now: 0, timeZone: 'UTC' };

/** An environment whose "now" is the given ISO instant. */
export function envAt(iso: string, timeZone = 'UTC'): EvalEnv {
  return { now: Date.parse(iso), timeZone };
}
