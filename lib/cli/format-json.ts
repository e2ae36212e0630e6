/**
 * The --json report. Its shape is a contract for scripts and CI: keys are only ever added, never renamed.
 * Stage-gate details and the record URL appear only when they exist.
 */
import type { Finding, RecordEvaluation } from '../rules/engine';

export interface JsonFinding {
  rule: string;
  fields: readonly string[];
  severity: Finding['severity'];
  message: string;
  pack: string;
  gate?: string;
  targetStage?: string;
}

export interface JsonRecord {
  app: string;
  object: string;
  id: string;
  url?: string;
  score: number;
  findings: JsonFinding[];
}

export function formatJson(evaluations: readonly RecordEvaluation[]): string {
  const report = { records: evaluations.map(jsonRecordOf) };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function jsonRecordOf(evaluation: RecordEvaluation): JsonRecord {
  return {
    app: evaluation.app,
    object: evaluation.object,
    id: evaluation.id,
    ...(evaluation.url === undefined ? {} : { url: evaluation.url }),
    score: evaluation.score,
    findings: evaluation.findings.map(jsonFindingOf),
  };
}

function jsonFindingOf(finding: Finding): JsonFinding {
  return {
    rule: finding.rule,
    fields: finding.fields,
    severity: finding.severity,
    message: finding.message,
    pack: finding.pack,
    ...(finding.gate === undefined ? {} : { gate: finding.gate }),
    ...(finding.targetStage === undefined ? {} : { targetStage: finding.targetStage }),
  };
}
