import type { AcknowledgeHandler, MarkerView } from './types';
import { FindingList } from './finding-list';
import { follow, type Floating } from './floating';
import { h, setAttributes, setText, syncChildren, uniqueId } from './h';
import { plural, SEVERITY_LABEL } from './labels';
import { setSeverity, severityIcon } from './severity-icon';

/**
 * The compact hint next to a field: a button whose description lists the findings, expanding to a card with their
 * titles, messages and severities. Escape closes it and returns focus to the button.
 */
export class FieldMarker {
  readonly element: HTMLSpanElement;
  private readonly button: HTMLButtonElement;
  private readonly icon = severityIcon('info');
  private readonly count = h('span', { class: 'fg-marker-count' });
  private readonly summary: HTMLSpanElement;
  private readonly card: HTMLDivElement;
  private list: FindingList | null = null;
  private floating: Floating | null = null;
  private expanded = false;

  constructor(
    private readonly onToggle: (expanded: boolean) => void,
    private readonly onAcknowledge: AcknowledgeHandler,
  ) {
    const id = uniqueId();
    this.button = h('button', { type: 'button', class: 'fg-marker-button', 'aria-describedby': `${id}-summary`, 'aria-controls': `${id}-details` }, [this.icon]);
    this.button.addEventListener('click', () => this.onToggle(!this.expanded));
    this.summary = h('span', { id: `${id}-summary`, class: 'fg-sr-only' });
    this.card = h('div', { id: `${id}-details`, class: 'fg-popover', popover: 'manual', role: 'group' });
    this.element = h('span', {}, [this.button, this.summary, this.card]);
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.expanded) return;
      event.stopPropagation();
      this.onToggle(false);
      this.button.focus();
    });
  }

  update(marker: MarkerView, expanded: boolean): void {
    this.expanded = expanded;
    const count = marker.findings.length;
    setAttributes(this.element, { class: `fg-marker fg-marker-${marker.severity}` });
    setAttributes(this.button, {
      'aria-label': `FieldGuard: ${plural(count, 'finding', 'findings')} on ${marker.label}`,
      'aria-expanded': String(expanded),
    });
    setSeverity(this.icon, marker.severity);
    setText(this.count, String(count));
    syncChildren(this.button, count > 1 ? [this.icon, this.count] : [this.icon]);
    setText(
      this.summary,
      marker.findings.map((finding) => `${SEVERITY_LABEL[finding.acknowledged ? 'acknowledged' : finding.severity]}: ${finding.title}.`).join(' '),
    );
    setAttributes(this.card, { 'aria-label': `FieldGuard findings for ${marker.label}`, hidden: !expanded });
    if (!expanded) return this.collapse();
    // Built on opening, dropped on closing: a card opened again starts afresh.
    if (!this.list) {
      this.list = new FindingList({ onAcknowledge: this.onAcknowledge });
      this.card.append(this.list.element);
    }
    this.list.update(marker.findings);
    if (this.floating) this.floating.refresh();
    else this.floating = follow(this.button, this.card);
  }

  focus(): void {
    this.button.focus({ preventScroll: true });
  }

  /** Stops following the page (scroll and resize listeners) before the marker leaves it. */
  destroy(): void {
    this.collapse();
  }

  private collapse(): void {
    this.floating?.stop();
    this.floating = null;
    this.list?.element.remove();
    this.list = null;
  }
}
