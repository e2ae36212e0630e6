import { useId, useState } from 'react';
import type { Acknowledgement } from '../../lib/messaging';
import type { ExportFormat } from '../../lib/options/downloads';
import { APP_LABELS } from '../app-labels';
import { formatTime } from './format';

export interface AcksSectionProps {
  readonly acks: readonly Acknowledgement[];
  readonly now: number;
  /** Rule titles by `pack/rule`, for the rules the installed packs still have. */
  readonly ruleTitles: ReadonlyMap<string, string>;
  readonly onExport: (acks: readonly Acknowledgement[], format: ExportFormat) => void;
}

const keyOf = (ack: Acknowledgement) => `${ack.pack}/${ack.rule}`;

export function AcksSection({ acks, now, ruleTitles, onExport }: AcksSectionProps) {
  const id = useId();
  const [rule, setRule] = useState('');
  const rules = [...new Set(acks.map(keyOf))].sort();
  const shown = rule === '' ? acks : acks.filter((ack) => keyOf(ack) === rule);
  const titleOf = (key: string) => ruleTitles.get(key) ?? key;

  return (
    <section id="acks" className="fg-section" aria-labelledby="acks-title">
      <h2 id="acks-title">Acknowledgements</h2>
      <p className="fg-lead">Warnings someone decided do not apply to a record, for a while, and why. Expired ones stay listed until the history retention removes them.</p>
      <div className="fg-toolbar">
        <div className="fg-field-group">
          <label htmlFor={`${id}-rule`}>Rule</label>
          <select id={`${id}-rule`} value={rule} onChange={(event) => setRule(event.currentTarget.value)} disabled={acks.length === 0}>
            <option value="">All rules ({acks.length})</option>
            {rules.map((key) => (
              <option key={key} value={key}>
                {titleOf(key)} ({acks.filter((ack) => keyOf(ack) === key).length})
              </option>
            ))}
          </select>
        </div>
        <div className="fg-toolbar-end">
          <button type="button" className="fg-button" disabled={shown.length === 0} onClick={() => onExport(shown, 'csv')}>
            Export CSV
          </button>
          <button type="button" className="fg-button" disabled={shown.length === 0} onClick={() => onExport(shown, 'json')}>
            Export JSON
          </button>
        </div>
      </div>
      {acks.length === 0 ? (
        <p className="fg-empty">No warnings have been acknowledged in this browser.</p>
      ) : (
        <div className="fg-table-wrap">
          <table className="fg-table">
            <caption>
              {shown.length} acknowledged {shown.length === 1 ? 'warning' : 'warnings'}
              {rule !== '' && ` for ${titleOf(rule)}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Record</th>
                <th scope="col">Who</th>
                <th scope="col">When</th>
                <th scope="col">Until</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((ack) => (
                <tr key={`${ack.app}/${ack.recordId}/${keyOf(ack)}`}>
                  <th scope="row">
                    <span className="fg-rule-title">{titleOf(keyOf(ack))}</span>
                    <code className="fg-id">{keyOf(ack)}</code>
                  </th>
                  <td>
                    {APP_LABELS[ack.app]} {ack.object} <code className="fg-id">{ack.recordId}</code>
                  </td>
                  <td>{ack.by}</td>
                  <td>{formatTime(ack.createdAt)}</td>
                  <td>
                    {formatTime(ack.expiresAt)}
                    {ack.expiresAt <= now && <span className="fg-tag fg-tag-expired">Expired</span>}
                  </td>
                  <td className="fg-message">{ack.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
