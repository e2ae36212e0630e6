/**
 * Turns an evaluation into what the overlay shows: one marker per field that has findings, the summary, the gate
 * panel. Pure (no DOM beyond asking which fields have anchors), so placement and counting rules are unit-tested.
 */
import type { AckView, FindingView, GateView, MarkerSeverity, MarkerView, SummaryView } from './overlay/types';
import type { CompiledPack, Finding, RecordEvaluation } from '../rules/engine';
import type { Severity } from '../rules/schema';
import type { NextStageGate } from './stage-status';

export interface PresentInput {
  readonly evaluation: RecordEvaluation;
  /** Unmet requirements of the stage the user picked, or null when no stage is pending. */
  readonly gate: { readonly stage: string; readonly findings: readonly Finding[] } | null;
  /** The record's next stage and its unmet gates (`nextStageGate`); absent or null when the packs have no stages. */
  readonly nextStage?: NextStageGate | null;
  readonly packs: readonly CompiledPack[];
  /** Fields with an anchor on the page. */
  readonly shownFields: ReadonlySet<string>;
  /** Labels by API name (`fieldLabels`). */
  readonly labels: Readonly<Record<string, string>>;
  /** Acknowledgements in force on this record, by `pack/rule`. */
  readonly acks: ReadonlyMap<string, AckView>;
  readonly source: 'api' | 'dom';
  readonly sourceReason: string | null;
}

export interface Presentation {
  readonly markers: readonly MarkerView[];
  readonly summary: SummaryView;
  readonly gate: GateView | null;
  /** For the popup: the current and next stage by label, and the next stage's unmet requirements. */
  readonly stage: StageStatusView | null;
}

export interface StageStatusView {
  readonly current: string | null;
  readonly next: string | null;
  readonly findings: readonly FindingView[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const findingKey = (finding: Pick<Finding, 'pack' | 'rule'>) => `${finding.pack}/${finding.rule}`;

/**
 * Labels by API name: the page's first (what the user sees), then the API's, then the packs' field declarations;
 * a field none of them labels is shown by its API name. Blank labels do not count.
 */
export function fieldLabels(
  packs: readonly CompiledPack[],
  apiLabels: Readonly<Record<string, string>>,
  pageLabels: Readonly<Record<string, string>>,
): Record<string, string> {
  const labels: Record<string, string> = {};
  const add = (field: string, label: string | undefined) => {
    const text = label?.trim();
    if (text && !Object.hasOwn(labels, field)) labels[field] = text;
  };
  for (const [field, label] of Object.entries(pageLabels)) add(field, label);
  for (const [field, label] of Object.entries(apiLabels)) add(field, label);
  for (const { pack } of packs) {
    for (const [field, declaration] of Object.entries(pack.fields ?? {})) add(field, declaration.label);
  }
  return labels;
}

export function present(input: PresentInput): Presentation {
  const findings = input.evaluation.findings.map((finding) => viewOf(finding, input, true));
  const byField = new Map<string, FindingView[]>();
  for (const finding of findings) {
    if (finding.anchorField === null) continue;
    const list = byField.get(finding.anchorField) ?? [];
    list.push(finding);
    byField.set(finding.anchorField, list);
  }
  const markers = [...byField].map(([field, list]): MarkerView => ({
    field,
    label: input.labels[field] ?? field,
    severity: markerSeverity(list),
    findings: list,
  }));
  const open = findings.filter((finding) => !finding.acknowledged);
  const count = (severity: Severity) => open.filter((finding) => finding.severity === severity).length;
  const summary: SummaryView = {
    score: input.evaluation.score,
    errors: count('error'),
    warnings: count('warning'),
    info: count('info'),
    acknowledged: findings.length - open.length,
    source: input.source,
    sourceReason: input.sourceReason,
    // Open findings first (the engine sorted them by severity), acknowledged ones after.
    findings: [...open, ...findings.filter((finding) => finding.acknowledged)],
  };
  const gate =
    input.gate && input.gate.findings.length > 0
      ? {
          stage: input.gate.stage,
          stageLabel: stageLabel(input.packs, input.evaluation, input.gate.stage),
          findings: input.gate.findings.map((finding) => viewOf(finding, input, false)),
        }
      : null;
  const next = input.nextStage ?? null;
  const stage = next && {
    current: next.current ? (next.current.label ?? next.current.value) : null,
    next: next.next ? (next.next.label ?? next.next.value) : null,
    findings: next.findings.map((finding) => viewOf(finding, input, false)),
  };
  return { markers, summary, gate, stage };
}

function viewOf(finding: Finding, input: PresentInput, withAck: boolean): FindingView {
  const anchorField = finding.fields.find((field) => input.shownFields.has(field)) ?? null;
  const labelField = anchorField ?? finding.fields[0] ?? '';
  const acknowledgeable = withAck && finding.severity === 'warning';
  return {
    key: findingKey(finding),
    pack: finding.pack,
    rule: finding.rule,
    title: finding.title,
    message: finding.message,
    severity: finding.severity,
    fields: finding.fields,
    anchorField,
    fieldLabel: input.labels[labelField] ?? labelField,
    acknowledgeable,
    // Only warnings can be acknowledged: an acknowledgement never hides a rule whose severity was raised since.
    acknowledged: acknowledgeable ? (input.acks.get(findingKey(finding)) ?? null) : null,
  };
}

function markerSeverity(findings: readonly FindingView[]): MarkerSeverity {
  const open = findings.filter((finding) => !finding.acknowledged);
  if (open.length === 0) return 'acknowledged';
  return open.reduce((worst, finding) => (RANK[finding.severity] < RANK[worst] ? finding.severity : worst), 'info' as Severity);
}

function stageLabel(packs: readonly CompiledPack[], evaluation: RecordEvaluation, stage: string): string {
  for (const { pack } of packs) {
    if (pack.app !== evaluation.app || pack.object !== evaluation.object) continue;
    const label = pack.stages?.values.find((value) => value.value === stage)?.label;
    if (label) return label;
  }
  return stage;
}
