import type { PackRow } from '../../lib/popup/popup-model';
import type { PackSource } from '../../lib/store/types';
import { LockIcon } from './icons';

const SOURCE_LABEL: Record<PackSource, string> = { builtin: 'Built-in', imported: 'Imported', remote: 'Remote' };

export interface RuleSetsProps {
  readonly packs: readonly PackRow[];
  /** The pack whose switch is being applied: its switch is busy. */
  readonly pending: string | null;
  readonly onToggle: (id: string, enabled: boolean) => void;
}

/** Every rule set for the record's object: its source, its findings here, and a switch (or the policy's lock). */
export function RuleSets({ packs, pending, onToggle }: RuleSetsProps) {
  return (
    <section className="fg-card fg-rulesets" aria-labelledby="fg-rulesets-title">
      <h2 id="fg-rulesets-title" className="fg-section-title">
        Rule sets
      </h2>
      {packs.length === 0 ? (
        <p className="fg-muted">No rule set exists for this kind of record. Import one on the options page.</p>
      ) : (
        <ul className="fg-pack-list">
          {packs.map(({ entry, findings }) => {
            const { id, name } = entry.pack;
            const labelId = `fg-pack-${id}`;
            return (
              <li key={id} className="fg-pack" data-pack={id}>
                <div className="fg-pack-text">
                  <span id={labelId} className="fg-pack-name">
                    {name}
                  </span>
                  <span className="fg-pack-meta">
                    <span className={`fg-tag fg-tag-${entry.source}`}>{SOURCE_LABEL[entry.source]}</span>
                    <span className="fg-pack-count">{!entry.enabled ? 'Off' : findings === 0 ? 'No findings here' : `${findings} ${findings === 1 ? 'finding' : 'findings'} here`}</span>
                  </span>
                  {entry.locked && (
                    <span className="fg-pack-lock">
                      <LockIcon /> Locked by your organisation
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  role="switch"
                  className="fg-switch"
                  aria-checked={entry.enabled}
                  aria-labelledby={labelId}
                  aria-busy={pending === id}
                  disabled={entry.locked || pending !== null}
                  onClick={() => onToggle(id, !entry.enabled)}
                >
                  <span className="fg-switch-thumb" aria-hidden="true" />
                  <span className="fg-switch-text" aria-hidden="true">
                    {entry.enabled ? 'On' : 'Off'}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
