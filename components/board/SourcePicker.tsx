import type { SourceTab } from '../../lib/board-page/source-tab';
import { APP_LABELS } from '../app-labels';

export interface SourcePickerProps {
  /** Open tabs of supported apps; null while they are being listed. */
  readonly tabs: readonly SourceTab[] | null;
  readonly onPick: (tab: SourceTab) => void;
}

/** The board opened without a source: how to open it from a list, or which open app tab to load through. */
export function SourcePicker({ tabs, onPick }: SourcePickerProps) {
  return (
    <section className="fg-state fg-no-source" aria-labelledby="fg-no-source-title">
      <h2 id="fg-no-source-title">Choose what to check</h2>
      <p>
        The board loads records through an app tab you are signed in to, and checks them here in your browser; nothing
        leaves it.
      </p>
      <ol className="fg-steps">
        <li>Open a list view, pipeline board, queue or view in Salesforce, HubSpot, ServiceNow, Jira Service Management or Zendesk.</li>
        <li>Click the FieldGuard button in the toolbar, then <strong>Open forecast board</strong>.</li>
      </ol>
      <h3>Or use an open tab</h3>
      {tabs === null ? (
        <p className="fg-muted" role="status">
          Looking for open app tabs…
        </p>
      ) : tabs.length === 0 ? (
        <p className="fg-muted">No tab of a supported app is open in this window. Open one and sign in, then come back here.</p>
      ) : (
        <ul className="fg-tab-list">
          {tabs.map((tab) => (
            <li key={tab.tabId}>
              <button type="button" className="fg-tab-choice" onClick={() => onPick(tab)}>
                <span className="fg-app-badge">{APP_LABELS[tab.query.app]}</span>
                <span className="fg-tab-title">{tab.title || new URL(tab.url).host}</span>
                <span className="fg-tab-meta">
                  {new URL(tab.url).host} · {tab.query.label}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
