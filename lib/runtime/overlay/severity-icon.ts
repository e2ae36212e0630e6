import type { MarkerSeverity } from './types';
import { h, setAttributes, setText } from './h';

const GLYPH: Record<MarkerSeverity, string> = { error: '!', warning: '!', info: 'i', acknowledged: '✓' };

/**
 * A severity as colour, shape (octagon, triangle, circle) and glyph, so it reads without colour. Decorative:
 * the text next to it, or its button's label, says the severity in words.
 */
export function severityIcon(severity: MarkerSeverity): HTMLSpanElement {
  return h('span', { class: `fg-icon fg-icon-${severity}`, 'aria-hidden': 'true' }, [h('span', { class: 'fg-icon-glyph' }, [GLYPH[severity]])]);
}

export function setSeverity(icon: HTMLElement, severity: MarkerSeverity): void {
  setAttributes(icon, { class: `fg-icon fg-icon-${severity}` });
  const glyph = icon.firstElementChild;
  if (glyph) setText(glyph, GLYPH[severity]);
}
