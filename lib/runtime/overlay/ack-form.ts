import { ACK_DURATIONS } from './durations';
import type { AcknowledgeHandler, FindingView } from './types';
import { h, setAttributes, setText, syncChildren } from './h';

/**
 * Acknowledging a warning on this record: for how long and why, both required. A button until asked for, then a
 * form; what was chosen and typed is kept while the finding stays listed, across every re-evaluation.
 */
export class AckForm {
  private finding: FindingView;
  private readonly onAcknowledge: AcknowledgeHandler;
  private readonly opener: HTMLButtonElement;
  private form: AckFormElements | null = null;
  private open = false;
  private days = 7;
  private busy = false;
  private error: string | null = null;

  constructor(finding: FindingView, onAcknowledge: AcknowledgeHandler) {
    this.finding = finding;
    this.onAcknowledge = onAcknowledge;
    this.opener = h('button', { type: 'button', class: 'fg-button fg-button-secondary' }, ['Acknowledge…']);
    this.opener.addEventListener('click', () => {
      this.open = true;
      const form = this.paint();
      form.select.focus();
    });
  }

  /** What is on the page now: the opening button or the form. */
  get node(): HTMLElement {
    return this.open && this.form ? this.form.form : this.opener;
  }

  update(finding: FindingView): void {
    this.finding = finding;
    if (this.form) setAttributes(this.form.form, { 'aria-label': formLabel(finding) });
  }

  private paint(): AckFormElements {
    const form = (this.form ??= this.build());
    const reason = form.reason.value.trim();
    setAttributes(form.submit, { disabled: this.busy || reason === '' });
    if (this.error !== null) setText(form.error, `Could not save: ${this.error}`);
    syncChildren(form.form, this.error === null ? [form.duration, form.reasonLabel, form.actions] : [form.duration, form.reasonLabel, form.error, form.actions]);
    const [from, to] = this.open ? [this.opener, form.form] : [form.form, this.opener];
    if (from.parentNode) from.replaceWith(to);
    return form;
  }

  private build(): AckFormElements {
    const select = h(
      'select',
      {},
      ACK_DURATIONS.map((duration) => h('option', { value: duration.days }, [duration.label])),
    );
    select.value = String(this.days);
    select.addEventListener('change', () => {
      this.days = Number(select.value);
    });
    const reason = h('input', { type: 'text', required: true, maxlength: 300 });
    reason.addEventListener('input', () => this.paint());
    const submit = h('button', { type: 'submit', class: 'fg-button' }, ['Acknowledge']);
    const cancel = h('button', { type: 'button', class: 'fg-button fg-button-secondary' }, ['Cancel']);
    cancel.addEventListener('click', () => {
      this.open = false;
      this.paint();
      this.opener.focus();
    });
    const duration = h('label', { class: 'fg-field' }, [h('span', {}, ['For']), select]);
    const reasonLabel = h('label', { class: 'fg-field' }, [h('span', {}, ['Reason']), reason]);
    const error = h('p', { class: 'fg-error-text', role: 'alert' });
    const actions = h('div', { class: 'fg-actions' }, [submit, cancel]);
    const form = h('form', { class: 'fg-ack-form', 'aria-label': formLabel(this.finding) }, [duration, reasonLabel, actions]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit(reason.value.trim());
    });
    return { form, select, reason, submit, duration, reasonLabel, error, actions };
  }

  private submit(reason: string): void {
    if (!reason || this.busy) return;
    this.busy = true;
    this.error = null;
    this.paint();
    this.onAcknowledge(this.finding, this.days, reason).then(
      () => {
        this.busy = false;
        this.paint();
      },
      (failure: unknown) => {
        this.busy = false;
        this.error = failure instanceof Error ? failure.message : String(failure);
        this.paint();
      },
    );
  }
}

interface AckFormElements {
  readonly form: HTMLFormElement;
  readonly select: HTMLSelectElement;
  readonly reason: HTMLInputElement;
  readonly submit: HTMLButtonElement;
  readonly duration: HTMLLabelElement;
  readonly reasonLabel: HTMLLabelElement;
  readonly error: HTMLParagraphElement;
  readonly actions: HTMLDivElement;
}

function formLabel(finding: FindingView): string {
  return `Acknowledge "${finding.title}"`;
}
