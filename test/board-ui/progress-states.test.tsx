// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BoardApp } from '../../components/board/BoardApp';
import { boardProps } from './board-props';
import { EMPTY_SUMMARY, progress, ROWS } from './fixtures';
import { byText, click, must, render } from './render';

const status = (container: HTMLElement) => must(container.querySelector('.fg-progress-text'), 'progress text').textContent;
const boardState = (container: HTMLElement) => container.querySelector('[data-board-state]')?.getAttribute('data-board-state') ?? null;

describe('the board while loading and after', () => {
  it('counts the records and pages loaded against the total, with a bar and a Cancel button', () => {
    const props = boardProps({ rows: ROWS, progress: progress({ loaded: 1200, total: 3400, pages: 7, state: 'loading' }) });
    const { container } = render(<BoardApp {...props} />);
    expect(status(container)).toBe('1,200 of 3,400 records, page 7');
    const bar = must(container.querySelector<HTMLProgressElement>('progress'), 'progress bar');
    expect([bar.value, bar.max]).toEqual([1200, 3400]);
    // The rows loaded so far are on the board already.
    expect(container.querySelectorAll('.fg-records [data-record-id]')).toHaveLength(5);
    const runButton = byText<HTMLButtonElement>(container, 'button', 'Running…');
    expect(runButton.disabled).toBe(true);
    click(byText(must(container.querySelector('.fg-progress'), 'progress'), 'button', 'Cancel'));
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows an indeterminate bar when the app does not announce a total', () => {
    const { container } = render(<BoardApp {...boardProps({ progress: progress({ loaded: 200, total: null, pages: 2, state: 'loading' }) })} />);
    expect(status(container)).toBe('200 records, page 2');
    expect(must(container.querySelector('progress'), 'bar').hasAttribute('value')).toBe(false);
  });

  it('keeps the partial results on cancel and says how far it got', () => {
    const { container } = render(<BoardApp {...boardProps({ rows: ROWS, progress: progress({ loaded: 5, total: 3400, pages: 1, state: 'cancelled' }) })} />);
    expect(status(container)).toBe('Cancelled after 5 of 3,400 records; the board shows those.');
    expect(container.querySelector('progress')).toBeNull();
    expect(container.querySelectorAll('.fg-records [data-record-id]')).toHaveLength(5);
    expect(must(container.querySelector('[data-tile="Records"] .fg-tile-value'), 'records tile').textContent).toBe('5');
    expect(byText<HTMLButtonElement>(container, 'button', 'Run').disabled).toBe(false);
  });

  it('has a designed state before the first page, for an empty result and for a cancel with nothing loaded', () => {
    const empty = { rows: [], summary: EMPTY_SUMMARY };
    const view = render(<BoardApp {...boardProps({ ...empty, progress: null })} />);
    expect(boardState(view.container)).toBe('ready');

    view.rerender(<BoardApp {...boardProps({ ...empty, progress: progress({ loaded: 0, total: null, pages: 0, state: 'loading' }) })} />);
    expect(boardState(view.container)).toBe('loading');
    expect(status(view.container)).toBe('Loading the first page…');

    view.rerender(<BoardApp {...boardProps({ ...empty, progress: progress({ loaded: 0, total: 0, pages: 1, state: 'done' }) })} />);
    expect(boardState(view.container)).toBe('empty');
    expect(view.container.textContent).toContain('No records match');
    expect(view.container.querySelector('.fg-headline')).toBeNull();

    view.rerender(<BoardApp {...boardProps({ ...empty, progress: progress({ loaded: 0, total: null, pages: 0, state: 'cancelled' }) })} />);
    expect(boardState(view.container)).toBe('cancelled');
  });

  it('explains how to open the board when it has no source, and offers the open app tabs', () => {
    const props = boardProps({
      query: null,
      original: null,
      rows: [],
      summary: EMPTY_SUMMARY,
      progress: null,
      tabs: [
        {
          tabId: 7,
          title: 'Opportunities | Salesforce',
          url: 'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent',
          isList: true,
          query: {
            app: 'salesforce',
            object: 'Opportunity',
            origin: 'https://acme.lightning.force.com',
            source: { kind: 'salesforce-list-view', listViewId: 'Recent' },
            label: 'List view: Recent',
          },
        },
      ],
    });
    const { container } = render(<BoardApp {...props} />);
    expect(container.textContent).toContain('Open forecast board');
    click(byText(container, '.fg-tab-choice', /Opportunities \| Salesforce/));
    expect(props.onPickTab).toHaveBeenCalledWith(props.tabs?.[0]);
  });
});
