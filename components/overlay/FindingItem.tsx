import { AckForm } from './AckForm';
import { dateText, SEVERITY_LABEL } from './labels';
import { SeverityIcon } from './SeverityIcon';
import type { AcknowledgeHandler, FindingView, SelectHandler } from './types';

export interface FindingItemProps {
  readonly finding: FindingView;
  /** Offers "Go to <field>" (or says the field is not on this page). */
  readonly onSelect?: SelectHandler;
  readonly onAcknowledge?: AcknowledgeHandler;
}

/** One finding: severity in words, title, message (always as text), where it is, and its acknowledgement. */
export function FindingItem({ finding, onSelect, onAcknowledge }: FindingItemProps) {
  const severity = finding.acknowledged ? 'acknowledged' : finding.severity;
  return (
    <li className={`fg-finding fg-finding-${severity}`} data-rule={finding.key}>
      <div className="fg-finding-head">
        <SeverityIcon severity={severity} />
        <span className="fg-severity-text">{SEVERITY_LABEL[finding.severity]}</span>
        <span className="fg-finding-title">{finding.title}</span>
      </div>
      <p className="fg-finding-message">{finding.message}</p>
      {onSelect &&
        (finding.anchorField === null ? (
          <p className="fg-where">{finding.fieldLabel}: not on this page</p>
        ) : (
          <button type="button" className="fg-link" onClick={() => onSelect(finding)}>
            Go to {finding.fieldLabel}
          </button>
        ))}
      {finding.acknowledged ? (
        <p className="fg-ack-note">
          Acknowledged until {dateText(finding.acknowledged.expiresAt)}: {finding.acknowledged.reason}
        </p>
      ) : (
        finding.acknowledgeable && onAcknowledge && <AckForm finding={finding} onAcknowledge={onAcknowledge} />
      )}
    </li>
  );
}
