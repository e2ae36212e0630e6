import { useEffect, useState } from 'react';

export interface ExportBarProps {
  readonly disabled: boolean;
  readonly onExportCsv: () => void;
  /** Resolves when the summary is on the clipboard; rejects with why it is not. */
  readonly onCopySummary: () => Promise<void>;
}

type CopyState = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'failed'; readonly reason: string };

/** CSV export and the plain-text summary for the call, with a confirmation that fades after a few seconds. */
export function ExportBar({ disabled, onExportCsv, onCopySummary }: ExportBarProps) {
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  useEffect(() => {
    if (copy.kind !== 'copied') return;
    const timer = setTimeout(() => setCopy({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [copy]);
  const copySummary = () => {
    onCopySummary().then(
      () => setCopy({ kind: 'copied' }),
      (error: unknown) => setCopy({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div className="fg-export">
      <button type="button" className="fg-button fg-button-secondary" disabled={disabled} onClick={onExportCsv}>
        Export CSV
      </button>
      <button type="button" className="fg-button fg-button-secondary" disabled={disabled} onClick={copySummary}>
        Copy summary for the call
      </button>
      <span className={`fg-export-status${copy.kind === 'failed' ? ' fg-export-failed' : ''}`} role="status">
        {copy.kind === 'copied' && '✓ Summary copied'}
        {copy.kind === 'failed' && `Could not copy: ${copy.reason}`}
      </span>
    </div>
  );
}
