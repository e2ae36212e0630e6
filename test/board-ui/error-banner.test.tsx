// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BoardApp } from '../../components/board/BoardApp';
import type { BoardError } from '../../lib/board/types';
import { boardProps } from './board-props';
import { EMPTY_SUMMARY, progress, ROWS } from './fixtures';
import { byText, click, must, render } from './render';

const RATE_LIMIT: BoardError = {
  kind: 'rate-limit',
  message: 'Salesforce says the org has used up its daily API requests.',
  advice: 'Try again after the 24-hour window rolls over.',
};

describe('the error banner', () => {
  it('says what failed and what to do, keeps the rows loaded before, and offers to try again', () => {
    const props = boardProps({ rows: ROWS, progress: progress({ loaded: 5, total: 3400, pages: 1, state: 'failed', error: RATE_LIMIT }) });
    const { container } = render(<BoardApp {...props} />);
    const banner = must(container.querySelector('[role="alert"]'), 'alert');
    expect(banner.getAttribute('data-error-kind')).toBe('rate-limit');
    expect(banner.textContent).toContain('Too many requests');
    expect(banner.textContent).toContain(RATE_LIMIT.message);
    expect(banner.textContent).toContain(`What you can do: ${RATE_LIMIT.advice}`);
    expect(banner.textContent).toContain('The board shows the 5 records loaded before the error.');
    expect(container.querySelectorAll('.fg-records [data-record-id]')).toHaveLength(5);
    click(byText(banner, 'button', 'Try again'));
    expect(props.onRun).toHaveBeenCalledTimes(1);
  });

  it('renders the app’s words as text when nothing was loaded', () => {
    const error: BoardError = { kind: 'permission', message: 'ServiceNow refused <b>incident</b> (HTTP 403).', advice: 'Ask for the itil role.' };
    const { container } = render(
      <BoardApp {...boardProps({ rows: [], summary: EMPTY_SUMMARY, progress: progress({ loaded: 0, total: null, pages: 0, state: 'failed', error }) })} />,
    );
    const banner = must(container.querySelector('[role="alert"]'), 'alert');
    expect(banner.querySelector('b')).toBeNull();
    expect(banner.textContent).toContain('refused <b>incident</b>');
    expect(banner.textContent).not.toContain('loaded before the error');
  });
});
