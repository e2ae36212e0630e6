import type { BoardError } from '../../lib/board/types';
import { plural } from './format';

const HEADINGS: Record<BoardError['kind'], string> = {
  permission: 'The app refused access',
  'api-disabled': 'API access is off',
  'rate-limit': 'Too many requests',
  'not-signed-in': 'Not signed in',
  network: 'Could not reach the app',
  'invalid-response': 'Unexpected answer from the app',
};

export interface ErrorBannerProps {
  readonly error: BoardError;
  /** Records loaded before the failure; they stay on the board. */
  readonly kept: number;
  readonly onRetry: () => void;
}

/** What went wrong, what the user can do, and that nothing loaded so far was lost. */
export function ErrorBanner({ error, kept, onRetry }: ErrorBannerProps) {
  return (
    <div className="fg-banner fg-banner-error" role="alert" data-error-kind={error.kind}>
      <span className="fg-banner-icon" aria-hidden="true">
        !
      </span>
      <div className="fg-banner-body">
        <p className="fg-banner-title">{HEADINGS[error.kind]}</p>
        <p>{error.message}</p>
        <p className="fg-banner-advice">
          <strong>What you can do: </strong>
          {error.advice}
        </p>
        {kept > 0 && <p className="fg-muted">The board shows the {plural(kept, 'record', 'records')} loaded before the error.</p>}
      </div>
      <button type="button" className="fg-button fg-button-secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
