/**
 * What the board loads, from the page it was opened on (`boardQueryFromUrl`, using each adapter's pure `detect`
 * and its `kind: 'list'` pages), or from the choices made on the board (the `…Query` builders). Pure: no fetch;
 * look-ups a source needs (a list view's SOQL, a queue's JQL) happen when the board loads.
 *
 *   boardQueryFromUrl(new URL('https://acme.service-now.com/incident_list.do?sysparm_query=active%3Dtrue'))
 *   // → {app: 'servicenow', object: 'incident', source: {kind: 'servicenow-query', table: 'incident', sysparmQuery: 'active=true'}, ...}
 */
import { detectHubSpotPage } from '../sites/hubspot/urls';
import { detectJiraPage } from '../sites/jira/urls';
import { detectSalesforcePage, isLightningHost } from '../sites/salesforce/urls';
import { detectServiceNowPage, serviceNowFrameTarget } from '../sites/servicenow/urls';
import type { ListPage } from '../sites/types';
import { detectZendeskPage, zendeskSubdomain } from '../sites/zendesk/urls';
import type { BoardQuery, BoardSource } from './types';

type SoqlChoices = Omit<Extract<BoardSource, { kind: 'salesforce-soql' }>, 'kind'>;

/** What the Salesforce board shows when it opens on a page that is not a list view: the user's deals this quarter. */
export const DEFAULT_SOQL_CHOICES: SoqlChoices = { closing: 'this-quarter', owner: 'mine', recordTypeId: null };

/** Salesforce list views that are not saved list views (no describe resource): the board's default query stands in. */
const PSEUDO_LIST_VIEWS = new Set(['Recent', '__Recent', 'RecentlyViewed']);

export function boardQueryFromUrl(url: URL): BoardQuery | null {
  return salesforceFromUrl(url) ?? servicenowFromUrl(url) ?? jiraFromUrl(url) ?? zendeskFromUrl(url) ?? hubspotFromUrl(url);
}

export function salesforceSoqlQuery(origin: string, choices: SoqlChoices): BoardQuery {
  const closing = { 'this-quarter': 'closing this quarter', 'next-quarter': 'closing next quarter', 'this-and-next-quarter': 'closing this or next quarter' }[choices.closing];
  const owner = { mine: 'mine', 'my-team': 'my team', everyone: 'everyone' }[choices.owner];
  const recordType = choices.recordTypeId === null ? '' : `, record type ${choices.recordTypeId}`;
  return {
    app: 'salesforce',
    object: 'Opportunity',
    origin,
    source: { kind: 'salesforce-soql', ...choices },
    label: `Open opportunities ${closing}, ${owner}${recordType}`,
  };
}

export function salesforceListViewQuery(origin: string, object: string, listViewId: string): BoardQuery {
  return { app: 'salesforce', object, origin, source: { kind: 'salesforce-list-view', listViewId }, label: `${object} list view ${listViewId}` };
}

export function servicenowQuery(origin: string, table: string, sysparmQuery: string): BoardQuery {
  return {
    app: 'servicenow',
    object: table,
    origin,
    source: { kind: 'servicenow-query', table, sysparmQuery },
    label: sysparmQuery === '' ? `All ${table} records` : `${table} where ${sysparmQuery}`,
  };
}

export function jiraJqlQuery(origin: string, jql: string, object: 'issue' | 'request' = 'issue'): BoardQuery {
  return { app: 'jira', object, origin, source: { kind: 'jira-jql', jql }, label: `Issues matching ${jql}` };
}

export function jiraQueueQuery(origin: string, project: string, queueId: string): BoardQuery {
  return { app: 'jira', object: 'request', origin, source: { kind: 'jira-queue', project, queueId }, label: `${project} queue ${queueId}` };
}

export function zendeskViewQuery(origin: string, viewId: string): BoardQuery {
  return { app: 'zendesk', object: 'ticket', origin, source: { kind: 'zendesk-view', viewId }, label: `Tickets in view ${viewId}` };
}

export function zendeskSearchQuery(origin: string, query: string): BoardQuery {
  return { app: 'zendesk', object: 'ticket', origin, source: { kind: 'zendesk-search', query }, label: `Tickets matching ${query}` };
}

export function hubspotViewQuery(origin: string, portalId: string, pipelineId: string | null, viewId: string | null): BoardQuery {
  return {
    app: 'hubspot',
    object: 'deal',
    origin,
    source: { kind: 'hubspot-view', portalId, pipelineId, viewId },
    label: pipelineId === null ? 'Deals in all pipelines' : `Deals in pipeline ${pipelineId}`,
  };
}

function salesforceFromUrl(url: URL): BoardQuery | null {
  if (url.protocol !== 'https:' || !isLightningHost(url.hostname)) return null;
  const page = detectSalesforcePage(url);
  if (page?.kind === 'list' && page.object !== null && page.listId !== null && !PSEUDO_LIST_VIEWS.has(page.listId)) {
    return salesforceListViewQuery(url.origin, page.object, page.listId);
  }
  // Any other Lightning page (home, a record, Recently Viewed) opens the board's own Opportunity query.
  return salesforceSoqlQuery(url.origin, DEFAULT_SOQL_CHOICES);
}

function servicenowFromUrl(url: URL): BoardQuery | null {
  const target = serviceNowFrameTarget(url) ?? url;
  const page = listOf(detectServiceNowPage(target));
  if (page === null || page.object === null) return null;
  const query = page.context?.query;
  // A workspace list's filter is kept by the workspace, not the URL: its open records stand in.
  return servicenowQuery(url.origin, page.object, query ?? (page.context?.ui === 'workspace' ? 'active=true' : ''));
}

function jiraFromUrl(url: URL): BoardQuery | null {
  const page = listOf(detectJiraPage(url));
  if (page === null) return null;
  const context = page.context ?? {};
  switch (context.view) {
    case 'search': {
      const jql = url.searchParams.get('jql');
      const filter = url.searchParams.get('filter');
      if (jql !== null && jql.trim() !== '') return jiraJqlQuery(url.origin, jql);
      if (filter !== null && /^-?\d+$/.test(filter)) return jiraJqlQuery(url.origin, `filter = ${filter}`);
      return null;
    }
    case 'queue':
    case 'section':
      return context.project && context.queue ? jiraQueueQuery(url.origin, context.project, context.queue) : null;
    case 'board':
      // The board's saved filter needs the Agile API; its project's open issues are what the board mostly shows.
      return context.project ? { ...jiraJqlQuery(url.origin, `project = "${context.project}" AND statusCategory != Done ORDER BY Rank ASC`), label: `Open issues in ${context.project}` } : null;
    default:
      return null;
  }
}

function zendeskFromUrl(url: URL): BoardQuery | null {
  if (zendeskSubdomain(url) === null) return null;
  const page = listOf(detectZendeskPage(url));
  if (page?.listId) return zendeskViewQuery(url.origin, page.listId);
  // The agent search page: `/agent/search/1?type=ticket&q=printer`.
  const query = /^\/agent\/search(?:\/\d+)?\/?$/.test(url.pathname) ? url.searchParams.get('q') : null;
  return query !== null && query.trim() !== '' ? zendeskSearchQuery(url.origin, query.trim()) : null;
}

function hubspotFromUrl(url: URL): BoardQuery | null {
  const page = listOf(detectHubSpotPage(url));
  const portalId = page?.context?.portalId;
  if (page === null || page.object !== 'deal' || !portalId) return null;
  const pipeline = url.searchParams.get('pipeline') ?? url.searchParams.get('pipelineId');
  return hubspotViewQuery(url.origin, portalId, pipeline === null || pipeline === '' ? null : pipeline, page.listId);
}

function listOf(page: ReturnType<typeof detectJiraPage>): ListPage | null {
  return page?.kind === 'list' ? page : null;
}
