/**
 * Connects the options page to its backend: loads through `useOptions` and renders the page, or a loading or
 * failure screen. `entrypoints/options/main.tsx` mounts it with the store backend; tests with a fake one.
 */
import { useState } from 'react';
import { OptionsApp } from '../../components/options/OptionsApp';
import { MAX_HISTORY_DAYS } from '../store/prefs';
import type { OptionsBackend } from './options-backend';
import { useOptions, type OptionsEnvironment } from './use-options';

export interface OptionsRootProps {
  readonly backend: OptionsBackend;
  readonly environment?: OptionsEnvironment;
}

export function OptionsRoot({ backend, environment }: OptionsRootProps) {
  const view = useOptions(backend, environment);
  const [openedAt] = useState(() => environment?.now() ?? Date.now());
  if (view.status === 'loading') {
    return (
      <p className="fg-loading" role="status">
        Loading settings…
      </p>
    );
  }
  if (view.status === 'error') {
    return (
      <div className="fg-banner fg-banner-error fg-fatal" role="alert">
        <span className="fg-banner-icon" aria-hidden="true">
          !
        </span>
        <div>
          <strong>The settings could not be loaded.</strong> {view.error}. Reload the page to try again.
        </div>
      </div>
    );
  }
  return <OptionsApp snapshot={view.snapshot} actions={view.actions} maxHistoryDays={MAX_HISTORY_DAYS} now={openedAt} />;
}
