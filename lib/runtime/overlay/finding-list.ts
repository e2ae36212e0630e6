import type { AcknowledgeHandler, FindingView, SelectHandler } from './types';
import { AckForm } from './ack-form';
import { h, setAttributes, setText, syncChildren } from './h';
import { dateText, SEVERITY_LABEL } from './labels';
import { setSeverity, severityIcon } from './severity-icon';

export interface FindingListOptions {
  /** Offers "Go to <field>" (or says the field is not on this page). */
  readonly onSelect?: SelectHandler;
  readonly onAcknowledge?: AcknowledgeHandler;
}

/** A list of findings, updated in place: an item keeps its nodes (and a half-typed acknowledgement) while listed. */
export class FindingList {
  readonly element = h('ul', { class: 'fg-findings' });
  private readonly items = new Map<string, FindingItem>();
  private readonly options: FindingListOptions;

  constructor(options: FindingListOptions) {
    this.options = options;
  }

  update(findings: readonly FindingView[]): void {
    const keys = new Set(findings.map((finding) => finding.key));
    for (const key of this.items.keys()) {
      if (!keys.has(key)) this.items.delete(key);
    }
    const nodes = findings.map((finding) => {
      let item = this.items.get(finding.key);
      if (item) item.update(finding);
      else {
        item = new FindingItem(finding, this.options);
        this.items.set(finding.key, item);
      }
      return item.element;
    });
    syncChildren(this.element, nodes);
  }
}

/** One finding: severity in words, title, message (always as text), where it is, and its acknowledgement. */
class FindingItem {
  readonly element = h('li');
  private finding: FindingView;
  private readonly options: FindingListOptions;
  private readonly icon = severityIcon('info');
  private readonly severityText = h('span', { class: 'fg-severity-text' });
  private readonly title = h('span', { class: 'fg-finding-title' });
  private readonly message = h('p', { class: 'fg-finding-message' });
  private readonly head = h('div', { class: 'fg-finding-head' }, [this.icon, this.severityText, this.title]);
  private where: HTMLParagraphElement | null = null;
  private link: HTMLButtonElement | null = null;
  private ackNote: HTMLParagraphElement | null = null;
  private ackForm: AckForm | null = null;

  constructor(finding: FindingView, options: FindingListOptions) {
    this.finding = finding;
    this.options = options;
    this.update(finding);
  }

  update(finding: FindingView): void {
    this.finding = finding;
    const severity = finding.acknowledged ? 'acknowledged' : finding.severity;
    setAttributes(this.element, { class: `fg-finding fg-finding-${severity}`, 'data-rule': finding.key });
    setSeverity(this.icon, severity);
    setText(this.severityText, SEVERITY_LABEL[finding.severity]);
    setText(this.title, finding.title);
    setText(this.message, finding.message);
    syncChildren(this.element, [this.head, this.message, this.placeNode(finding), this.ackNode(finding)].filter((node) => node !== null));
  }

  private placeNode(finding: FindingView): HTMLElement | null {
    const { onSelect } = this.options;
    if (!onSelect) return null;
    if (finding.anchorField === null) {
      this.link = null;
      this.where ??= h('p', { class: 'fg-where' });
      setText(this.where, `${finding.fieldLabel}: not on this page`);
      return this.where;
    }
    this.where = null;
    if (!this.link) {
      this.link = h('button', { type: 'button', class: 'fg-link' });
      this.link.addEventListener('click', () => onSelect(this.finding));
    }
    setText(this.link, `Go to ${finding.fieldLabel}`);
    return this.link;
  }

  private ackNode(finding: FindingView): HTMLElement | null {
    const { onAcknowledge } = this.options;
    if (finding.acknowledged) {
      this.ackForm = null;
      this.ackNote ??= h('p', { class: 'fg-ack-note' });
      setText(this.ackNote, `Acknowledged until ${dateText(finding.acknowledged.expiresAt)}: ${finding.acknowledged.reason}`);
      return this.ackNote;
    }
    this.ackNote = null;
    if (!finding.acknowledgeable || !onAcknowledge) {
      this.ackForm = null;
      return null;
    }
    if (this.ackForm) this.ackForm.update(finding);
    else this.ackForm = new AckForm(finding, onAcknowledge);
    return this.ackForm.node;
  }
}
