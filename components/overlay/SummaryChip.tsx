import { useId, useRef, type KeyboardEvent } from 'react';
import { FindingItem } from './FindingItem';
import { useFloating } from './floating';
import { countsText } from './labels';
import { SeverityIcon } from './SeverityIcon';
import type { AcknowledgeHandler, SelectHandler, SummaryView } from './types';

export interface SummaryChipProps {
  readonly summary: SummaryView;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  readonly onSelect: SelectHandler;
  readonly onAcknowledge: AcknowledgeHandler;
}

export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

/** The record's score and counts by severity; opens the list of every finding, including off-page ones. */
export function SummaryChip({ summary, open, onToggle, onSelect, onAcknowledge }: SummaryChipProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useFloating(open, button, panel);
  const counts = { error: summary.errors, warning: summary.warnings, info: summary.info };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    onToggle(false);
  };
  return (
    <div className="fg-chip-wrap" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="fg-chip"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={`FieldGuard: score ${summary.score} out of 100; ${countsText(counts)}`}
        onClick={() => onToggle(!open)}
      >
        <span className={`fg-score fg-score-${scoreBand(summary.score)}`}>{summary.score}</span>
        <span className="fg-chip-name">FieldGuard</span>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <span key={severity} className="fg-chip-count">
            <SeverityIcon severity={severity} />
            {counts[severity]}
          </span>
        ))}
        {summary.source === 'dom' && <span className="fg-chip-source">from page</span>}
      </button>
      <div ref={panel} id={`${id}-panel`} className="fg-panel" popover="manual" role="region" aria-label="FieldGuard findings" hidden={!open}>
        {open && (
          <>
            <p className="fg-panel-head">
              Hygiene score <strong>{summary.score}</strong>/100 · {countsText(counts)}
              {summary.acknowledged > 0 && ` · ${summary.acknowledged} acknowledged`}
            </p>
            {summary.source === 'dom' && (
              <p className="fg-source-note">Read from the page (API unavailable: {summary.sourceReason ?? 'unknown reason'})</p>
            )}
            {summary.findings.length === 0 ? (
              <p className="fg-empty">No findings on this record.</p>
            ) : (
              <ul className="fg-findings">
                {summary.findings.map((finding) => (
                  <FindingItem key={finding.key} finding={finding} onSelect={onSelect} onAcknowledge={onAcknowledge} />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
