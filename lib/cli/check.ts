/**
 * The `check` command: load packs, read every input, evaluate, report. Packs are loaded first so a bad pack
 * stops the run before any input is read; a bad input is reported but does not hide the others' results.
 */
import type { NormalizedRecord } from '../records/model';
import type { CheckCommand } from './args';
import { EXIT, type Outcome } from './cli-error';
import { evaluateRecords } from './evaluate-records';
import { formatJson } from './format-json';
import { formatTable } from './format-table';
import { readInputs } from './input-files';
import { loadPacks } from './load-packs';
import { readRecords } from './read-records';

export interface CheckEnvironment {
  /** Epoch milliseconds used when --now is not given. */
  readonly now: number;
  readonly color: boolean;
  readonly readStdin: () => Promise<string>;
}

export async function runCheck(command: CheckCommand, environment: CheckEnvironment): Promise<Outcome> {
  const packs = command.packs.length > 0 ? await loadPacks(command.packs) : undefined;
  const { inputs, problems } = await readInputs(command.inputs, environment.readStdin);

  const records: NormalizedRecord[] = [];
  const inputProblems = [...problems];
  for (const input of inputs) {
    const result = readRecords(input, command.target);
    records.push(...result.records);
    inputProblems.push(...result.problems);
  }

  const { evaluations, notes } = evaluateRecords(records, {
    ...(packs ? { packs } : {}),
    now: command.now ?? environment.now,
    timeZone: command.timeZone,
  });
  const hasError = evaluations.some((evaluation) => evaluation.findings.some((finding) => finding.severity === 'error'));
  return {
    stdout: command.json ? formatJson(evaluations) : formatTable(evaluations, { color: environment.color }),
    stderr: [...inputProblems, ...notes],
    exitCode: inputProblems.length > 0 ? EXIT.unusable : hasError ? EXIT.findings : EXIT.ok,
  };
}
