import { FindingItem } from './FindingItem';
import type { GateView, SelectHandler } from './types';

export interface GatePanelProps {
  readonly gate: GateView;
  readonly onSelect: SelectHandler;
}

/** What the stage the user just picked requires and the record lacks. Informative only: saving stays allowed. */
export function GatePanel({ gate, onSelect }: GatePanelProps) {
  return (
    <section className="fg-gate" aria-live="polite" aria-label={`FieldGuard: requirements for ${gate.stageLabel}`}>
      <p className="fg-gate-title">
        Moving to <strong>{gate.stageLabel}</strong> needs:
      </p>
      <ul className="fg-findings">
        {gate.findings.map((finding) => (
          <FindingItem key={finding.key} finding={finding} onSelect={onSelect} />
        ))}
      </ul>
      <p className="fg-note">FieldGuard does not block saving; the app's own checks still apply.</p>
    </section>
  );
}
