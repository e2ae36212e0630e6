import type { Severity } from '../../lib/rules/schema';

const GLYPH: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** A severity by shape (octagon, triangle, circle), glyph and word, so it reads without colour. */
export function SeverityBadge({ severity }: { readonly severity: Severity }) {
  return (
    <span className={`fg-severity fg-severity-${severity}`}>
      <span className="fg-severity-icon" aria-hidden="true">
        <span>{GLYPH[severity]}</span>
      </span>
      {LABEL[severity]}
    </span>
  );
}
