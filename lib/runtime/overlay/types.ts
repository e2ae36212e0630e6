/** What the in-page overlay shows: plain data, prepared by `lib/runtime/present.ts`. */
import type { Severity } from '../../rules/schema';

export interface AckView {
  readonly reason: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export interface FindingView {
  /** `pack/rule`: unique per record. */
  readonly key: string;
  readonly pack: string;
  readonly rule: string;
  readonly title: string;
  readonly message: string;
  readonly severity: Severity;
  readonly fields: readonly string[];
  /** The field whose marker shows this finding, or null when none of its fields is on the page. */
  readonly anchorField: string | null;
  /** How the page (or the API) labels the finding's field. */
  readonly fieldLabel: string;
  /** Only warnings can be acknowledged. */
  readonly acknowledgeable: boolean;
  readonly acknowledged: AckView | null;
}

export type MarkerSeverity = Severity | 'acknowledged';

export interface MarkerView {
  readonly field: string;
  readonly label: string;
  /** The most severe unacknowledged finding, or `acknowledged` when every finding of the field is. */
  readonly severity: MarkerSeverity;
  readonly findings: readonly FindingView[];
}

export interface SummaryView {
  readonly score: number;
  /** Counts of unacknowledged findings. */
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly acknowledged: number;
  readonly source: 'api' | 'dom';
  readonly sourceReason: string | null;
  readonly findings: readonly FindingView[];
}

export interface GateView {
  /** The stage value the user picked, and how the pack labels it. */
  readonly stage: string;
  readonly stageLabel: string;
  readonly findings: readonly FindingView[];
}

export type AcknowledgeHandler = (finding: FindingView, days: number, reason: string) => Promise<void>;
export type SelectHandler = (finding: FindingView) => void;
