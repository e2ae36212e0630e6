/**
 * The hygiene score: 100 minus the weights of the rules a record fails, never below 0.
 * A rule's weight defaults by severity (error 10, warning 4, info 1); gates of stages the record has not reached
 * do not count, because the record is not there yet.
 */
export function scoreOf(findings: readonly { readonly weight: number }[]): number {
  const lost = findings.reduce((sum, finding) => sum + finding.weight, 0);
  return Math.max(0, Math.round(100 - lost));
}
