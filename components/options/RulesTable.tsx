import { ENFORCEMENT_CONTROLS, type RulePack } from '../../lib/rules/schema';
import { gateLabel } from './format';
import { SeverityBadge } from './SeverityBadge';

/** Every rule of a pack, as the admin reviews it; conditions stay in the exported JSON. */
export function RulesTable({ pack }: { readonly pack: RulePack }) {
  return (
    <div className="fg-table-wrap">
      <table className="fg-table fg-rules-table">
        <caption>
          Rules of {pack.name} ({pack.rules.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Severity</th>
            <th scope="col">Fields</th>
            <th scope="col">Gate</th>
            <th scope="col">Message</th>
            <th scope="col">Enforcement advice</th>
          </tr>
        </thead>
        <tbody>
          {pack.rules.map((rule) => (
            <tr key={rule.id}>
              <th scope="row">
                <span className="fg-rule-title">{rule.title}</span>
                <code className="fg-id">{rule.id}</code>
              </th>
              <td>
                <SeverityBadge severity={rule.severity} />
              </td>
              <td>
                {rule.fields.map((field) => (
                  <code key={field} className="fg-field">
                    {pack.fields?.[field]?.label ?? field}
                  </code>
                ))}
              </td>
              <td>{rule.gate === undefined ? <span className="fg-muted">None</span> : `From ${gateLabel(pack, rule)}`}</td>
              <td className="fg-message">{rule.message}</td>
              <td className="fg-advice">
                {rule.enforcement ? (
                  <>
                    <strong>{ENFORCEMENT_CONTROLS[rule.enforcement.control].label}</strong>
                    <p>{rule.enforcement.advice}</p>
                  </>
                ) : (
                  <span className="fg-muted">None given</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
