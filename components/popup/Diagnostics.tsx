import type { FrameReport } from '../../lib/runtime/tab-reports';
import { SeverityIcon } from './icons';

/** For admins after an app release: which of the adapter's anchors the page still has, and how it was read. */
export function Diagnostics({ report, frameId }: { readonly report: FrameReport; readonly frameId: number }) {
  const missingRequired = report.health.filter((entry) => entry.required && entry.found === 0).length;
  return (
    <details className="fg-diagnostics">
      <summary>
        Diagnostics
        {missingRequired > 0 && <span className="fg-diag-alert"> · {missingRequired} required anchor{missingRequired === 1 ? '' : 's'} missing</span>}
      </summary>
      <dl className="fg-diag-facts">
        <dt>Read from</dt>
        <dd>{report.source === 'api' ? "the app's API" : 'the page'}</dd>
        <dt>View</dt>
        <dd>{report.inFrame ? `embedded frame ${frameId}` : 'top document'}</dd>
        <dt>Object</dt>
        <dd>
          {report.object ?? 'unknown'} {report.recordId}
        </dd>
        <dt>Evaluated</dt>
        <dd>{new Date(report.at).toLocaleTimeString()}</dd>
      </dl>
      <table className="fg-health">
        <caption>Selector health</caption>
        <thead>
          <tr>
            <th scope="col">Anchor</th>
            <th scope="col">Found</th>
          </tr>
        </thead>
        <tbody>
          {report.health.map((entry) => {
            const missing = entry.found === 0;
            return (
              <tr key={entry.name} className={missing ? (entry.required ? 'fg-health-broken' : 'fg-health-missing') : 'fg-health-ok'}>
                <th scope="row">
                  {entry.name}
                  {entry.required && <span className="fg-required"> (required)</span>}
                </th>
                <td>
                  <SeverityIcon severity={missing ? (entry.required ? 'error' : 'muted') : 'ok'} /> {missing ? 'missing' : entry.found}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
