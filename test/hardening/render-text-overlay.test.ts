// @vitest-environment happy-dom
/**
 * Rule titles and messages, field labels (from packs or the page), stage labels and API failure reasons render as
 * text in the in-page overlay (lib/runtime/mount.ts and lib/runtime/overlay/*): shown literally, never parsed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../lib/runtime/mount';
import type { FindingView } from '../../lib/runtime/overlay/types';
import { validatePack } from '../../lib/rules/validate';
import { opportunityPack } from '../rules/pack-fixture';
import { allElements, deepText, handlerAttributes, HOSTILE_LABEL, HOSTILE_MESSAGE, HOSTILE_REASON, HOSTILE_STAGE, HOSTILE_TEXTS, HOSTILE_TITLE, INJECTED_SELECTOR } from './hostile-text';

const finding = (overrides: Partial<FindingView>): FindingView => ({
  key: 'acme/amount',
  pack: 'acme',
  rule: 'amount',
  title: HOSTILE_TITLE,
  message: HOSTILE_MESSAGE,
  severity: 'warning',
  fields: ['Amount'],
  anchorField: 'Amount',
  fieldLabel: HOSTILE_LABEL,
  acknowledgeable: true,
  acknowledged: null,
  ...overrides,
});

afterEach(() => {
  document.body.replaceChildren();
  delete (globalThis as { fieldguardPwned?: number }).fieldguardPwned;
});

function renderHostileOverlay(): { overlay: Overlay; page: HTMLElement } {
  const page = document.createElement('main');
  page.innerHTML = '<h1 id="header">Acme deal</h1><label id="amount">Amount</label><span id="stage">Stage</span>';
  document.body.append(page);
  const onPage = finding({});
  const elsewhere = finding({ key: 'acme/owner', rule: 'owner', fields: ['OwnerId'], anchorField: null, severity: 'error', acknowledgeable: false });
  const overlay = new Overlay(document, vi.fn(async () => undefined));
  overlay.render({
    markers: [{ view: { field: 'Amount', label: HOSTILE_LABEL, severity: 'warning', findings: [onPage] }, anchor: page.querySelector('#amount') as Element }],
    summary: { score: 40, errors: 1, warnings: 1, info: 0, acknowledged: 0, source: 'dom', sourceReason: HOSTILE_REASON, findings: [elsewhere, onPage] },
    header: page.querySelector('#header'),
    root: page,
    gate: { stage: 'Negotiation', stageLabel: HOSTILE_STAGE, findings: [finding({ key: 'acme/gate' })] },
    stageAnchor: page.querySelector('#stage'),
  });
  return { overlay, page };
}

describe('the overlay given hostile pack and page text', () => {
  it('shows every string literally and creates no element or handler from it', () => {
    const { overlay, page } = renderHostileOverlay();
    overlay.focusField('Amount');
    overlay.focusFinding('acme/owner');
    const text = deepText(page);
    for (const hostile of HOSTILE_TEXTS) expect(text).toContain(hostile);
    const injected = allElements(page).filter((element) => element.matches(INJECTED_SELECTOR));
    // The page's own three nodes are all there is besides FieldGuard's hosts and their shadow content.
    expect(injected.map((element) => element.outerHTML)).toEqual([]);
    expect(handlerAttributes(page)).toEqual([]);
    expect((globalThis as { fieldguardPwned?: number }).fieldguardPwned).toBeUndefined();
  });

  it("puts the hostile title in the marker's accessible description as text", () => {
    const { page } = renderHostileOverlay();
    const host = page.querySelector('[data-fieldguard="marker"]');
    const button = host?.shadowRoot?.querySelector('button[aria-describedby]');
    const description = host?.shadowRoot?.getElementById(button?.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain(HOSTILE_TITLE);
    expect(button?.getAttribute('aria-label')).toContain(HOSTILE_LABEL);
  });
});

describe('validation, before anything renders', () => {
  it('refuses HTML in rule titles and messages with the path of each', () => {
    const [rule, ...rest] = opportunityPack.rules;
    const result = validatePack({ ...opportunityPack, rules: [{ ...rule, title: HOSTILE_TITLE, message: HOSTILE_MESSAGE }, ...rest] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(['$.rules[0].message', '$.rules[0].title']);
    expect(result.issues.every((issue) => /plain text/.test(issue.message))).toBe(true);
  });
});
