import { useAction } from './use-action';

export interface HubSpotSectionProps {
  readonly internalApi: boolean;
  readonly onChange: (on: boolean) => Promise<void>;
}

/** Whether HubSpot records are also read through HubSpot's internal API, which HubSpot does not support for others. */
export function HubSpotSection({ internalApi, onChange }: HubSpotSectionProps) {
  const [state, run] = useAction();
  return (
    <section id="hubspot" className="fg-section" aria-labelledby="hubspot-title">
      <h2 id="hubspot-title">HubSpot records</h2>
      <p className="fg-lead">
        HubSpot has no supported API for a signed-in browser, so FieldGuard reads the values shown on the record page: fields the page does not show
        are listed as not shown, never as empty. Turned on, FieldGuard also reads the whole record through the internal API HubSpot's own page uses,
        with your session; HubSpot may change it without notice, and FieldGuard then falls back to the page. Applies to HubSpot pages opened after the
        change.
      </p>
      <label className="fg-switch">
        <input
          type="checkbox"
          role="switch"
          checked={internalApi}
          disabled={state.busy}
          aria-label="Read HubSpot records through HubSpot's internal API"
          onChange={(event) => void run(() => onChange(event.currentTarget.checked))}
        />
        <span className="fg-switch-track" aria-hidden="true" />
        <span className="fg-switch-text">{internalApi ? 'On: page and internal API' : 'Off: the page only'}</span>
      </label>
      {state.error !== null && <p className="fg-error-text">{state.error}</p>}
    </section>
  );
}
