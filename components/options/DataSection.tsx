import { useId, useState, type FormEvent } from 'react';
import type { ExportFormat } from '../../lib/options/downloads';
import { useAction } from './use-action';

export interface DataSectionProps {
  readonly displayName: string;
  readonly historyDays: number;
  readonly maxHistoryDays: number;
  readonly storageOk: boolean;
  readonly onSaveName: (name: string) => Promise<void>;
  readonly onSaveHistoryDays: (days: number) => Promise<number>;
  readonly onExportHistory: (format: ExportFormat) => Promise<number>;
  readonly onClearEverything: () => Promise<void>;
}

export function DataSection(props: DataSectionProps) {
  return (
    <section id="data" className="fg-section" aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      <p className="fg-lead">Everything FieldGuard keeps stays in this browser profile. Record data never leaves it.</p>
      <NameForm displayName={props.displayName} onSave={props.onSaveName} />
      <HistoryPanel {...props} />
      <ClearPanel storageOk={props.storageOk} onClear={props.onClearEverything} />
    </section>
  );
}

function NameForm({ displayName, onSave }: { readonly displayName: string; readonly onSave: (name: string) => Promise<void> }) {
  const id = useId();
  const [draft, setDraft] = useState(displayName);
  // A stored name changed elsewhere (saved, or cleared with everything else) replaces the draft.
  const [stored, setStored] = useState(displayName);
  if (stored !== displayName) {
    setStored(displayName);
    setDraft(displayName);
  }
  const [saved, setSaved] = useState(false);
  const [state, run] = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved((await run(async () => (await onSave(draft), true))) === true);
  };
  return (
    <form className="fg-panel" onSubmit={submit}>
      <h3>Your name on acknowledgements</h3>
      <label htmlFor={`${id}-name`}>Name</label>
      <div className="fg-form-row">
        <input
          id={`${id}-name`}
          type="text"
          maxLength={100}
          autoComplete="name"
          placeholder="this browser"
          value={draft}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setSaved(false);
          }}
        />
        <button type="submit" className="fg-button" disabled={state.busy || draft.trim() === displayName}>
          Save name
        </button>
      </div>
      <p id={`${id}-hint`} className="fg-hint">
        Shown to admins next to each warning you acknowledge. Left empty, acknowledgements say "this browser".
      </p>
      <div aria-live="polite">
        {saved && <p className="fg-ok-text">Saved.</p>}
        {state.error !== null && <p className="fg-error-text">{state.error}</p>}
      </div>
    </form>
  );
}

function HistoryPanel({ historyDays, maxHistoryDays, storageOk, onSaveHistoryDays, onExportHistory }: DataSectionProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(historyDays));
  const [stored, setStored] = useState(historyDays);
  if (stored !== historyDays) {
    setStored(historyDays);
    setDraft(String(historyDays));
  }
  const [note, setNote] = useState<string | null>(null);
  const [state, run] = useAction();
  const days = Number(draft);
  const valid = Number.isInteger(days) && days >= 1 && days <= maxHistoryDays;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!valid) return;
    const removed = await run(() => onSaveHistoryDays(days));
    if (removed !== undefined) setNote(`Keeping ${days} days. ${removed === 0 ? 'Nothing older was stored.' : `Removed ${removed} older ${removed === 1 ? 'entry' : 'entries'}.`}`);
  };
  const exportAs = async (format: ExportFormat) => {
    const count = await run(() => onExportHistory(format));
    if (count !== undefined) setNote(`Exported ${count} history ${count === 1 ? 'entry' : 'entries'} as ${format.toUpperCase()}.`);
  };

  return (
    <form className="fg-panel" onSubmit={submit}>
      <h3>Hygiene history</h3>
      <p className="fg-hint">One entry per record and day: its score and counts, for the board's trends.</p>
      <label htmlFor={`${id}-days`}>Keep history for (days)</label>
      <div className="fg-form-row">
        <input
          id={`${id}-days`}
          type="number"
          min={1}
          max={maxHistoryDays}
          step={1}
          className="fg-input-short"
          value={draft}
          disabled={!storageOk}
          aria-invalid={!valid}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setNote(null);
          }}
        />
        <button type="submit" className="fg-button" disabled={!storageOk || !valid || state.busy || days === historyDays}>
          Save and prune
        </button>
        <span className="fg-spacer" />
        <button type="button" className="fg-button" disabled={!storageOk || state.busy} onClick={() => void exportAs('json')}>
          Export history (JSON)
        </button>
        <button type="button" className="fg-button" disabled={!storageOk || state.busy} onClick={() => void exportAs('csv')}>
          Export history (CSV)
        </button>
      </div>
      <div aria-live="polite">
        {!valid && <p className="fg-error-text">Enter a whole number of days from 1 to {maxHistoryDays}.</p>}
        {note !== null && <p className="fg-ok-text">{note}</p>}
        {state.error !== null && <p className="fg-error-text">{state.error}</p>}
      </div>
    </form>
  );
}

function ClearPanel({ storageOk, onClear }: { readonly storageOk: boolean; readonly onClear: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [state, run] = useAction();
  const clear = async () => {
    const cleared = await run(async () => (await onClear(), true));
    if (cleared) {
      setConfirming(false);
      setDone(true);
    }
  };
  return (
    <div className="fg-panel fg-danger-zone">
      <h3>Clear everything</h3>
      <p className="fg-hint">
        Deletes imported and remote packs, remote URLs, custom domains, history, acknowledgements and preferences. Built-in packs come back
        on. Your organisation's policy stays.
      </p>
      {confirming ? (
        <div className="fg-confirm" role="alertdialog" aria-labelledby="clear-confirm-text">
          <p id="clear-confirm-text">
            <strong>Delete all FieldGuard data in this browser?</strong> This cannot be undone; export what you need first.
          </p>
          <div className="fg-form-row">
            <button type="button" className="fg-button fg-button-danger-solid" disabled={state.busy} onClick={() => void clear()}>
              Yes, clear everything
            </button>
            <button type="button" className="fg-button" autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="fg-button fg-button-danger" disabled={!storageOk} onClick={() => { setDone(false); setConfirming(true); }}>
          Clear everything…
        </button>
      )}
      <div aria-live="polite">
        {done && <p className="fg-ok-text">All FieldGuard data in this browser was deleted.</p>}
        {state.error !== null && <p className="fg-error-text">{state.error}</p>}
      </div>
    </div>
  );
}
