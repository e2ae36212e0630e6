import type { StageStatus } from '../../lib/messaging';
import { SeverityIcon } from './icons';

/** Where the record stands on its stage path, and what the next stage requires that it does not meet yet. */
export function StageGate({ stage }: { readonly stage: StageStatus }) {
  return (
    <section className="fg-card fg-stage" aria-labelledby="fg-stage-title">
      <h2 id="fg-stage-title" className="fg-section-title">
        Next stage
      </h2>
      <p className="fg-stage-path">
        <span className="fg-stage-name">{stage.current ?? 'No stage set'}</span>
        {stage.next && (
          <>
            <span className="fg-stage-arrow" aria-label="then">
              →
            </span>
            <span className="fg-stage-name fg-stage-next">{stage.next}</span>
          </>
        )}
      </p>
      {stage.next === null ? (
        <p className="fg-stage-note">This is the last stage: no further gate applies.</p>
      ) : stage.unmet.length === 0 ? (
        <p className="fg-stage-ready">
          <SeverityIcon severity="ok" /> Ready to move to {stage.next}.
        </p>
      ) : (
        <>
          <p className="fg-stage-note">
            Moving to {stage.next} needs {stage.unmet.length === 1 ? 'one more thing' : `${stage.unmet.length} more things`}:
          </p>
          <ul className="fg-stage-list">
            {stage.unmet.map((finding) => (
              <li key={finding.key} className="fg-stage-item" data-rule={finding.key}>
                <SeverityIcon severity={finding.severity} />
                <span>
                  <span className="fg-stage-item-title">{finding.title}</span>
                  <span className="fg-stage-item-message">{finding.message}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
