/**
 * The demo Jira Service Management site on `{site}.atlassian.net`: issue pages (`/browse/{KEY}`), the JSM queue
 * and requests opened from it (`/jira/servicedesk/projects/ITSD/queues/custom/1[/{KEY}]`), "Your work", and
 * REST v3 `GET /rest/api/3/issue/{key}` with the real shapes (`names`, `transitions` on request).
 *
 * The page itself talks to `/rest/fieldguard-demo/...` (standing in for the private GraphQL endpoints the real
 * issue view uses), so making the public REST API fail (`state.failingApis.add('jira')`) leaves the UI working,
 * as when an org blocks or breaks the API FieldGuard reads.
 */
import { readFileSync } from 'node:fs';
import { html, json, type DemoRequest, type DemoResponse, type DemoRoute } from '../server';
import { applyFieldEdit, applyTransition, issuesOf, PROJECT, restIssue, type DemoIssue } from './data';
import {
  browsePage,
  CLIENT_SCRIPT_PATH,
  notFoundPage,
  page,
  queueIssuePage,
  queuePage,
  yourWorkPage,
  type PageContent,
} from './page';
import type { DemoState } from '../server';

const HOST = /^[a-z0-9][a-z0-9-]*\.atlassian\.net$/;
const CLIENT_SCRIPT = readFileSync(new URL('./client.js', import.meta.url), 'utf8');
const QUEUE = `/jira/servicedesk/projects/${PROJECT.key}/queues/custom/${PROJECT.queueId}`;
const KEY = '([A-Z][A-Z0-9_]+-\\d+)';

const NOT_AUTHENTICATED = {
  errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
  errors: {},
};
const NOT_FOUND = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };

/** Which page content a path shows, for the first load and for the client's pushState navigation alike. */
function contentFor(path: string, state: DemoState): PageContent | null {
  const issues = issuesOf(state);
  const all = [...issues.values()];
  const browse = new RegExp(`^/browse/${KEY}$`).exec(path);
  if (browse?.[1]) {
    const issue = issues.get(browse[1]);
    return issue ? browsePage(issue) : notFoundPage(browse[1]);
  }
  if (path === QUEUE) return queuePage(all);
  const queued = new RegExp(`^${QUEUE}/${KEY}$`).exec(path);
  if (queued?.[1]) {
    const issue = issues.get(queued[1]);
    return issue ? queueIssuePage(all, issue) : notFoundPage(queued[1]);
  }
  if (path === '/jira/your-work') return yourWorkPage(all);
  return null;
}

function pageRoute(path: RegExp): DemoRoute {
  return {
    host: HOST,
    path,
    handle: (request, state) => {
      const content = contentFor(request.url.pathname, state);
      return content ? html(page(content)) : html(page(notFoundPage(request.url.pathname)), 404);
    },
  };
}

function issueOr404(request: DemoRequest, state: DemoState): DemoIssue | DemoResponse {
  const key = request.match[1] ?? '';
  return issuesOf(state).get(key) ?? json(NOT_FOUND, 404);
}

function isResponse(value: DemoIssue | DemoResponse): value is DemoResponse {
  return 'body' in value;
}

function parseBody(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export const jiraRoutes: DemoRoute[] = [
  pageRoute(new RegExp(`^/browse/${KEY}$`)),
  pageRoute(new RegExp(`^${QUEUE}(?:/${KEY})?$`)),
  pageRoute(/^\/jira\/your-work$/),
  {
    host: HOST,
    path: new RegExp(`^${CLIENT_SCRIPT_PATH.replaceAll('.', '\\.')}$`),
    handle: () => ({ headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: CLIENT_SCRIPT }),
  },
  {
    host: HOST,
    path: new RegExp(`^/rest/api/3/issue/${KEY}$`),
    handle: (request, state) => {
      if (state.failingApis.has('jira')) {
        return { ...json(NOT_AUTHENTICATED, 401), headers: { 'content-type': 'application/json;charset=UTF-8', 'www-authenticate': 'OAuth realm="https%3A%2F%2Fatlassian.net"' } };
      }
      const issue = issueOr404(request, state);
      if (isResponse(issue)) return issue;
      const expand = (request.url.searchParams.get('expand') ?? '').split(',').map((item) => item.trim());
      return json(restIssue(issue, `https://${request.url.host}`, expand));
    },
  },
  {
    host: HOST,
    path: /^\/rest\/fieldguard-demo\/page$/,
    handle: (request, state) => {
      const path = request.url.searchParams.get('path') ?? '/';
      const content = contentFor(new URL(path, request.url).pathname, state);
      return content ? json(content) : json({ title: 'Jira', html: '' }, 404);
    },
  },
  {
    host: HOST,
    method: 'POST',
    path: new RegExp(`^/rest/fieldguard-demo/issue/${KEY}/field$`),
    handle: (request, state) => {
      const issue = issueOr404(request, state);
      if (isResponse(issue)) return issue;
      const body = parseBody(request.body);
      const error = applyFieldEdit(issue, String(body.field ?? ''), String(body.value ?? ''));
      return error ? json({ errorMessages: [error], errors: {} }, 400) : { status: 204, body: '' };
    },
  },
  {
    host: HOST,
    method: 'POST',
    path: new RegExp(`^/rest/fieldguard-demo/issue/${KEY}/transition$`),
    handle: (request, state) => {
      const issue = issueOr404(request, state);
      if (isResponse(issue)) return issue;
      const body = parseBody(request.body);
      const fields = typeof body.fields === 'object' && body.fields !== null ? (body.fields as Record<string, unknown>) : {};
      const error = applyTransition(issue, String(body.transition ?? ''), fields);
      return error ? json({ errorMessages: [error], errors: {} }, 400) : { status: 204, body: '' };
    },
  },
];
