import type { BoardFinding } from '../../lib/board/types';
import { SeverityIcon } from './SeverityIcon';

const SEVERITY_TEXT = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** A record's findings. Titles and messages come from rule packs: React renders them as text, never markup. */
export function FindingList({ findings }: { readonly findings: readonly BoardFinding[] }) {
  if (findings.length === 0) return <p className="fg-findings-none">No findings: this record is clean.</p>;
  return (
    <ul className="fg-findings">
      {findings.map((finding) => (
        <li key={`${finding.pack}/${finding.rule}`} className={`fg-finding fg-finding-${finding.severity}`} data-rule={`${finding.pack}/${finding.rule}`}>
          <SeverityIcon severity={finding.severity} />
          <span className="fg-finding-severity">{SEVERITY_TEXT[finding.severity]}</span>
          <span className="fg-finding-title">{finding.title}</span>
          <span className="fg-finding-message">{finding.message}</span>
        </li>
      ))}
    </ul>
  );
}
