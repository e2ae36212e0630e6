import type { ReactNode } from 'react';
import type { PopupActions, PopupState } from '../../lib/popup/popup-state';
import type { PopupScreen } from '../../lib/popup/popup-model';
import type { StorageStatus } from '../../lib/store/types';
import { APP_LABELS } from '../app-labels';
import { Diagnostics } from './Diagnostics';
import { FindingGroups } from './FindingGroups';
import { GearIcon, SeverityIcon, ShieldLogo } from './icons';
import { RuleSets } from './RuleSets';
import { ScoreRing } from './ScoreRing';
import { StageGate } from './StageGate';

export interface PopupAppProps {
  readonly state: PopupState;
  readonly actions: PopupActions;
}

const SUPPORTED = Object.values(APP_LABELS).join(', ');

/** The toolbar popup: the current tab's record (score, findings, next stage, rule sets) or what the tab is instead. */
export function PopupApp({ state, actions }: PopupAppProps) {
  return (
    <div className="fg-popup">
      <header className="fg-header">
        <ShieldLogo />
        <h1>FieldGuard</h1>
        <button type="button" className="fg-icon-button" onClick={actions.openOptions}>
          <GearIcon />
          <span>Options</span>
        </button>
      </header>
      {state.status === 'ready' && <StorageNotice storage={state.storage} />}
      <main className="fg-main" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <Waiting text="Reading this tab…" />}
        {state.status === 'error' && (
          <StatePanel tone="error" title="Something went wrong" testId="error">
            <p>{state.message}</p>
            <button type="button" className="fg-button" onClick={actions.retry}>
              Try again
            </button>
          </StatePanel>
        )}
        {state.status === 'ready' && <Screen screen={state.screen} pendingPack={state.pendingPack} actions={actions} />}
      </main>
      <p className="fg-notice" role="status">
        {state.status === 'ready' ? state.notice : null}
      </p>
    </div>
  );
}

function StorageNotice({ storage }: { readonly storage: StorageStatus }) {
  if (storage.ok) return null;
  return (
    <div className="fg-banner fg-banner-warning" role="note" data-testid="storage-unavailable">
      <SeverityIcon severity="warning" />
      <p>
        <strong>Storage unavailable, built-in packs only.</strong> Imported and remote rule sets are kept but not in use ({storage.reason}).
      </p>
    </div>
  );
}

interface ScreenProps {
  readonly screen: PopupScreen;
  readonly pendingPack: string | null;
  readonly actions: PopupActions;
}

function Screen({ screen, pendingPack, actions }: ScreenProps) {
  switch (screen.kind) {
    case 'unsupported':
      return (
        <StatePanel tone="muted" title="Nothing to check on this page" testId="unsupported">
          <p>FieldGuard checks records in {SUPPORTED}. Open a record there and its hygiene shows here.</p>
        </StatePanel>
      );
    case 'loading':
      return <Waiting text={`Checking this ${APP_LABELS[screen.app]} record…`} hint="If this stays, reload the tab." />;
    case 'list':
      return (
        <StatePanel tone="info" title={[APP_LABELS[screen.app], screen.object, 'list'].filter((part) => part !== null).join(' ')} testId="list">
          <p>See the forecast hygiene of every record in this list at once: scores, findings by owner, and what to fix first.</p>
          <button type="button" className="fg-button fg-button-primary" onClick={actions.openBoard}>
            Open forecast-hygiene board
          </button>
        </StatePanel>
      );
    case 'record':
      return <RecordScreen screen={screen} pendingPack={pendingPack} actions={actions} />;
  }
}

function RecordScreen({ screen, pendingPack, actions }: { readonly screen: Extract<PopupScreen, { kind: 'record' }> } & Omit<ScreenProps, 'screen'>) {
  const { report } = screen;
  const noRules = report.packs.length === 0;
  return (
    <>
      <p className="fg-record" title={report.url}>
        <span className="fg-record-app">
          {APP_LABELS[report.app]} · {report.object ?? 'record'} {report.recordId}
        </span>
        <span className="fg-record-title">{report.title || report.recordId}</span>
      </p>
      {report.source === 'dom' && (
        <div className="fg-banner fg-banner-info" role="note" data-testid="source-dom">
          <SeverityIcon severity="info" />
          <p>
            <strong>Values read from the page.</strong> The API was unavailable: {report.sourceReason ?? 'no reason given'}. Fields the page does not show
            are not checked.
          </p>
        </div>
      )}
      {noRules ? (
        <StatePanel tone="muted" title="No rules active" testId="no-rules">
          <p>Every rule set for this kind of record is switched off. Switch one on below to check this record.</p>
        </StatePanel>
      ) : (
        <>
          <ScoreRing score={report.score} errors={report.errors} warnings={report.warnings} info={report.info} />
          <FindingGroups findings={report.findings} onSelect={actions.focusFinding} />
          {report.stage && <StageGate stage={report.stage} />}
        </>
      )}
      <RuleSets packs={screen.packs} pending={pendingPack} onToggle={actions.togglePack} />
      <Diagnostics report={report} frameId={screen.frameId} />
    </>
  );
}

interface StatePanelProps {
  readonly tone: 'error' | 'info' | 'muted';
  readonly title: string;
  readonly testId: string;
  readonly children: ReactNode;
}

function StatePanel({ tone, title, testId, children }: StatePanelProps) {
  return (
    <section className={`fg-state fg-state-${tone}`} data-testid={testId}>
      <SeverityIcon severity={tone} />
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Waiting({ text, hint }: { readonly text: string; readonly hint?: string }) {
  return (
    <section className="fg-state fg-state-loading" data-testid="loading">
      <span className="fg-spinner" aria-hidden="true" />
      <h2>{text}</h2>
      {hint && <p>{hint}</p>}
    </section>
  );
}
