/**
 * What a record view reports to the background for the badge and the popup: the summary, every finding with its
 * message and field label, the next stage's gate status, and selector health. Pure, so it is unit-tested.
 */
import type { PageReport, ReportedFinding } from '../messaging';
import type { App } from '../records/model';
import type { SelectorHealth } from '../sites/types';
import type { FindingView } from './overlay/types';
import type { Presentation } from './present';

export interface ReportInput {
  readonly url: string;
  readonly title: string;
  readonly inFrame: boolean;
  readonly app: App;
  readonly object: string;
  readonly recordId: string;
  readonly presentation: Presentation;
  readonly packs: readonly string[];
  readonly health: readonly SelectorHealth[];
}

const TITLE_MAX = 300;

export function pageReport(input: ReportInput): PageReport {
  const { summary, stage } = input.presentation;
  return {
    url: input.url,
    title: input.title.trim().slice(0, TITLE_MAX),
    inFrame: input.inFrame,
    app: input.app,
    object: input.object,
    recordId: input.recordId,
    score: summary.score,
    errors: summary.errors,
    warnings: summary.warnings,
    info: summary.info,
    acknowledged: summary.acknowledged,
    source: summary.source,
    sourceReason: summary.sourceReason,
    findings: summary.findings.map(reportedFinding),
    packs: [...input.packs],
    stage: stage && { current: stage.current, next: stage.next, unmet: stage.findings.map(reportedFinding) },
    health: input.health.map(({ name, found, required }) => ({ name, found, required })),
  };
}

function reportedFinding(finding: FindingView): ReportedFinding {
  return {
    key: finding.key,
    pack: finding.pack,
    rule: finding.rule,
    title: finding.title,
    message: finding.message,
    severity: finding.severity,
    fields: [...finding.fields],
    fieldLabel: finding.fieldLabel,
    shown: finding.anchorField !== null,
    acknowledged: finding.acknowledged !== null,
  };
}
