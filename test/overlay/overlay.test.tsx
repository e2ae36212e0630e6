// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldMarker } from '../../components/overlay/FieldMarker';
import { GatePanel } from '../../components/overlay/GatePanel';
import { SummaryChip } from '../../components/overlay/SummaryChip';
import type { FindingView, MarkerView, SummaryView } from '../../components/overlay/types';
import { must, typeInto } from '../runtime/dom-helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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
let root: Root;

function render(node: React.ReactNode) {
  act(() => root.render(node));
}

async function click(element: Element | null | undefined) {
  await act(async () => (element as HTMLElement).click());
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('FieldMarker', () => {
  it('is a labelled, described button that says the severity in words, not colour alone', () => {
    render(<FieldMarker marker={marker([finding()])} expanded={false} onToggle={() => undefined} onAcknowledge={vi.fn()} />);
    const button = must(container.querySelector('button'));
    expect(button.getAttribute('aria-label')).toBe('FieldGuard: 1 finding on Next Step');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector(`#${CSS.escape(button.getAttribute('aria-describedby') ?? '')}`)?.textContent).toBe('Warning: Next step missing.');
    expect(container.querySelector('.fg-icon-warning')?.textContent).toBe('!');
    expect(container.querySelector(`#${CSS.escape(button.getAttribute('aria-controls') ?? '')}`)?.hasAttribute('hidden')).toBe(true);
  });

  it('expands to title, message and severity, rendering the message as text', () => {
    render(<FieldMarker marker={marker([finding()])} expanded onToggle={() => undefined} onAcknowledge={vi.fn()} />);
    const card = must(container.querySelector('.fg-popover'));
    expect(card.hasAttribute('hidden')).toBe(false);
    expect(card.querySelector('.fg-severity-text')?.textContent).toBe('Warning');
    expect(card.querySelector('.fg-finding-title')?.textContent).toBe('Next step missing');
    expect(card.querySelector('.fg-finding-message')?.textContent).toBe('Write the <b>next</b> action <img src=x onerror=alert(1)>.');
    expect(card.querySelector('b, img')).toBeNull();
  });

  it('toggles on click and closes on Escape', async () => {
    const onToggle = vi.fn();
    render(<FieldMarker marker={marker([finding()])} expanded onToggle={onToggle} onAcknowledge={vi.fn()} />);
    await click(container.querySelector('button'));
    expect(onToggle).toHaveBeenLastCalledWith(false);
    act(() => {
      must(container.querySelector('.fg-popover')).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('acknowledges a warning for a chosen time with a required reason', async () => {
    const onAcknowledge = vi.fn(async () => undefined);
    render(<FieldMarker marker={marker([finding()])} expanded onToggle={() => undefined} onAcknowledge={onAcknowledge} />);
    await click([...container.querySelectorAll('button')].find((button) => button.textContent === 'Acknowledge…'));
    const submit = must(container.querySelector<HTMLButtonElement>('button[type="submit"]'));
    expect(submit.disabled).toBe(true);
    const select = must(container.querySelector('select'));
    expect([...select.options].map((option) => option.textContent)).toEqual(['1 day', '7 days', '30 days']);
    await act(async () => {
      select.value = '30';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      typeInto(must(container.querySelector('input')), 'Renewal is automatic');
    });
    await act(async () => must(container.querySelector('form')).requestSubmit());
    expect(onAcknowledge).toHaveBeenCalledWith(finding(), 30, 'Renewal is automatic');
  });

  it('shows an acknowledged finding as such, with its reason, and offers no acknowledgement for errors', () => {
    const acknowledged = finding({ acknowledged: { reason: 'Renewal is automatic', expiresAt: Date.UTC(2026, 3, 1) } });
    const error = finding({ key: 'pack/amount', severity: 'error', acknowledgeable: false, title: 'Amount missing' });
    render(<FieldMarker marker={{ ...marker([error, acknowledged]), severity: 'error' }} expanded onToggle={() => undefined} onAcknowledge={vi.fn()} />);
    expect(container.querySelector('.fg-marker-count')?.textContent).toBe('2');
    expect(container.querySelector('.fg-ack-note')?.textContent).toMatch(/^Acknowledged until .*2026.*: Renewal is automatic$/);
    expect([...container.querySelectorAll('button')].filter((button) => button.textContent === 'Acknowledge…')).toHaveLength(0);
    expect(container.querySelector('.fg-sr-only')?.textContent).toBe('Error: Amount missing. Acknowledged: Next step missing.');
  });
});

describe('SummaryChip', () => {
  it('shows the score and the counts by severity, and names them for screen readers', () => {
    render(<SummaryChip summary={summary()} open={false} onToggle={() => undefined} onSelect={vi.fn()} onAcknowledge={vi.fn()} />);
    const chip = must(container.querySelector('button.fg-chip'));
    expect(chip.getAttribute('aria-label')).toBe('FieldGuard: score 72 out of 100; 1 error, 1 warning, 0 info');
    expect(chip.querySelector('.fg-score')?.textContent).toBe('72');
    expect(chip.querySelector('.fg-score')?.className).toContain('fg-score-fair');
    expect([...chip.querySelectorAll('.fg-chip-count')].map((count) => count.textContent)).toEqual(['!1', '!1', 'i0']);
  });

  it('lists every finding when open: on-page ones lead to their field, others say they are not on this page', async () => {
    const onSelect = vi.fn();
    render(<SummaryChip summary={summary()} open onToggle={() => undefined} onSelect={onSelect} onAcknowledge={vi.fn()} />);
    expect(container.querySelector('[data-rule="pack/amount"] .fg-where')?.textContent).toBe('Amount: not on this page');
    await click(container.querySelector('[data-rule="pack/next-step"] .fg-link'));
    expect(onSelect).toHaveBeenCalledWith(finding());
    expect(container.querySelector('.fg-source-note')).toBeNull();
  });

  it('says when the values were read from the page because the API failed', () => {
    render(<SummaryChip summary={summary({ source: 'dom', sourceReason: 'HTTP 401 User Not Authenticated' })} open onToggle={() => undefined} onSelect={vi.fn()} onAcknowledge={vi.fn()} />);
    expect(container.querySelector('.fg-chip-source')?.textContent).toBe('from page');
    expect(container.querySelector('.fg-source-note')?.textContent).toBe('Read from the page (API unavailable: HTTP 401 User Not Authenticated)');
  });

  it('says a clean record is clean', () => {
    render(<SummaryChip summary={summary({ score: 100, errors: 0, warnings: 0, findings: [] })} open onToggle={() => undefined} onSelect={vi.fn()} onAcknowledge={vi.fn()} />);
    expect(container.querySelector('.fg-empty')?.textContent).toBe('No findings on this record.');
    expect(container.querySelector('.fg-score')?.className).toContain('fg-score-good');
  });
});

describe('GatePanel', () => {
  it('lists what the picked stage needs, as text, and never claims to block saving', async () => {
    const onSelect = vi.fn();
    const gateFinding = finding({ key: 'pack/proposal-amount', title: 'A proposal needs an amount', severity: 'error', acknowledgeable: false, fieldLabel: 'Amount', anchorField: 'Amount' });
    render(<GatePanel gate={{ stage: 'Proposal/Price Quote', stageLabel: 'Proposal/Price Quote', findings: [gateFinding] }} onSelect={onSelect} />);
    expect(container.querySelector('.fg-gate-title')?.textContent).toBe('Moving to Proposal/Price Quote needs:');
    expect(container.querySelector('.fg-gate')?.getAttribute('aria-live')).toBe('polite');
    expect(container.textContent).toContain('does not block saving');
    await click(container.querySelector('.fg-link'));
    expect(onSelect).toHaveBeenCalledWith(gateFinding);
  });
});
