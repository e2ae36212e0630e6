import type { AcknowledgeHandler, SelectHandler, SummaryView } from './types';
import type { Severity } from '../../rules/schema';
import { FindingList } from './finding-list';
import { follow, type Floating } from './floating';
import { h, setAttributes, setText, syncChildren, uniqueId } from './h';
import { countsText } from './labels';
import { severityIcon } from './severity-icon';

const SEVERITIES = ['error', 'warning', 'info'] as const;

function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

/** The record's score and counts by severity; opens the list of every finding, including off-page ones. */
export class SummaryChip {
  readonly element: HTMLDivElement;
  private readonly button: HTMLButtonElement;
  private readonly score = h('span');
  private readonly name = h('span', { class: 'fg-chip-name' }, ['FieldGuard']);
  private readonly counts: Record<Severity, Text>;
  private readonly countNodes: readonly HTMLSpanElement[];
  private readonly source = h('span', { class: 'fg-chip-source' }, ['from page']);
  private readonly panel: HTMLDivElement;
  private content: PanelContent | null = null;
  private floating: Floating | null = null;
  private open = false;

  constructor(
    private readonly onToggle: (open: boolean) => void,
    private readonly onSelect: SelectHandler,
    private readonly onAcknowledge: AcknowledgeHandler,
  ) {
    const id = uniqueId();
    this.counts = { error: new Text(), warning: new Text(), info: new Text() };
    this.countNodes = SEVERITIES.map((severity) => h('span', { class: 'fg-chip-count' }, [severityIcon(severity), this.counts[severity]]));
    this.button = h('button', { type: 'button', class: 'fg-chip', 'aria-controls': `${id}-panel` });
    this.button.addEventListener('click', () => this.onToggle(!this.open));
    this.panel = h('div', { id: `${id}-panel`, class: 'fg-panel', popover: 'manual', role: 'region', 'aria-label': 'FieldGuard findings' });
    this.element = h('div', { class: 'fg-chip-wrap' }, [this.button, this.panel]);
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.open) return;
      event.stopPropagation();
      this.onToggle(false);
      this.button.focus();
    });
  }

  update(summary: SummaryView, open: boolean): void {
    this.open = open;
    const counts = { error: summary.errors, warning: summary.warnings, info: summary.info };
    setAttributes(this.button, {
      'aria-expanded': String(open),
      'aria-label': `FieldGuard: score ${summary.score} out of 100; ${countsText(counts)}`,
    });
    setAttributes(this.score, { class: `fg-score fg-score-${scoreBand(summary.score)}` });
    setText(this.score, String(summary.score));
    for (const severity of SEVERITIES) setText(this.counts[severity], String(counts[severity]));
    syncChildren(this.button, [this.score, this.name, ...this.countNodes, ...(summary.source === 'dom' ? [this.source] : [])]);
    setAttributes(this.panel, { hidden: !open });
    if (!open) return this.close();
    // Built on opening, dropped on closing, as the marker's card.
    const content = (this.content ??= new PanelContent(this.panel, this.onSelect, this.onAcknowledge));
    content.update(summary, countsText(counts));
    if (this.floating) this.floating.refresh();
    else this.floating = follow(this.button, this.panel);
  }

  focus(): void {
    this.button.focus({ preventScroll: true });
  }

  destroy(): void {
    this.close();
  }

  private close(): void {
    this.floating?.stop();
    this.floating = null;
    this.panel.replaceChildren();
    this.content = null;
  }
}

/** The open panel: the score in words, where the values came from, and every finding. */
class PanelContent {
  private readonly score = h('strong');
  private readonly tail = new Text();
  private readonly head = h('p', { class: 'fg-panel-head' }, ['Hygiene score ', this.score, this.tail]);
  private readonly sourceNote = h('p', { class: 'fg-source-note' });
  private readonly empty = h('p', { class: 'fg-empty' }, ['No findings on this record.']);
  private readonly list: FindingList;

  constructor(
    private readonly panel: HTMLElement,
    onSelect: SelectHandler,
    onAcknowledge: AcknowledgeHandler,
  ) {
    this.list = new FindingList({ onSelect, onAcknowledge });
  }

  update(summary: SummaryView, counts: string): void {
    setText(this.score, String(summary.score));
    setText(this.tail, `/100 · ${counts}${summary.acknowledged > 0 ? ` · ${summary.acknowledged} acknowledged` : ''}`);
    setText(this.sourceNote, `Read from the page (API unavailable: ${summary.sourceReason ?? 'unknown reason'})`);
    this.list.update(summary.findings);
    syncChildren(this.panel, [this.head, ...(summary.source === 'dom' ? [this.sourceNote] : []), summary.findings.length === 0 ? this.empty : this.list.element]);
  }
}
