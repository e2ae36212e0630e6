/**
 * One board row from a record and its evaluation: the owner, amount, forecast category, stage and close date as
 * each app names them, the score and the findings.
 *
 *   owner: Salesforce `OwnerId` + `Owner.Name`; HubSpot `hubspot_owner_id` (names from the owners list);
 *   ServiceNow `assigned_to` (its display value); Jira `assignee.accountId` + `displayName`; Zendesk `assignee_id`
 *   (names from the sideloaded users).
 */
import type { NormalizedRecord } from '../records/model';
import type { RecordEvaluation } from '../rules/engine';
import type { BoardFinding, BoardRow } from './types';

export const UNASSIGNED = 'Unassigned';

/** HubSpot's forecast category internal values, as Salesforce and the board name them. */
const HUBSPOT_FORECAST: Readonly<Record<string, string>> = {
  COMMIT: 'Commit',
  BEST_CASE: 'Best Case',
  PIPELINE: 'Pipeline',
  OMIT: 'Omitted',
  CLOSED: 'Closed',
};

export function boardRow(record: NormalizedRecord, evaluation: RecordEvaluation, ownerNames: ReadonlyMap<string, string>): BoardRow {
  const fields = record.fields;
  const owner = ownerOf(record, ownerNames);
  let errors = 0;
  let warnings = 0;
  let info = 0;
  const findings: BoardFinding[] = evaluation.findings.map((finding) => {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else info++;
    return { pack: finding.pack, rule: finding.rule, title: finding.title, message: finding.message, severity: finding.severity, fields: finding.fields };
  });
  return {
    app: record.app,
    object: record.object,
    id: record.id,
    title: titleOf(record),
    url: record.url ?? '',
    ownerId: owner.id,
    ownerName: owner.name,
    amount: amountOf(record),
    forecastCategory: forecastOf(record),
    stage: stageOf(record),
    closeDate: closeDateOf(record),
    score: evaluation.score,
    errors,
    warnings,
    info,
    findings,
  };

  function text(name: string): string | null {
    const value = fields[name];
    if (typeof value === 'string') return value.trim() === '' ? null : value;
    if (typeof value === 'number') return String(value);
    return null;
  }

  function ownerOf(row: NormalizedRecord, names: ReadonlyMap<string, string>): { id: string | null; name: string } {
    switch (row.app) {
      case 'salesforce': {
        const id = text('OwnerId');
        const nested = fields.Owner;
        const name = nested !== null && typeof nested === 'object' && typeof (nested as { Name?: unknown }).Name === 'string'
          ? (nested as { Name: string }).Name
          : null;
        return { id, name: name ?? (id === null ? UNASSIGNED : (names.get(id) ?? id)) };
      }
      case 'servicenow': {
        const id = text('assigned_to');
        return { id, name: id === null ? UNASSIGNED : (row.displayValues?.assigned_to || names.get(id) || id) };
      }
      case 'jira': {
        const assignee = fields.assignee as { accountId?: unknown; displayName?: unknown } | null | undefined;
        if (assignee === null || typeof assignee !== 'object') return { id: null, name: UNASSIGNED };
        const id = typeof assignee.accountId === 'string' ? assignee.accountId : null;
        return { id, name: typeof assignee.displayName === 'string' ? assignee.displayName : (id ?? UNASSIGNED) };
      }
      case 'zendesk': {
        const id = text('assignee_id');
        return { id, name: id === null ? UNASSIGNED : (names.get(id) ?? `Agent ${id}`) };
      }
      case 'hubspot': {
        const id = text('hubspot_owner_id');
        return { id, name: id === null ? UNASSIGNED : (names.get(id) ?? `Owner ${id}`) };
      }
    }
  }

  function titleOf(row: NormalizedRecord): string {
    switch (row.app) {
      case 'salesforce':
        return text('Name') ?? text('Subject') ?? text('CaseNumber') ?? row.id;
      case 'servicenow':
        return [text('number'), text('short_description')].filter(Boolean).join(' ') || row.id;
      case 'jira':
        return [row.id, text('summary')].filter(Boolean).join(' ');
      case 'zendesk':
        return [`#${row.id}`, text('subject')].filter(Boolean).join(' ');
      case 'hubspot':
        return text('dealname') ?? text('subject') ?? row.id;
    }
  }

  function amountOf(row: NormalizedRecord): number | null {
    const raw = row.app === 'salesforce' ? fields.Amount : row.app === 'hubspot' ? fields.amount : null;
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
    const amount = Number(raw);
    return Number.isFinite(amount) ? amount : null;
  }

  function forecastOf(row: NormalizedRecord): string | null {
    if (row.app === 'salesforce') return text('ForecastCategoryName');
    if (row.app !== 'hubspot') return null;
    const value = text('hs_manual_forecast_category') ?? text('hs_forecast_category');
    return value === null ? null : (HUBSPOT_FORECAST[value.toUpperCase()] ?? value);
  }

  function stageOf(row: NormalizedRecord): string | null {
    switch (row.app) {
      case 'salesforce':
        return text('StageName') ?? text('Status');
      case 'hubspot':
        return text('dealstage');
      case 'servicenow':
        return row.displayValues?.state || text('state');
      case 'jira': {
        const status = fields.status as { name?: unknown } | null | undefined;
        return status !== null && typeof status === 'object' && typeof status.name === 'string' ? status.name : null;
      }
      case 'zendesk':
        return text('status');
    }
  }

  function closeDateOf(row: NormalizedRecord): string | null {
    const raw = row.app === 'salesforce' ? text('CloseDate') : row.app === 'hubspot' ? text('closedate') : row.app === 'jira' ? text('duedate') : row.app === 'zendesk' ? text('due_at') : null;
    return raw === null ? null : raw.slice(0, 10);
  }
}
