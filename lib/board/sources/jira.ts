/**
 * Jira issues and JSM requests through `GET /rest/api/3/search/jql` (the enhanced search that replaced
 * `/rest/api/3/search`): pages of up to 100 with `nextPageToken` until `isLast`; it announces no total. A JSM
 * queue's JQL comes from the Service Desk API first (`/rest/servicedeskapi/servicedesk` for the project's service
 * desk id, then `/servicedesk/{id}/queue/{queueId}`, whose `jql` is the queue's filter).
 */
import { UnknownPayloadError } from '../../records/model';
import { parsePayload } from '../../records/parse';
import type { BoardQuery } from '../types';
import type { PageRequest } from '../transport';
import { isObject, sameOriginUrl, type BoardSourceClient, type FetchJson, type SourcePage } from './source';

export const JIRA_PAGE_SIZE = 100;

export function jiraSearchUrl(origin: string, jql: string, nextPageToken: string | null): string {
  const params = new URLSearchParams({ jql, fields: '*navigable', expand: 'names', maxResults: String(JIRA_PAGE_SIZE) });
  if (nextPageToken !== null) params.set('nextPageToken', nextPageToken);
  return `${origin}/rest/api/3/search/jql?${params}`;
}

export function jiraSource(query: BoardQuery): BoardSourceClient {
  const source = query.source;
  let jql: string | null = source.kind === 'jira-jql' ? source.jql : null;
  return {
    async firstRequest(fetchJson) {
      if (source.kind === 'jira-queue') jql = await queueJql(fetchJson, query.origin, source.project, source.queueId);
      if (jql === null) throw new Error(`not a Jira source: ${source.kind}`);
      return { method: 'GET', url: jiraSearchUrl(query.origin, jql, null) };
    },
    readPage(json): SourcePage {
      const records = parsePayload(json, { app: 'jira', origin: query.origin });
      const page = isObject(json) ? json : {};
      const token = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' ? page.nextPageToken : null;
      const next: PageRequest | null = page.isLast === true || token === null || jql === null
        ? null
        : { method: 'GET', url: jiraSearchUrl(query.origin, jql, token) };
      return { records, total: typeof page.total === 'number' ? page.total : null, next };
    },
  };
}

async function queueJql(fetchJson: FetchJson, origin: string, project: string, queueId: string): Promise<string> {
  let url: string | null = `${origin}/rest/servicedeskapi/servicedesk?limit=50`;
  let serviceDeskId: string | null = null;
  while (url !== null && serviceDeskId === null) {
    const page = await fetchJson({ method: 'GET', url });
    const desks = isObject(page) && Array.isArray(page.values) ? page.values : [];
    const desk = desks.find((candidate) => isObject(candidate) && candidate.projectKey === project);
    if (isObject(desk) && (typeof desk.id === 'string' || typeof desk.id === 'number')) serviceDeskId = String(desk.id);
    const links: unknown = isObject(page) ? page._links : undefined;
    url = isObject(page) && page.isLastPage === false && isObject(links) ? sameOriginUrl(links.next, origin) : null;
  }
  if (serviceDeskId === null) throw new UnknownPayloadError(`no Jira service desk for project ${project} that you can see`);
  const queue = await fetchJson({
    method: 'GET',
    url: `${origin}/rest/servicedeskapi/servicedesk/${encodeURIComponent(serviceDeskId)}/queue/${encodeURIComponent(queueId)}`,
  });
  if (!isObject(queue) || typeof queue.jql !== 'string' || queue.jql.trim() === '') {
    throw new UnknownPayloadError(`Jira did not return the JQL of queue ${queueId}`);
  }
  return queue.jql;
}
