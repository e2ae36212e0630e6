import { Fragment, useState } from 'react';
import type { ImportResult, PackEntry } from '../../lib/store/types';
import { APP_LABELS } from '../app-labels';
import { ImportPanel } from './ImportPanel';
import { packUpdated, SOURCE_LABELS } from './format';
import { RulesTable } from './RulesTable';
import { useAction } from './use-action';
import { RemoveButton } from './RemoveButton';

export interface PacksSectionProps {
  readonly packs: readonly PackEntry[];
  readonly importBlockedReason: string | null;
  readonly onToggle: (id: string, enabled: boolean) => Promise<void>;
  readonly onImport: (text: string) => Promise<ImportResult>;
  readonly onRemove: (id: string) => Promise<void>;
  readonly onExport: (entry: PackEntry) => void;
}

export function PacksSection({ packs, importBlockedReason, onToggle, onImport, onRemove, onExport }: PacksSectionProps) {
  const [open, setOpen] = useState<string | null>(null);
  const [state, run] = useAction();
  const enabled = packs.filter((entry) => entry.enabled).length;

  return (
    <section id="packs" className="fg-section" aria-labelledby="packs-title">
      <h2 id="packs-title">Rule packs</h2>
      <p className="fg-lead">
        {packs.length} packs, {enabled} on. Built-in packs ship with FieldGuard; imported packs come from a file; remote packs from a URL
        your team maintains. Switching a pack takes effect in open tabs at once.
      </p>
      {state.error !== null && (
        <p className="fg-error-text" role="alert">
          {state.error}
        </p>
      )}
      <div className="fg-table-wrap">
        <table className="fg-table fg-packs-table">
          <caption>Rule packs by app</caption>
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">Version</th>
              <th scope="col">Source</th>
              <th scope="col">Rules</th>
              <th scope="col">Last update</th>
              <th scope="col">On</th>
              <th scope="col">
                <span className="fg-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {packs.map((entry) => {
              const { pack } = entry;
              const expanded = open === pack.id;
              return (
                <Fragment key={pack.id}>
                  <tr data-pack={pack.id} className={entry.enabled ? undefined : 'fg-row-off'}>
                    <th scope="row">
                      <span className="fg-pack-name">{pack.name}</span>
                      <span className="fg-pack-target">
                        {APP_LABELS[pack.app]} · {pack.object}
                      </span>
                      <code className="fg-id">{pack.id}</code>
                    </th>
                    <td>{pack.version}</td>
                    <td>
                      <span className={`fg-tag fg-tag-${entry.source}`}>{SOURCE_LABELS[entry.source]}</span>
                      {entry.url !== null && <span className="fg-url">{new URL(entry.url).host}</span>}
                    </td>
                    <td className="fg-num">{pack.rules.length}</td>
                    <td>{packUpdated(entry)}</td>
                    <td>
                      <label className="fg-switch">
                        <input
                          type="checkbox"
                          role="switch"
                          checked={entry.enabled}
                          disabled={entry.locked || state.busy}
                          aria-label={`${pack.name} on`}
                          aria-describedby={entry.locked ? `lock-${pack.id}` : undefined}
                          onChange={(event) => void run(() => onToggle(pack.id, event.currentTarget.checked))}
                        />
                        <span className="fg-switch-track" aria-hidden="true" />
                        <span className="fg-switch-text">{entry.enabled ? 'On' : 'Off'}</span>
                      </label>
                      {entry.locked && (
                        <span className="fg-lock" id={`lock-${pack.id}`}>
                          <span aria-hidden="true">🔒</span> {entry.enabled ? 'Locked on' : 'Turned off'} by your organisation
                        </span>
                      )}
                    </td>
                    <td className="fg-actions">
                      <div className="fg-action-buttons">
                        <button type="button" className="fg-button fg-button-small" aria-expanded={expanded} aria-controls={`rules-${pack.id}`} onClick={() => setOpen(expanded ? null : pack.id)}>
                          {expanded ? 'Hide rules' : 'View rules'}
                        </button>
                        <button type="button" className="fg-button fg-button-small" onClick={() => onExport(entry)} aria-label={`Export ${pack.name} as JSON`}>
                          Export JSON
                        </button>
                        {entry.source === 'imported' && (
                          <RemoveButton what={pack.name} disabled={state.busy} onRemove={() => void run(() => onRemove(pack.id))} />
                        )}
                      </div>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="fg-rules-row">
                      <td colSpan={7} id={`rules-${pack.id}`}>
                        {pack.description !== '' && <p className="fg-pack-description">{pack.description}</p>}
                        <RulesTable pack={pack} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <ImportPanel blockedReason={importBlockedReason} onImport={onImport} />
    </section>
  );
}
