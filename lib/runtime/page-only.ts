/**
 * When the API could not be read, the record is what the page shows, and a field the page does not show is
 * unknown, not empty: a finding about it would be false. Such findings are dropped and the score follows.
 */
import type { Finding, RecordEvaluation } from '../rules/engine';
import { scoreOf } from '../rules/score';

/** Whether the page's values tell the field: its own name, a dotted path into a value shown, or values under it. */
export function shownOnPage(field: string, values: Readonly<Record<string, unknown>>): boolean {
  if (Object.hasOwn(values, field)) return true;
  return Object.keys(values).some((name) => field.startsWith(`${name}.`) || name.startsWith(`${field}.`));
}

/** Findings whose every field the page shows. */
export function checkedOnPage<T extends Pick<Finding, 'fields'>>(findings: readonly T[], values: Readonly<Record<string, unknown>>): T[] {
  return findings.filter((finding) => finding.fields.every((field) => shownOnPage(field, values)));
}

export function pageOnlyEvaluation(evaluation: RecordEvaluation, values: Readonly<Record<string, unknown>>): RecordEvaluation {
  const findings = checkedOnPage(evaluation.findings, values);
  return findings.length === evaluation.findings.length ? evaluation : { ...evaluation, findings, score: scoreOf(findings) };
}
