// @vitest-environment happy-dom
/**
 * Pack and page text shown literally in the extension pages (React escapes; this proves no component opts out with
 * dangerouslySetInnerHTML or builds markup from strings): the popup's record screen (components/popup/PopupApp.tsx),
 * the options page's rules table (components/options/RulesTable.tsx) and the board's finding list
 * (components/board/FindingList.tsx), each given titles, messages and labels that are HTML and script.
 */
import { describe, expect, it, vi } from 'vitest';
import { FindingList } from '../../components/board/FindingList';
import { RulesTable } from '../../components/options/RulesTable';
import { PopupApp } from '../../components/popup/PopupApp';
import type { RulePack } from '../../lib/rules/schema';
import { entries, finding, FORECAST, report } from '../popup/fixtures';
import { render } from '../popup/render';
import { allElements, handlerAttributes, HOSTILE_LABEL, HOSTILE_MESSAGE, HOSTILE_TITLE, INJECTED_SELECTOR } from './hostile-text';

function expectLiteral(view: HTMLElement, shown: readonly string[]): void {
  for (const text of shown) expect(view.textContent).toContain(text);
  expect(allElements(view).filter((element) => element.matches(INJECTED_SELECTOR)).map((element) => element.outerHTML)).toEqual([]);
  expect(handlerAttributes(view)).toEqual([]);
  expect((globalThis as { fieldguardPwned?: number }).fieldguardPwned).toBeUndefined();
}

describe('extension pages given hostile text', () => {
  it('the popup shows finding titles and field labels as text', () => {
    const hostile = finding(`${FORECAST}/next-step`, { title: HOSTILE_TITLE, message: HOSTILE_MESSAGE, fieldLabel: HOSTILE_LABEL, severity: 'error' });
    const frame = report({ title: HOSTILE_TITLE, findings: [hostile], errors: 1, warnings: 0, info: 0, acknowledged: 0 });
    const view = render(
      <PopupApp
        state={{
          status: 'ready',
          screen: { kind: 'record', tabId: 1, frameId: 0, report: frame, packs: entries().map((entry) => ({ entry, findings: 1 })) },
          storage: { ok: true },
          pendingPack: null,
          notice: null,
        }}
        actions={{ togglePack: vi.fn(), focusFinding: vi.fn(), openBoard: vi.fn(), openOptions: vi.fn(), retry: vi.fn() }}
      />,
    );
    expectLiteral(view, [HOSTILE_TITLE]);
  });

  it("the options page's rules table shows rule titles, messages and field labels as text", () => {
    const pack: RulePack = {
      schemaVersion: 1,
      id: 'hostile',
      name: HOSTILE_TITLE,
      version: '1.0.0',
      description: HOSTILE_MESSAGE,
      app: 'salesforce',
      object: 'Opportunity',
      fields: { Amount: { type: 'currency', label: HOSTILE_LABEL } },
      rules: [{ id: 'amount', title: HOSTILE_TITLE, message: HOSTILE_MESSAGE, severity: 'error', fields: ['Amount'], check: { '!': { is_empty: [{ var: 'Amount' }] } } }],
    };
    const view = render(<RulesTable pack={pack} />);
    expectLiteral(view, [HOSTILE_TITLE]);
  });

  it("the board's finding list shows titles and messages as text", () => {
    const view = render(
      <FindingList findings={[{ pack: 'hostile', rule: 'amount', title: HOSTILE_TITLE, message: HOSTILE_MESSAGE, severity: 'error', fields: ['Amount'] }]} />,
    );
    expectLiteral(view, [HOSTILE_TITLE]);
  });
});
