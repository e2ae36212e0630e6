import { useId, useState, type MouseEvent } from 'react';
import { CUSTOM_DOMAIN_APPS, validateCustomOrigin, type CustomDomainApp } from '../../lib/custom-domains/origins';
import type { AddCustomDomainResult, CustomDomainStatus } from '../../lib/options/options-backend';
import type { App } from '../../lib/records/model';
import { APP_LABELS } from '../app-labels';
import { RemoveButton } from './RemoveButton';

export interface DomainsSectionProps {
  readonly domains: readonly CustomDomainStatus[];
  /** Called synchronously inside the click: the browser asks for the host permission only during a user gesture. */
  readonly onAdd: (origin: string, app: App) => Promise<AddCustomDomainResult>;
  readonly onRemove: (origin: string) => Promise<void>;
}

export function DomainsSection({ domains, onAdd, onRemove }: DomainsSectionProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [app, setApp] = useState<CustomDomainApp>('servicenow');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const report = (result: AddCustomDomainResult) =>
    setMessage(
      result.ok
        ? { kind: 'ok', text: `${result.domain.origin} added: FieldGuard runs there as ${APP_LABELS[result.domain.app]} from the next page load.` }
        : { kind: 'error', text: result.error },
    );
  const failed = (error: unknown) => setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });

  // No await before onAdd: the browser shows the permission prompt only within this click.
  const add = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    const check = validateCustomOrigin(draft, app);
    if (!check.ok) {
      setMessage({ kind: 'error', text: check.error });
      return;
    }
    onAdd(draft, app).then((result) => {
      if (result.ok) setDraft('');
      report(result);
    }, failed);
  };

  return (
    <section id="domains" className="fg-section" aria-labelledby="domains-title">
      <h2 id="domains-title">Custom domains</h2>
      <p className="fg-lead">
        For an app on its own domain: a ServiceNow instance on a custom URL, a Zendesk host-mapped help desk, a Salesforce Government Cloud
        Plus or China org (Jira and HubSpot always run on their own hosts). The browser asks you to allow FieldGuard on that domain.
      </p>
      <form className="fg-inline-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <div className="fg-form-row">
          <div className="fg-field-group fg-grow">
            <label htmlFor={`${id}-origin`}>Domain</label>
            <input
              id={`${id}-origin`}
              type="text"
              inputMode="url"
              placeholder="https://support.example.com"
              value={draft}
              onChange={(event) => {
                setDraft(event.currentTarget.value);
                setMessage(null);
              }}
            />
          </div>
          <div className="fg-field-group">
            <label htmlFor={`${id}-app`}>App</label>
            <select id={`${id}-app`} value={app} onChange={(event) => setApp(event.currentTarget.value as CustomDomainApp)}>
              {CUSTOM_DOMAIN_APPS.map((option) => (
                <option key={option} value={option}>
                  {APP_LABELS[option]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="fg-button fg-button-primary" onClick={add}>
            Add domain
          </button>
        </div>
        {message && (
          <p className={message.kind === 'ok' ? 'fg-ok-text' : 'fg-error-text'} role={message.kind === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </form>
      {domains.length === 0 ? (
        <p className="fg-empty">No custom domains. FieldGuard runs on the apps' standard domains.</p>
      ) : (
        <div className="fg-table-wrap">
          <table className="fg-table">
            <caption>Custom domains</caption>
            <thead>
              <tr>
                <th scope="col">Domain</th>
                <th scope="col">App</th>
                <th scope="col">Access</th>
                <th scope="col">
                  <span className="fg-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {domains.map((domain) => (
                <tr key={domain.origin}>
                  <th scope="row">{domain.origin}</th>
                  <td>{APP_LABELS[domain.app]}</td>
                  <td>
                    {domain.granted ? (
                      <span className="fg-status-ok">
                        <span aria-hidden="true">✓ </span>Granted
                      </span>
                    ) : (
                      <span className="fg-status-warning">
                        <span aria-hidden="true">▲ </span>Not granted
                      </span>
                    )}
                  </td>
                  <td className="fg-actions">
                    <div className="fg-action-buttons">
                      {!domain.granted && (
                        <button
                          type="button"
                          className="fg-button fg-button-small"
                          onClick={() => onAdd(domain.origin, domain.app).then(report, failed)}
                        >
                          Grant access
                        </button>
                      )}
                      <RemoveButton what={domain.origin} onRemove={() => void onRemove(domain.origin).catch(failed)} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
