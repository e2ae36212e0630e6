import type { BoardProgress } from '../../lib/board/types';
import { formatCount, plural } from './format';

export interface ProgressPanelProps {
  readonly progress: BoardProgress;
  readonly onCancel: () => void;
}

/** "1,200 of 3,400 records, page 7" in words, as a bar while loading, and how the run ended. */
export function progressText(progress: BoardProgress): string {
  const loaded = formatCount(progress.loaded);
  const of = progress.total === null ? `${loaded} ${progress.loaded === 1 ? 'record' : 'records'}` : `${loaded} of ${plural(progress.total, 'record', 'records')}`;
  switch (progress.state) {
    case 'loading':
      return progress.pages === 0 ? 'Loading the first page…' : `${of}, page ${formatCount(progress.pages)}`;
    case 'done':
      return `Loaded ${plural(progress.loaded, 'record', 'records')} in ${plural(progress.pages, 'page', 'pages')}.`;
    case 'cancelled':
      return `Cancelled after ${of}; the board shows those.`;
    case 'failed':
      return `Stopped after ${of}.`;
  }
}

export function ProgressPanel({ progress, onCancel }: ProgressPanelProps) {
  const loading = progress.state === 'loading';
  const max = progress.total !== null && progress.total > 0 ? progress.total : undefined;
  return (
    <div className={`fg-progress fg-progress-${progress.state}`} data-state={progress.state}>
      <div className="fg-progress-row">
        <p className="fg-progress-text" role="status" aria-live="polite">
          {progressText(progress)}
        </p>
        {loading && (
          <button type="button" className="fg-button fg-button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {loading && (
        <progress
          className="fg-progress-bar"
          aria-label="Records loaded"
          value={max === undefined ? undefined : Math.min(progress.loaded, max)}
          max={max}
        />
      )}
    </div>
  );
}
