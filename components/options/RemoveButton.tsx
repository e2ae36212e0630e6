export interface RemoveButtonProps {
  /** What is removed, for the accessible name ("Remove https://…"). */
  readonly what: string;
  readonly disabled?: boolean;
  readonly onRemove: () => void;
}

/** The one look and label every "Remove" in the options tables has. */
export function RemoveButton({ what, disabled = false, onRemove }: RemoveButtonProps) {
  return (
    <button type="button" className="fg-button fg-button-small fg-button-danger" disabled={disabled} aria-label={`Remove ${what}`} onClick={onRemove}>
      Remove
    </button>
  );
}
