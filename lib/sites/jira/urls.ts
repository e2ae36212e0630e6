/**
 * Jira Cloud and Jira Service Management agent URLs (`https://{site}.atlassian.net/...`), recognised from the URL
 * alone (saas-apps.md §4.1).
 *
 *   detectJiraPage(new URL('https://acme.atlassian.net/browse/ITSD-412'))
 *   // → {kind: 'record', app: 'jira', object: null, recordId: 'ITSD-412', context: {site: 'acme', view: 'browse'}}
 *
 * The object stays null: whether a key is a plain issue or a JSM request is only known from the API payload (a
 * request type value makes it a request) or, without the API, from the request type field on the page. The
 * customer portal (`/servicedesk/customer/portal/{n}/{KEY}`) shows the customer's view of a request, not the
 * agent's record, and gets nothing; so do "Your work", dashboards, settings and every other page.
 */
import type { PageInfo } from '../types';

const SITE_HOST = /^([a-z0-9][a-z0-9-]*)\.atlassian\.net$/i;
/** Project keys start with a letter; digits and underscores may follow (a Jira admin setting allows `_`). */
export const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;

const BROWSE_PATH = /^\/browse\/([^/]+)\/?$/;
// Company-managed boards live under /projects/{P}/boards/{n}, team-managed ones under /c/projects/...; the
// backlog, timeline and sprint views hang off the board and open issues the same way (`?selectedIssue=`).
const BOARD_PATH = /^\/jira\/software\/(?:c\/)?projects\/([^/]+)\/boards\/(\d+)(?:\/(?:backlog|timeline))?\/?$/;
const SEARCH_PATH = /^\/issues\/?$/;
const QUEUE_PATH = /^\/jira\/servicedesk\/projects\/([^/]+)\/queues\/custom\/(\d+)(?:\/([^/]+))?\/?$/;
const SECTION_PATH = /^\/jira\/servicedesk\/projects\/([^/]+)\/section\/([a-z-]+)\/custom\/(\d+)(?:\/([^/]+))?\/?$/;

/** The site name (`acme` for `acme.atlassian.net`), or null for any other host. */
export function jiraSite(url: URL): string | null {
  if (url.protocol !== 'https:') return null;
  return SITE_HOST.exec(url.hostname)?.[1]?.toLowerCase() ?? null;
}

export function isIssueKey(text: string): boolean {
  return ISSUE_KEY.test(text);
}

export function detectJiraPage(url: URL): PageInfo | null {
  const site = jiraSite(url);
  if (site === null) return null;
  const path = url.pathname;
  const selected = selectedIssue(url);

  const browse = BROWSE_PATH.exec(path);
  if (browse) {
    const key = decodeSegment(browse[1]);
    return key !== null && isIssueKey(key) ? record(key, { site, view: 'browse' }) : null;
  }

  const board = BOARD_PATH.exec(path);
  if (board?.[1] && board[2]) {
    const context = { site, view: 'board', project: board[1], board: board[2] };
    return selected ? record(selected, context) : list(board[2], context);
  }

  if (SEARCH_PATH.test(path)) {
    const context = { site, view: 'search' };
    return selected ? record(selected, context) : list(null, context);
  }

  const queue = QUEUE_PATH.exec(path);
  if (queue?.[1] && queue[2]) {
    const context = { site, view: 'queue', project: queue[1], queue: queue[2] };
    if (queue[3] === undefined) return selected ? record(selected, context) : list(queue[2], context);
    const key = decodeSegment(queue[3]);
    return key !== null && isIssueKey(key) ? record(key, context) : null;
  }

  const section = SECTION_PATH.exec(path);
  if (section?.[1] && section[2] && section[3]) {
    const context = { site, view: 'section', project: section[1], section: section[2], queue: section[3] };
    if (section[4] === undefined) return selected ? record(selected, context) : list(section[3], context);
    const key = decodeSegment(section[4]);
    return key !== null && isIssueKey(key) ? record(key, context) : null;
  }

  return null;
}

/** The REST v3 issue resource, same-origin with the agent UI. */
export function jiraIssueApiPath(key: string): string {
  // transitions: the statuses the issue can move to, with their categories, so a transition picked in the
  // status dropdown can be mapped to its stage even when the dropdown shows only status names.
  return `/rest/api/3/issue/${encodeURIComponent(key)}?expand=names,transitions`;
}

function selectedIssue(url: URL): string | null {
  const key = url.searchParams.get('selectedIssue');
  return key !== null && isIssueKey(key) ? key : null;
}

function decodeSegment(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function record(recordId: string, context: Record<string, string>): PageInfo {
  return { kind: 'record', app: 'jira', object: null, recordId, context };
}

function list(listId: string | null, context: Record<string, string>): PageInfo {
  return { kind: 'list', app: 'jira', object: null, listId, context };
}
