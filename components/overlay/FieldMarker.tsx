import { useId, useRef, type KeyboardEvent } from 'react';
import { FindingItem } from './FindingItem';
import { useFloating } from './floating';
import { plural, SEVERITY_LABEL } from './labels';
import { SeverityIcon } from './SeverityIcon';
import type { AcknowledgeHandler, MarkerView } from './types';

export interface FieldMarkerProps {
  readonly marker: MarkerView;
  readonly expanded: boolean;
  readonly onToggle: (expanded: boolean) => void;
  readonly onAcknowledge: AcknowledgeHandler;
}

/**
 * The compact hint next to a field: a button whose description lists the findings, expanding to their titles,
 * messages and severities. Escape closes it and returns focus to the button.
 */
export function FieldMarker({ marker, expanded, onToggle, onAcknowledge }: FieldMarkerProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const count = marker.findings.length;
  useFloating(expanded, button, popover);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !expanded) return;
    event.stopPropagation();
    onToggle(false);
    button.current?.focus();
  };

  return (
    <span className={`fg-marker fg-marker-${marker.severity}`} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="fg-marker-button"
        aria-label={`FieldGuard: ${plural(count, 'finding', 'findings')} on ${marker.label}`}
        aria-describedby={`${id}-summary`}
        aria-expanded={expanded}
        aria-controls={`${id}-details`}
        onClick={() => onToggle(!expanded)}
      >
        <SeverityIcon severity={marker.severity} />
        {count > 1 && <span className="fg-marker-count">{count}</span>}
      </button>
      <span id={`${id}-summary`} className="fg-sr-only">
        {marker.findings.map((finding) => `${SEVERITY_LABEL[finding.acknowledged ? 'acknowledged' : finding.severity]}: ${finding.title}.`).join(' ')}
      </span>
      <div ref={popover} id={`${id}-details`} className="fg-popover" popover="manual" role="group" aria-label={`FieldGuard findings for ${marker.label}`} hidden={!expanded}>
        {expanded && (
          <ul className="fg-findings">
            {marker.findings.map((finding) => (
              <FindingItem key={finding.key} finding={finding} onAcknowledge={onAcknowledge} />
            ))}
          </ul>
        )}
      </div>
    </span>
  );
}
