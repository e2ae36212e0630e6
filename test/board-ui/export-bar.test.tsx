// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ExportBar } from '../../components/board/ExportBar';
import { byText, click, must, render } from './render';

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('the export buttons', () => {
  it('exports the CSV and confirms the copied summary', async () => {
    const onExportCsv = vi.fn();
    const { container } = render(<ExportBar disabled={false} onExportCsv={onExportCsv} onCopySummary={() => Promise.resolve()} />);
    click(byText(container, 'button', 'Export CSV'));
    expect(onExportCsv).toHaveBeenCalledTimes(1);
    click(byText(container, 'button', 'Copy summary for the call'));
    await settle();
    expect(must(container.querySelector('[role="status"]'), 'status').textContent).toBe('✓ Summary copied');
  });

  it('says why the summary could not be copied', async () => {
    const { container } = render(<ExportBar disabled={false} onExportCsv={vi.fn()} onCopySummary={() => Promise.reject(new Error('the page lost focus'))} />);
    click(byText(container, 'button', 'Copy summary for the call'));
    await settle();
    expect(must(container.querySelector('[role="status"]'), 'status').textContent).toBe('Could not copy: the page lost focus');
  });
});
