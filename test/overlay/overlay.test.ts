// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AcknowledgeHandler, FindingView, GateView, MarkerView, SummaryView } from '../../lib/runtime/overlay/types';
import { Overlay, type OverlayContent } from '../../lib/runtime/mount';
import { FieldMarker } from '../../lib/runtime/overlay/field-marker';
import { GatePanel } from '../../lib/runtime/overlay/gate-panel';
import { SummaryChip } from '../../lib/runtime/overlay/summary-chip';
import { must, typeInto } from '../runtime/dom-helpers';

const finding = (overrides: Partial<FindingView> = {}): FindingView => ({
  key: 'pack/next-step',
  pack: 'pack',
  rule: 'next-step',
  title: 'Next step missing',
  message: 'Write the <b>next</b> action <img src=x onerror=alert(1)>.',
  severity: 'warning',
  fields: ['NextStep'],
  anchorField: 'NextStep',
  fieldLabel: 'Next Step',
  acknowledgeable: true,
  acknowledged: null,
  ...overrides,
});

const marker = (findings: FindingView[]): MarkerView => ({ field: 'NextStep', label: 'Next Step', severity: 'warning', findings });

const summary = (overrides: Partial<SummaryView> = {}): SummaryView => ({
  score: 72,
  errors: 1,
  warnings: 1,
  info: 0,
  acknowledged: 0,
  source: 'api',
  sourceReason: null,
  findings: [finding({ key: 'pack/amount', rule: 'amount', title: 'Amount missing', severity: 'error', anchorField: null, fieldLabel: 'Amount', acknowledgeable: false }), finding()],
  ...overrides,
});

let container: HTMLElement;

function renderMarker(view: MarkerView, expanded: boolean, onToggle: (expanded: boolean) => void = () => undefined, onAcknowledge: AcknowledgeHandler = vi.fn()) {
  const component = new FieldMarker(onToggle, onAcknowledge);
  container.append(component.element);
  component.update(view, expanded);
  return component;
}

function renderChip(view: SummaryView, open: boolean, onToggle: (open: boolean) => void = () => undefined, onSelect = vi.fn()) {
  const component = new SummaryChip(onToggle, onSelect, vi.fn());
  container.append(component.element);
  component.update(view, open);
  return component;
}

function renderGate(gate: GateView, onSelect = vi.fn()) {
  const component = new GatePanel(onSelect);
  container.append(component.element);
  component.update(gate);
  return component;
}

const buttonNamed = (root: ParentNode, text: string) => [...root.querySelectorAll('button')].find((button) => button.textContent === text);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('FieldMarker', () => {
  it('is a labelled, described button that says the severity in words, not colour alone', () => {
    renderMarker(marker([finding()]), false);
    const button = must(container.querySelector('button'));
    expect(button.getAttribute('aria-label')).toBe('FieldGuard: 1 finding on Next Step');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector(`#${CSS.escape(button.getAttribute('aria-describedby') ?? '')}`)?.textContent).toBe('Warning: Next step missing.');
    expect(container.querySelector('.fg-icon-warning')?.textContent).toBe('!');
    expect(container.querySelector(`#${CSS.escape(button.getAttribute('aria-controls') ?? '')}`)?.hasAttribute('hidden')).toBe(true);
    expect(container.querySelector('.fg-marker-count')).toBeNull();
  });

  it('expands to title, message and severity, rendering the message as text', () => {
    renderMarker(marker([finding()]), true);
    const card = must(container.querySelector('.fg-popover'));
    expect(card.hasAttribute('hidden')).toBe(false);
    expect(card.querySelector('.fg-severity-text')?.textContent).toBe('Warning');
    expect(card.querySelector('.fg-finding-title')?.textContent).toBe('Next step missing');
    expect(card.querySelector('.fg-finding-message')?.textContent).toBe('Write the <b>next</b> action <img src=x onerror=alert(1)>.');
    expect(card.querySelector('b, img')).toBeNull();
  });

  it('toggles on click and closes on Escape, returning focus to its button', () => {
    const onToggle = vi.fn();
    renderMarker(marker([finding()]), true, onToggle);
    must(container.querySelector('button')).click();
    expect(onToggle).toHaveBeenLastCalledWith(false);
    must(container.querySelector('.fg-popover')).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onToggle).toHaveBeenCalledTimes(2);
    expect(document.activeElement).toBe(container.querySelector('button.fg-marker-button'));
  });

  it('acknowledges a warning for a chosen time with a required reason', () => {
    const onAcknowledge = vi.fn(async () => undefined);
    renderMarker(marker([finding()]), true, () => undefined, onAcknowledge);
    must(buttonNamed(container, 'Acknowledge…')).click();
    const submit = must(container.querySelector<HTMLButtonElement>('button[type="submit"]'));
    expect(submit.disabled).toBe(true);
    const select = must(container.querySelector('select'));
    expect(document.activeElement).toBe(select);
    expect([...select.options].map((option) => option.textContent)).toEqual(['1 day', '7 days', '30 days']);
    expect(select.value).toBe('7');
    select.value = '30';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    typeInto(must(container.querySelector('input')), 'Renewal is automatic');
    expect(submit.disabled).toBe(false);
    must(container.querySelector('form')).requestSubmit();
    expect(onAcknowledge).toHaveBeenCalledWith(finding(), 30, 'Renewal is automatic');
  });

  it('says why an acknowledgement could not be saved', async () => {
    renderMarker(marker([finding()]), true, () => undefined, async () => {
      throw new Error('storage is full');
    });
    must(buttonNamed(container, 'Acknowledge…')).click();
    typeInto(must(container.querySelector('input')), 'Renewal is automatic');
    must(container.querySelector('form')).requestSubmit();
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe('Could not save: storage is full'));
  });

  it('cancels back to the button, keeping focus there', () => {
    renderMarker(marker([finding()]), true);
    must(buttonNamed(container, 'Acknowledge…')).click();
    must(buttonNamed(container, 'Cancel')).click();
    expect(container.querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(container, 'Acknowledge…'));
  });

  it('shows an acknowledged finding as such, with its reason, and offers no acknowledgement for errors', () => {
    const acknowledged = finding({ acknowledged: { reason: 'Renewal is automatic', expiresAt: Date.UTC(2026, 3, 1) } });
    const error = finding({ key: 'pack/amount', severity: 'error', acknowledgeable: false, title: 'Amount missing' });
    renderMarker({ ...marker([error, acknowledged]), severity: 'error' }, true);
    expect(container.querySelector('.fg-marker-count')?.textContent).toBe('2');
    expect(container.querySelector('.fg-ack-note')?.textContent).toMatch(/^Acknowledged until .*2026.*: Renewal is automatic$/);
    expect(buttonNamed(container, 'Acknowledge…')).toBeUndefined();
    expect(container.querySelector('.fg-sr-only')?.textContent).toBe('Error: Amount missing. Acknowledged: Next step missing.');
  });

  it('updates in place: an open acknowledgement keeps what was typed and the focus, and closing drops it', () => {
    const component = renderMarker(marker([finding()]), true);
    must(buttonNamed(container, 'Acknowledge…')).click();
    const input = must(container.querySelector('input'));
    typeInto(input, 'Half a reas');
    input.focus();
    const second = finding({ key: 'pack/other', title: 'Other' });
    component.update({ ...marker([second, finding({ message: 'Reworded.' })]), severity: 'error' }, true);
    expect(container.querySelector('input')).toBe(input);
    expect(input.value).toBe('Half a reas');
    expect(document.activeElement).toBe(input);
    expect([...container.querySelectorAll('li.fg-finding')].map((item) => item.getAttribute('data-rule'))).toEqual(['pack/other', 'pack/next-step']);
    expect(container.querySelector('[data-rule="pack/next-step"] .fg-finding-message')?.textContent).toBe('Reworded.');
    expect(container.querySelector('.fg-marker')?.className).toBe('fg-marker fg-marker-error');

    component.update(marker([finding()]), false);
    expect(container.querySelector('.fg-findings')).toBeNull();
    component.update(marker([finding()]), true);
    expect(container.querySelector('form')).toBeNull();
  });
});

describe('SummaryChip', () => {
  it('shows the score and the counts by severity, and names them for screen readers', () => {
    renderChip(summary(), false);
    const chip = must(container.querySelector('button.fg-chip'));
    expect(chip.getAttribute('aria-label')).toBe('FieldGuard: score 72 out of 100; 1 error, 1 warning, 0 info');
    expect(chip.querySelector('.fg-score')?.textContent).toBe('72');
    expect(chip.querySelector('.fg-score')?.className).toContain('fg-score-fair');
    expect([...chip.querySelectorAll('.fg-chip-count')].map((count) => count.textContent)).toEqual(['!1', '!1', 'i0']);
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.fg-panel')?.hasAttribute('hidden')).toBe(true);
  });

  it('lists every finding when open: on-page ones lead to their field, others say they are not on this page', () => {
    const onSelect = vi.fn();
    renderChip(summary(), true, () => undefined, onSelect);
    expect(container.querySelector('[data-rule="pack/amount"] .fg-where')?.textContent).toBe('Amount: not on this page');
    must(container.querySelector<HTMLElement>('[data-rule="pack/next-step"] .fg-link')).click();
    expect(onSelect).toHaveBeenCalledWith(finding());
    expect(container.querySelector('.fg-source-note')).toBeNull();
    expect(container.querySelector('.fg-panel-head')?.textContent).toBe('Hygiene score 72/100 · 1 error, 1 warning, 0 info');
  });

  it('toggles on click and closes on Escape', () => {
    const onToggle = vi.fn();
    renderChip(summary(), true, onToggle);
    must(container.querySelector<HTMLElement>('button.fg-chip')).click();
    expect(onToggle).toHaveBeenLastCalledWith(false);
    must(container.querySelector('.fg-panel')).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('says when the values were read from the page because the API failed', () => {
    renderChip(summary({ source: 'dom', sourceReason: 'HTTP 401 User Not Authenticated' }), true);
    expect(container.querySelector('.fg-chip-source')?.textContent).toBe('from page');
    expect(container.querySelector('.fg-source-note')?.textContent).toBe('Read from the page (API unavailable: HTTP 401 User Not Authenticated)');
  });

  it('says a clean record is clean', () => {
    renderChip(summary({ score: 100, errors: 0, warnings: 0, findings: [] }), true);
    expect(container.querySelector('.fg-empty')?.textContent).toBe('No findings on this record.');
    expect(container.querySelector('.fg-findings')).toBeNull();
    expect(container.querySelector('.fg-score')?.className).toContain('fg-score-good');
  });
});

describe('GatePanel', () => {
  it('lists what the picked stage needs, as text, and never claims to block saving', () => {
    const onSelect = vi.fn();
    const gateFinding = finding({ key: 'pack/proposal-amount', title: 'A proposal needs an amount', severity: 'error', acknowledgeable: false, fieldLabel: 'Amount', anchorField: 'Amount' });
    renderGate({ stage: 'Proposal/Price Quote', stageLabel: 'Proposal/Price Quote', findings: [gateFinding] }, onSelect);
    expect(container.querySelector('.fg-gate-title')?.textContent).toBe('Moving to Proposal/Price Quote needs:');
    expect(container.querySelector('.fg-gate')?.getAttribute('aria-live')).toBe('polite');
    expect(container.textContent).toContain('does not block saving');
    expect(buttonNamed(container, 'Acknowledge…')).toBeUndefined();
    must(container.querySelector<HTMLElement>('.fg-link')).click();
    expect(onSelect).toHaveBeenCalledWith(gateFinding);
  });
});

describe('Overlay', () => {
  const content = (anchor: Element, header: Element, overrides: Partial<OverlayContent> = {}): OverlayContent => ({
    markers: [{ view: marker([finding()]), anchor }],
    summary: summary(),
    header,
    root: container,
    gate: null,
    stageAnchor: null,
    ...overrides,
  });

  function page() {
    const header = document.createElement('h1');
    const label = document.createElement('label');
    container.append(header, label);
    return { header, label };
  }

  it('keeps its hosts, an open card, what was typed and the focus across renders', () => {
    const { header, label } = page();
    const overlay = new Overlay(document, vi.fn());
    overlay.render(content(label, header));
    const host = must(document.querySelector<HTMLElement>('fieldguard-marker[data-fieldguard="marker"]'));
    expect(label.nextElementSibling).toBe(host);
    expect(host.dataset).toMatchObject({ fieldguardField: 'NextStep', fieldguardSeverity: 'warning', fieldguardCount: '1' });
    const root = must(host.shadowRoot);
    expect(root.querySelector('style')).not.toBeNull();
    must(root.querySelector<HTMLElement>('button.fg-marker-button')).click();
    must(buttonNamed(root, 'Acknowledge…')).click();
    const input = must(root.querySelector('input'));
    typeInto(input, 'Half a reas');
    input.focus();

    overlay.render(content(label, header, { summary: summary({ score: 60 }) }));
    expect(document.querySelector('fieldguard-marker')).toBe(host);
    expect(root.querySelector('button.fg-marker-button')?.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('input')).toBe(input);
    expect(input.value).toBe('Half a reas');
    expect(root.activeElement).toBe(input);
    expect(document.querySelector<HTMLElement>('fieldguard-chip')?.dataset.fieldguardScore).toBe('60');
    overlay.clear();
    expect(document.querySelectorAll('[data-fieldguard]')).toHaveLength(0);
  });

  it('opens and focuses a marker from the chip\'s "Go to", closing the chip', () => {
    const { header, label } = page();
    const overlay = new Overlay(document, vi.fn());
    overlay.render(content(label, header));
    const chip = must(must(document.querySelector('fieldguard-chip')).shadowRoot);
    must(chip.querySelector<HTMLElement>('button.fg-chip')).click();
    must(chip.querySelector<HTMLElement>('button.fg-link')).click();
    expect(chip.querySelector('button.fg-chip')?.getAttribute('aria-expanded')).toBe('false');
    const markerRoot = must(must(document.querySelector('fieldguard-marker')).shadowRoot);
    expect(markerRoot.querySelector('button.fg-marker-button')?.getAttribute('aria-expanded')).toBe('true');
    expect(markerRoot.activeElement).toBe(markerRoot.querySelector('button.fg-marker-button'));
  });

  it('shows the gate panel after the stage control, or under the chip without one', () => {
    const { header, label } = page();
    const stage = document.createElement('select');
    container.append(stage);
    const gate: GateView = { stage: 'closed', stageLabel: 'Closed', findings: [finding({ fields: ['NextStep', 'Amount'] })] };
    const overlay = new Overlay(document, vi.fn());
    overlay.render(content(label, header, { gate, stageAnchor: stage }));
    const host = must(document.querySelector<HTMLElement>('fieldguard-gate[data-fieldguard="gate"]'));
    expect(stage.nextElementSibling).toBe(host);
    expect(host.dataset).toMatchObject({ fieldguardStage: 'closed', fieldguardFields: 'NextStep Amount', fieldguardCount: '1' });
    expect(host.shadowRoot?.querySelector('.fg-gate-title')?.textContent).toBe('Moving to Closed needs:');

    overlay.render(content(label, header, { gate, stageAnchor: null }));
    expect(document.querySelector('fieldguard-gate')).toBeNull();
    expect(document.querySelector('fieldguard-chip')?.shadowRoot?.querySelector('.fg-gate')).not.toBeNull();
    overlay.render(content(label, header));
    expect(document.querySelector('fieldguard-chip')?.shadowRoot?.querySelector('.fg-gate')).toBeNull();
  });

  it('pins the chip to the view when there is no header, and stamps the evaluation time', () => {
    const { label } = page();
    const overlay = new Overlay(document, vi.fn());
    overlay.render(content(label, label, { header: null }));
    const chip = must(document.querySelector<HTMLElement>('fieldguard-chip'));
    expect(chip.parentElement).toBe(document.body);
    expect(chip.dataset.fieldguardPlacement).toBe('fixed');
    overlay.recordEvaluation(3.14159);
    expect(chip.dataset.fieldguardEvalMs).toBe('3.1');
  });
});
