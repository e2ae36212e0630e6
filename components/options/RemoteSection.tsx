import { useId, useState, type FormEvent } from 'react';
import type { SyncState } from '../../lib/store/types';
import { formatTime } from './format';
import { useAction } from './use-action';
import { RemoveButton } from './RemoveButton';

export interface RemoteSectionProps {
  readonly states: readonly SyncState[];
  /** URLs the organisation's policy sets: shown locked, they cannot be removed here. */
  readonly policyUrls: readonly string[];
  readonly storageOk: boolean;
  readonly onAdd: (url: string) => Promise<void>;
  readonly onRemove: (url: string) => Promise<void>;
  readonly onSync: (url: string) => Promise<void>;
}

/** Why a typed URL cannot be a rule-pack URL, or null when it can. */
export function remoteUrlProblem(text: string, existing: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'Enter a full URL, such as https://rules.example.com/fieldguard/packs.json.';
  }
  if (url.protocol === 'http:') return 'Only https URLs are allowed: a pack fetched over plain http could be altered on the way.';
  if (url.protocol !== 'https:') return `Only https URLs are allowed, not ${url.protocol.replace(':', '')}.`;
  if (existing.includes(url.href)) return 'This URL is already in the list.';
  return null;
}

export function RemoteSection({ states, policyUrls, storageOk, onAdd, onRemove, onSync }: RemoteSectionProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [syncing, setSyncing] = useState<string | null>(null);
  const [state, run] = useAction();

  const sync = async (url: string) => {
    setSyncing(url);
    await run(() => onSync(url));
    setSyncing(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = remoteUrlProblem(draft, states.map((s) => s.url));
    setProblem(found);
    if (found !== null) return;
    const added = await run(async () => {
      await onAdd(new URL(draft.trim()).href);
      return true;
    });
    if (added) setDraft('');
  };

  return (
    <section id="remote" className="fg-section" aria-labelledby="remote-title">
      <h2 id="remote-title">Remote rule packs</h2>
      <p className="fg-lead">
        FieldGuard fetches each URL on a schedule and when you press Sync now, with its ETag so an unchanged file is not downloaded again.
        A URL may serve one pack, an array of packs or <code>{'{ "packs": [...] }'}</code>. Through network errors, server errors and invalid
        packs, the last good copy stays in force.
      </p>
      <form className="fg-inline-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-url`}>Pack URL (https)</label>
        <div className="fg-form-row">
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://rules.example.com/fieldguard/packs.json"
            value={draft}
            disabled={!storageOk}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? `${id}-problem` : undefined}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="fg-button fg-button-primary" disabled={!storageOk || state.busy || draft.trim() === ''}>
            Add URL
          </button>
        </div>
        {problem !== null && (
          <p id={`${id}-problem`} className="fg-error-text" role="alert">
            {problem}
          </p>
        )}
        {state.error !== null && (
          <p className="fg-error-text" role="alert">
            {state.error}
          </p>
        )}
      </form>
      {states.length === 0 ? (
        <p className="fg-empty">No remote URLs yet.</p>
      ) : (
        <div className="fg-table-wrap">
          <table className="fg-table">
            <caption>Remote rule-pack URLs</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Packs</th>
                <th scope="col">Last successful sync</th>
                <th scope="col">Last error</th>
                <th scope="col">ETag</th>
                <th scope="col">
                  <span className="fg-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {states.map((remote) => {
                const locked = policyUrls.includes(remote.url);
                return (
                  <tr key={remote.url} data-url={remote.url}>
                    <th scope="row">
                      <span className="fg-url-full">{remote.url}</span>
                      {locked && (
                        <span className="fg-lock">
                          <span aria-hidden="true">🔒</span> Set by your organisation
                        </span>
                      )}
                    </th>
                    <td>{remote.packIds.length === 0 ? <span className="fg-muted">None yet</span> : remote.packIds.map((packId) => <code key={packId} className="fg-id">{packId}</code>)}</td>
                    <td>{formatTime(remote.lastSuccessAt)}</td>
                    <td>
                      {remote.lastError === null ? (
                        <span className="fg-status-ok">
                          <span aria-hidden="true">✓ </span>None
                        </span>
                      ) : (
                        <span className="fg-status-error">
                          <span aria-hidden="true">✖ </span>
                          {remote.lastError}
                          {remote.lastAttemptAt !== null && <span className="fg-muted"> ({formatTime(remote.lastAttemptAt)})</span>}
                        </span>
                      )}
                    </td>
                    <td>{remote.etag === null ? <span className="fg-muted">None</span> : <code className="fg-etag">{remote.etag}</code>}</td>
                    <td className="fg-actions">
                      <div className="fg-action-buttons">
                        <button type="button" className="fg-button fg-button-small" disabled={state.busy} onClick={() => void sync(remote.url)}>
                          {syncing === remote.url ? 'Syncing…' : 'Sync now'}
                        </button>
                        {!locked && (
                          <RemoveButton what={remote.url} disabled={state.busy} onRemove={() => void run(() => onRemove(remote.url))} />
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
