import { ENFORCEMENT_CONTROLS } from '../../lib/rules/schema';
import type { PackEntry } from '../../lib/store/types';
import { APP_LABELS } from '../app-labels';
import { gateLabel } from './format';
import { SeverityBadge } from './SeverityBadge';

/** Every rule that names a native control, grouped by app: what an admin can enforce on the server. */
export function EnforcementSection({ packs }: { readonly packs: readonly PackEntry[] }) {
  const advised = packs.flatMap((entry) => entry.pack.rules.filter((rule) => rule.enforcement).map((rule) => ({ entry, rule })));
  const apps = [...new Set(advised.map(({ entry }) => entry.pack.app))];

  return (
    <section id="enforcement" className="fg-section" aria-labelledby="enforcement-title">
      <h2 id="enforcement-title">Enforcement advice</h2>
      <div className="fg-callout" role="note">
        <strong>FieldGuard only advises.</strong> Its hints appear in this browser; nobody is stopped from saving, and records changed by imports,
        integrations or other browsers are never checked. To make a rule binding, set up the app's own control below; keep the rule on for the
        hint and the score.
      </div>
      {advised.length === 0 ? (
        <p className="fg-empty">No rule pack names an enforcing control.</p>
      ) : (
        apps.map((app) => (
          <div className="fg-table-wrap" key={app}>
            <table className="fg-table fg-advice-table">
              <caption>{APP_LABELS[app]}</caption>
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Native control</th>
                  <th scope="col">How to set it up</th>
                </tr>
              </thead>
              <tbody>
                {advised
                  .filter(({ entry }) => entry.pack.app === app)
                  .map(({ entry, rule }) => (
                    <tr key={`${entry.pack.id}/${rule.id}`} className={entry.enabled ? undefined : 'fg-row-off'}>
                      <th scope="row">
                        <span className="fg-rule-title">{rule.title}</span>
                        <span className="fg-muted fg-small">
                          {entry.pack.name}
                          {rule.gate !== undefined && ` · from ${gateLabel(entry.pack, rule)}`}
                          {!entry.enabled && ' · pack off'}
                        </span>
                      </th>
                      <td>
                        <SeverityBadge severity={rule.severity} />
                      </td>
                      <td>{rule.enforcement && ENFORCEMENT_CONTROLS[rule.enforcement.control].label}</td>
                      <td className="fg-advice">{rule.enforcement?.advice}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </section>
  );
}
