import type { GateView, SelectHandler } from './types';
import { FindingList } from './finding-list';
import { h, setAttributes, setText } from './h';

/** What the stage the user just picked requires and the record lacks. Informative only: saving stays allowed. */
export class GatePanel {
  private readonly stage = h('strong');
  private readonly list: FindingList;
  readonly element: HTMLElement;

  constructor(onSelect: SelectHandler) {
    this.list = new FindingList({ onSelect });
    this.element = h('section', { class: 'fg-gate', 'aria-live': 'polite' }, [
      h('p', { class: 'fg-gate-title' }, ['Moving to ', this.stage, ' needs:']),
      this.list.element,
      h('p', { class: 'fg-note' }, ["FieldGuard does not block saving; the app's own checks still apply."]),
    ]);
  }

  update(gate: GateView): void {
    setAttributes(this.element, { 'aria-label': `FieldGuard: requirements for ${gate.stageLabel}` });
    setText(this.stage, gate.stageLabel);
    this.list.update(gate.findings);
  }
}
