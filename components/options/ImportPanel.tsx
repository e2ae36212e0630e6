import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ImportIssue, ImportResult } from '../../lib/store/types';
import { useAction } from './use-action';

export interface ImportPanelProps {
  /** Why importing is not possible here (policy, storage), or null. */
  readonly blockedReason: string | null;
  readonly onImport: (text: string) => Promise<ImportResult>;
}

type Outcome = { readonly source: string; readonly result: ImportResult };

/** Import from a .json file or pasted text; a refused pack lists every issue with its JSON path. */
export function ImportPanel({ blockedReason, onImport }: ImportPanelProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pasted, setPasted] = useState('');
  const [state, run] = useAction();

  const importText = async (text: string, source: string) => {
    const result = await run(() => onImport(text));
    if (result) setOutcome({ source, result });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    await importText(await file.text(), file.name);
    // The same file can be picked again after it is fixed.
    input.value = '';
  };

  const onPaste = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await importText(pasted, 'the pasted text');
  };

  if (blockedReason !== null) {
    return (
      <div className="fg-panel fg-import" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>Import a rule pack</h3>
        <p className="fg-note" role="note">
          <span aria-hidden="true">🔒 </span>
          {blockedReason}
        </p>
      </div>
    );
  }

  return (
    <div className="fg-panel fg-import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Import a rule pack</h3>
      <p className="fg-hint">
        A pack file follows the rule-pack format in the README (its JSON Schema ships as <code>rule-pack.schema.json</code>). An
        invalid pack is refused with every problem listed, and nothing changes.
      </p>
      <div className="fg-import-row">
        <label className="fg-file">
          <span className="fg-button fg-button-primary">Import from file…</span>
          <input type="file" accept=".json,application/json" aria-label="Import from file" onChange={onFile} disabled={state.busy} />
        </label>
        <details className="fg-paste">
          <summary>Or paste JSON</summary>
          <form onSubmit={onPaste}>
            <label htmlFor={`${id}-paste`}>Rule pack JSON</label>
            <textarea id={`${id}-paste`} rows={8} value={pasted} onChange={(event) => setPasted(event.currentTarget.value)} spellCheck={false} />
            <button type="submit" className="fg-button" disabled={state.busy || pasted.trim() === ''}>
              Import pasted pack
            </button>
          </form>
        </details>
      </div>
      <div aria-live="polite">
        {state.error !== null && <p className="fg-error-text">Import failed: {state.error}</p>}
        {outcome && <ImportOutcome outcome={outcome} />}
      </div>
    </div>
  );
}

function ImportOutcome({ outcome: { source, result } }: { readonly outcome: Outcome }) {
  if (result.ok) {
    return (
      <p className="fg-result fg-result-ok" role="status">
        <span aria-hidden="true">✓ </span>
        Imported {result.entry.pack.name} {result.entry.pack.version} ({result.entry.pack.rules.length} rules) from {source}. It is{' '}
        {result.entry.enabled ? 'on' : 'off'}.
      </p>
    );
  }
  return (
    <div className="fg-result fg-result-error" role="alert" data-testid="import-errors">
      <p>
        <span aria-hidden="true">✖ </span>
        <strong>
          Not imported from {source}: {result.issues.length} {result.issues.length === 1 ? 'problem' : 'problems'}.
        </strong>{' '}
        Nothing was changed.
      </p>
      <ul className="fg-issues">
        {result.issues.map((issue, index) => (
          <li key={index}>
            <IssueLine issue={issue} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function IssueLine({ issue }: { readonly issue: ImportIssue }) {
  return (
    <>
      {issue.path === '' ? <span className="fg-path fg-path-root">whole file</span> : <code className="fg-path">{issue.path}</code>}: {issue.message}
    </>
  );
}
