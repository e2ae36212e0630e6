import { vi } from 'vitest';
import type { BoardAppProps } from '../../components/board/BoardApp';
import { LIST_VIEW_QUERY, progress, ROWS, SUMMARY } from './fixtures';

/** A finished Salesforce board with the hand-made rows; callbacks are spies. */
export function boardProps(overrides: Partial<BoardAppProps> = {}): BoardAppProps {
  return {
    query: LIST_VIEW_QUERY,
    original: LIST_VIEW_QUERY,
    tabs: null,
    sourceProblem: null,
    rows: ROWS,
    summary: SUMMARY,
    progress: progress(),
    trend: [],
    currency: 'USD',
    onQueryChange: vi.fn(),
    onRun: vi.fn(),
    onCancel: vi.fn(),
    onPickTab: vi.fn(),
    onExportCsv: vi.fn(),
    onCopySummary: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}
