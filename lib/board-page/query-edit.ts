/**
 * Changing a board query from the query bar: the source changes and the label follows it (built by the same
 * `…Query` builders as a query read from a URL), so the progress line, the CSV and the copied summary always say
 * what was loaded.
 */
import {
  DEFAULT_SOQL_CHOICES,
  hubspotViewQuery,
  jiraJqlQuery,
  jiraQueueQuery,
  salesforceListViewQuery,
  salesforceSoqlQuery,
  servicenowQuery,
  zendeskSearchQuery,
  zendeskViewQuery,
} from '../board/query-from-url';
import type { BoardQuery, BoardSource } from '../board/types';

type SoqlSource = Extract<BoardSource, { kind: 'salesforce-soql' }>;

export const CLOSING_CHOICES: Record<SoqlSource['closing'], string> = {
  'this-quarter': 'this quarter',
  'next-quarter': 'next quarter',
  'this-and-next-quarter': 'this and next quarter',
};

export const OWNER_CHOICES: Record<SoqlSource['owner'], string> = {
  mine: 'mine',
  'my-team': 'my team',
  everyone: 'everyone',
};

/** The Salesforce choices offered when the board was opened on a list view and the user switches to choices. */
export const DEFAULT_SOQL: SoqlSource = { kind: 'salesforce-soql', ...DEFAULT_SOQL_CHOICES };

/** A search for a Zendesk view's user who prefers to type one: the open tickets. */
export const DEFAULT_ZENDESK_SEARCH = 'type:ticket status<solved';

/** The query with another source; going back to the source it was opened with restores that query and its label. */
export function withSource(query: BoardQuery, source: BoardSource, original: BoardQuery | null): BoardQuery {
  if (original && original.app === query.app && JSON.stringify(original.source) === JSON.stringify(source)) return original;
  const { origin } = query;
  switch (source.kind) {
    case 'salesforce-list-view':
      return salesforceListViewQuery(origin, query.object, source.listViewId);
    case 'salesforce-soql':
      return salesforceSoqlQuery(origin, { closing: source.closing, owner: source.owner, recordTypeId: source.recordTypeId });
    case 'hubspot-view':
      return hubspotViewQuery(origin, source.portalId, source.pipelineId, source.viewId);
    case 'servicenow-query':
      return servicenowQuery(origin, source.table, source.sysparmQuery);
    case 'jira-jql':
      return jiraJqlQuery(origin, source.jql, query.object === 'request' ? 'request' : 'issue');
    case 'jira-queue':
      return jiraQueueQuery(origin, source.project, source.queueId);
    case 'zendesk-view':
      return zendeskViewQuery(origin, source.viewId);
    case 'zendesk-search':
      return zendeskSearchQuery(origin, source.query);
  }
}

/** A Salesforce record type id: 15 or 18 characters starting with its key prefix 012. */
export function isRecordTypeId(value: string): boolean {
  return /^012[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(value);
}
