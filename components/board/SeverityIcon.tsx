import type { Severity } from '../../lib/rules/schema';

const GLYPH: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };

/** Severity as colour, shape (octagon, triangle, circle) and glyph; decorative, the text beside it names it. */
export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  return (
    <span className={`fg-sev fg-sev-${severity}`} aria-hidden="true">
      <span className="fg-sev-glyph">{GLYPH[severity]}</span>
    </span>
  );
}
