import type { MarkerSeverity } from './types';

const GLYPH: Record<MarkerSeverity, string> = { error: '!', warning: '!', info: 'i', acknowledged: '✓' };

/**
 * A severity as colour, shape (octagon, triangle, circle) and glyph, so it reads without colour. Decorative:
 * the text next to it, or its button's label, says the severity in words.
 */
export function SeverityIcon({ severity }: { readonly severity: MarkerSeverity }) {
  return (
    <span className={`fg-icon fg-icon-${severity}`} aria-hidden="true">
      <span className="fg-icon-glyph">{GLYPH[severity]}</span>
    </span>
  );
}
