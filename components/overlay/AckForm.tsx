import { useState, type FormEvent } from 'react';
import { ACK_DURATIONS } from './durations';
import type { AcknowledgeHandler, FindingView } from './types';

export interface AckFormProps {
  readonly finding: FindingView;
  readonly onAcknowledge: AcknowledgeHandler;
}

/** Acknowledging a warning on this record: for how long and why, both required. */
export function AckForm({ finding, onAcknowledge }: AckFormProps) {
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState<number>(7);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" className="fg-button fg-button-secondary" onClick={() => setOpen(true)}>
        Acknowledge…
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text || busy) return;
    setBusy(true);
    setError(null);
    onAcknowledge(finding, days, text).then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  return (
    <form className="fg-ack-form" onSubmit={submit} aria-label={`Acknowledge "${finding.title}"`}>
      <label className="fg-field">
        <span>For</span>
        <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
          {ACK_DURATIONS.map((duration) => (
            <option key={duration.days} value={duration.days}>
              {duration.label}
            </option>
          ))}
        </select>
      </label>
      <label className="fg-field">
        <span>Reason</span>
        <input type="text" required maxLength={300} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      {error && (
        <p className="fg-error-text" role="alert">
          Could not save: {error}
        </p>
      )}
      <div className="fg-actions">
        <button type="submit" className="fg-button" disabled={busy || reason.trim() === ''}>
          Acknowledge
        </button>
        <button type="button" className="fg-button fg-button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
