// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { QueryBar } from '../../components/board/QueryBar';
import type { BoardQuery } from '../../lib/board/types';
import { INCIDENT_QUERY, LIST_VIEW_QUERY } from './fixtures';
import { byText, choose, click, must, render, typeInto } from './render';

function renderBar(query: BoardQuery, running = false) {
  const onChange = vi.fn<(query: BoardQuery) => void>();
  const onRun = vi.fn();
  const onCancel = vi.fn();
  const view = render(<QueryBar query={query} original={LIST_VIEW_QUERY} running={running} onChange={onChange} onRun={onRun} onCancel={onCancel} />);
  return { ...view, onChange, onRun, onCancel };
}

describe('the query bar', () => {
  it('names the list view it was opened on and runs it', () => {
    const { container, onRun } = renderBar(LIST_VIEW_QUERY);
    expect(must(container.querySelector('[data-testid="query-label"]'), 'label').textContent).toBe('List view: My open opportunities');
    click(byText(container, 'button', 'Run'));
    expect(onRun).toHaveBeenCalledTimes(1);
  });

  it('builds a Salesforce query from simple choices, with a label that says what it loads', () => {
    const { container, onChange, rerender } = renderBar(LIST_VIEW_QUERY);
    click(byText(container, 'label', 'Open opportunities').querySelector('input') as HTMLInputElement);
    const soql = onChange.mock.lastCall?.[0];
    expect(soql?.source).toEqual({ kind: 'salesforce-soql', closing: 'this-quarter', owner: 'mine', recordTypeId: null });
    expect(soql?.label).toBe('Open opportunities closing this quarter, mine');
    if (!soql) return;
    rerender(<QueryBar query={soql} original={LIST_VIEW_QUERY} running={false} onChange={onChange} onRun={vi.fn()} onCancel={vi.fn()} />);
    choose(must(container.querySelector<HTMLSelectElement>('select[id$="-closing"]'), 'closing'), 'this-and-next-quarter');
    expect(onChange.mock.lastCall?.[0].label).toBe('Open opportunities closing this or next quarter, mine');
    choose(must(container.querySelector<HTMLSelectElement>('select[id$="-owner"]'), 'owner'), 'everyone');
    expect(onChange.mock.lastCall?.[0].source).toMatchObject({ owner: 'everyone', closing: 'this-quarter' });

    const recordType = must(container.querySelector<HTMLInputElement>('input[id$="-rt"]'), 'record type');
    const calls = onChange.mock.calls.length;
    typeInto(recordType, '999');
    expect(container.textContent).toContain('A record type ID starts with 012');
    expect(recordType.getAttribute('aria-invalid')).toBe('true');
    expect(onChange.mock.calls.length).toBe(calls);
    typeInto(recordType, '012Ho0000001abcDEF');
    expect(onChange.mock.lastCall?.[0].source).toMatchObject({ recordTypeId: '012Ho0000001abcDEF' });

    click(byText(container, 'label', 'This list view').querySelector('input') as HTMLInputElement);
    expect(onChange.mock.lastCall?.[0]).toEqual(LIST_VIEW_QUERY);
  });

  it('edits a ServiceNow filter and runs it with Enter', () => {
    const { container, onChange, onRun } = renderBar(INCIDENT_QUERY);
    const input = must(container.querySelector<HTMLInputElement>('input[type="text"]'), 'filter');
    expect(input.value).toBe('active=true');
    typeInto(input, 'active=true^priority=1');
    expect(onChange.mock.lastCall?.[0]).toMatchObject({ source: { sysparmQuery: 'active=true^priority=1' }, label: 'incident where active=true^priority=1' });
    const form = must(container.querySelector('form'), 'form');
    click(must(form.querySelector('button[type="submit"]'), 'submit'));
    expect(onRun).toHaveBeenCalledTimes(1);
  });

  it('locks the query and offers Cancel while running', () => {
    const { container, onCancel } = renderBar(INCIDENT_QUERY, true);
    expect(must(container.querySelector<HTMLInputElement>('input[type="text"]'), 'filter').disabled).toBe(true);
    click(byText(container, 'button', 'Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
