import { useId, useState, type FormEvent } from 'react';
import type { BoardQuery, BoardSource } from '../../lib/board/types';
import { CLOSING_CHOICES, DEFAULT_SOQL, DEFAULT_ZENDESK_SEARCH, isRecordTypeId, OWNER_CHOICES, withSource } from '../../lib/board-page/query-edit';
import { APP_LABELS } from '../app-labels';

export interface QueryBarProps {
  readonly query: BoardQuery;
  /** The query the page was opened with, to go back to its list view. */
  readonly original: BoardQuery | null;
  readonly running: boolean;
  readonly onChange: (query: BoardQuery) => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  /** Back to choosing another tab (only when the page was opened without one). */
  readonly onChangeSource?: () => void;
}

type SoqlSource = Extract<BoardSource, { kind: 'salesforce-soql' }>;

/** Where the records come from, the few choices that change it, and Run / Cancel. */
export function QueryBar({ query, original, running, onChange, onRun, onCancel, onChangeSource }: QueryBarProps) {
  const setSource = (source: BoardSource) => onChange(withSource(query, source, original));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) onRun();
  };
  return (
    <form className="fg-query" onSubmit={submit} aria-label="Board query">
      <div className="fg-query-source">
        <span className="fg-app-badge">{APP_LABELS[query.app]}</span>
        <span className="fg-query-origin">{new URL(query.origin).host}</span>
        <span className="fg-query-label" data-testid="query-label">
          {query.label}
        </span>
        {onChangeSource && (
          <button type="button" className="fg-link-button" onClick={onChangeSource}>
            Change tab
          </button>
        )}
      </div>
      <div className="fg-query-controls">
        <SourceFields query={query} original={original} disabled={running} onSource={setSource} />
        <div className="fg-query-actions">
          <button type="submit" className="fg-button fg-button-primary" disabled={running}>
            {running ? 'Running…' : 'Run'}
          </button>
          <button type="button" className="fg-button fg-button-secondary" disabled={!running} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </form>
  );
}

interface SourceFieldsProps {
  readonly query: BoardQuery;
  readonly original: BoardQuery | null;
  readonly disabled: boolean;
  readonly onSource: (source: BoardSource) => void;
}

function SourceFields({ query, original, disabled, onSource }: SourceFieldsProps) {
  const id = useId();
  const { source } = query;
  switch (source.kind) {
    case 'salesforce-list-view':
    case 'salesforce-soql':
      return <SalesforceChoices source={source} original={original} disabled={disabled} onSource={onSource} />;
    case 'servicenow-query':
      return (
        <label className="fg-field fg-field-wide" htmlFor={`${id}-q`}>
          <span>
            Filter (<code>sysparm_query</code>) on <code>{source.table}</code>
          </span>
          <input
            id={`${id}-q`}
            type="text"
            spellCheck={false}
            disabled={disabled}
            value={source.sysparmQuery}
            placeholder="active=true^priority<=2"
            onChange={(event) => onSource({ ...source, sysparmQuery: event.target.value })}
          />
        </label>
      );
    case 'jira-jql':
      return (
        <label className="fg-field fg-field-wide" htmlFor={`${id}-jql`}>
          <span>JQL</span>
          <input
            id={`${id}-jql`}
            type="text"
            spellCheck={false}
            disabled={disabled}
            value={source.jql}
            placeholder="project = SUP AND statusCategory != Done"
            onChange={(event) => onSource({ ...source, jql: event.target.value })}
          />
        </label>
      );
    case 'jira-queue':
      return (
        <div className="fg-field fg-field-wide">
          <span>
            The requests of queue {source.queueId} in {source.project}
          </span>
          <button
            type="button"
            className="fg-link-button"
            disabled={disabled}
            onClick={() => onSource({ kind: 'jira-jql', jql: `project = "${source.project}" AND statusCategory != Done` })}
          >
            Use JQL instead
          </button>
        </div>
      );
    case 'zendesk-search':
      return (
        <label className="fg-field fg-field-wide" htmlFor={`${id}-search`}>
          <span>Search</span>
          <input
            id={`${id}-search`}
            type="text"
            spellCheck={false}
            disabled={disabled}
            value={source.query}
            placeholder="type:ticket status<solved"
            onChange={(event) => onSource({ ...source, query: event.target.value })}
          />
        </label>
      );
    case 'zendesk-view':
      return (
        <div className="fg-field fg-field-wide">
          <span>Records of this view</span>
          <button type="button" className="fg-link-button" disabled={disabled} onClick={() => onSource({ kind: 'zendesk-search', query: DEFAULT_ZENDESK_SEARCH })}>
            Search instead
          </button>
        </div>
      );
    case 'hubspot-view':
      return <p className="fg-field fg-field-wide fg-muted">The deals of this board or view, as HubSpot filters them.</p>;
  }
}

interface SalesforceChoicesProps {
  readonly source: Extract<BoardSource, { kind: 'salesforce-list-view' | 'salesforce-soql' }>;
  readonly original: BoardQuery | null;
  readonly disabled: boolean;
  readonly onSource: (source: BoardSource) => void;
}

function SalesforceChoices({ source, original, disabled, onSource }: SalesforceChoicesProps) {
  const id = useId();
  const listView = original?.source.kind === 'salesforce-list-view' ? original.source : null;
  const soql: SoqlSource = source.kind === 'salesforce-soql' ? source : DEFAULT_SOQL;
  const [recordType, setRecordType] = useState(soql.recordTypeId ?? '');
  const recordTypeInvalid = recordType.trim() !== '' && !isRecordTypeId(recordType.trim());
  const choose = (next: Partial<Omit<SoqlSource, 'kind'>>) => onSource({ ...soql, ...next });
  return (
    <div className="fg-sf-choices">
      {listView && (
        <fieldset className="fg-segmented" disabled={disabled}>
          <legend className="fg-visually-hidden">Records</legend>
          <label>
            <input type="radio" name={`${id}-mode`} checked={source.kind === 'salesforce-list-view'} onChange={() => onSource(listView)} />
            This list view
          </label>
          <label>
            <input type="radio" name={`${id}-mode`} checked={source.kind === 'salesforce-soql'} onChange={() => onSource(soql)} />
            Open opportunities
          </label>
        </fieldset>
      )}
      {source.kind === 'salesforce-soql' && (
        <>
          <label className="fg-field" htmlFor={`${id}-closing`}>
            <span>Closing</span>
            <select id={`${id}-closing`} disabled={disabled} value={soql.closing} onChange={(event) => choose({ closing: event.target.value as SoqlSource['closing'] })}>
              {Object.entries(CLOSING_CHOICES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="fg-field" htmlFor={`${id}-owner`}>
            <span>Owner</span>
            <select id={`${id}-owner`} disabled={disabled} value={soql.owner} onChange={(event) => choose({ owner: event.target.value as SoqlSource['owner'] })}>
              {Object.entries(OWNER_CHOICES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="fg-field" htmlFor={`${id}-rt`}>
            <span>Record type ID (optional)</span>
            <input
              id={`${id}-rt`}
              type="text"
              spellCheck={false}
              disabled={disabled}
              value={recordType}
              placeholder="Any record type"
              pattern="\s*(012[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?)?\s*"
              title="A record type ID: 012 followed by 12 or 15 letters and digits"
              aria-invalid={recordTypeInvalid}
              aria-describedby={recordTypeInvalid ? `${id}-rt-error` : undefined}
              onChange={(event) => {
                const value = event.target.value;
                setRecordType(value);
                const trimmed = value.trim();
                if (trimmed === '' || isRecordTypeId(trimmed)) choose({ recordTypeId: trimmed || null });
              }}
            />
            {recordTypeInvalid && (
              <span id={`${id}-rt-error`} className="fg-field-error">
                A record type ID starts with 012 and has 15 or 18 characters.
              </span>
            )}
          </label>
        </>
      )}
    </div>
  );
}
