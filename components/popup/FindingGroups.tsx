import type { ReportedFinding } from '../../lib/messaging';
import type { Severity } from '../../lib/rules/schema';
import { SeverityIcon } from './icons';

const GROUPS: readonly { readonly severity: Severity; readonly title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];

export interface FindingGroupsProps {
  readonly findings: readonly ReportedFinding[];
  readonly onSelect: (key: string) => void;
}

/** The record's findings by severity, then the acknowledged ones; each jumps to its field in the page. */
export function FindingGroups({ findings, onSelect }: FindingGroupsProps) {
  const open = findings.filter((finding) => !finding.acknowledged);
  const acknowledged = findings.filter((finding) => finding.acknowledged);
  if (findings.length === 0) {
    return (
      <p className="fg-all-clear">
        <SeverityIcon severity="ok" /> No findings: this record meets every active rule.
      </p>
    );
  }
  return (
    <div className="fg-groups">
      {GROUPS.map(({ severity, title }) => {
        const group = open.filter((finding) => finding.severity === severity);
        return group.length === 0 ? null : <FindingGroup key={severity} title={title} tone={severity} findings={group} onSelect={onSelect} />;
      })}
      {acknowledged.length > 0 && <FindingGroup title="Acknowledged" tone="muted" findings={acknowledged} onSelect={onSelect} />}
    </div>
  );
}

interface FindingGroupProps {
  readonly title: string;
  readonly tone: Severity | 'muted';
  readonly findings: readonly ReportedFinding[];
  readonly onSelect: (key: string) => void;
}

function FindingGroup({ title, tone, findings, onSelect }: FindingGroupProps) {
  const headingId = `fg-group-${tone}`;
  return (
    <section className={`fg-group fg-group-${tone}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="fg-group-title">
        <SeverityIcon severity={tone} />
        {title} <span className="fg-group-count">{findings.length}</span>
      </h3>
      <ul className="fg-finding-list">
        {findings.map((finding) => (
          <li key={finding.key}>
            <button type="button" className="fg-finding" data-rule={finding.key} data-severity={finding.severity} onClick={() => onSelect(finding.key)}>
              <span className="fg-finding-title">{finding.title}</span>
              <span className="fg-finding-message">{finding.message}</span>
              <span className="fg-finding-where">
                {finding.shown ? `Go to ${finding.fieldLabel}` : `${finding.fieldLabel}: not on this page · show in list`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
