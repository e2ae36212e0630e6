import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJiraIssue } from '../../../lib/sites/jira/api';
import { categoryOfStatus, forgetSiteFacts, requestTypeFieldId } from '../../../lib/sites/jira/site-facts';
import type { ApiAccess, RecordPage } from '../../../lib/sites/types';
import { restIssue } from '../../demo-apps/jira/data';
import { demoIssue } from './demo-dom';
import { parseInBackground } from '../../runtime/parse-in-background';
import officialExample from '../../fixtures/samples/jira-cloud-v3-get-issue-official-example.json';

afterEach(() => forgetSiteFacts());

const PAGE: RecordPage = { kind: 'record', app: 'jira', object: null, recordId: 'ITSD-401', context: { site: 'acme', view: 'browse' } };

function access(pageFetch: ApiAccess['pageFetch']): ApiAccess {
  return {
    pageFetch,
    backgroundFetch: () => Promise.reject(new Error('Jira is read same-origin')),
    pageValue: () => Promise.resolve(null),
    parse: parseInBackground,
  };
}

const respond = (body: unknown, status = 200) => () =>
  Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

const demoPayload = (key: string) => restIssue(demoIssue(key), 'https://acme.atlassian.net', ['names', 'transitions']);

describe('fetchJiraIssue', () => {
  it('GETs the issue same-origin with names and transitions', async () => {
    const pageFetch = vi.fn(respond(demoPayload('ITSD-401')));
    await fetchJiraIssue(PAGE, access(pageFetch), new AbortController().signal);
    expect(pageFetch).toHaveBeenCalledWith(
      '/rest/api/3/issue/ITSD-401?expand=names,transitions',
      expect.objectContaining({ method: 'GET', credentials: 'same-origin' }),
    );
  });

  it('returns the parsed JSM request', async () => {
    const outcome = await fetchJiraIssue(PAGE, access(respond(demoPayload('ITSD-401'))), new AbortController().signal);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record).toMatchObject({
      app: 'jira',
      object: 'request',
      id: 'ITSD-401',
      url: 'https://acme.atlassian.net/browse/ITSD-401',
      labels: { resolution: 'Resolution', requestType: 'Request Type' },
    });
    expect(outcome.record.fields).toMatchObject({
      status: { statusCategory: { key: 'done' } },
      resolution: null,
      requestType: 'Report a system problem',
      assignee: { displayName: 'Fatima Zahra' },
    });
  });

  it('reads a plain issue (no request type) as an issue', async () => {
    const outcome = await fetchJiraIssue({ ...PAGE, recordId: 'ED-1' }, access(respond(officialExample)), new AbortController().signal);
    expect(outcome.ok && outcome.record.object).toBe('issue');
  });

  it("learns the site's statuses and request type field for reading the page", async () => {
    const payload = demoPayload('ITSD-401');
    const names = { ...(payload.names as Record<string, string>), customfield_10010: 'Summary of type', customfield_10200: 'Request Type' };
    const transitions = [{ id: '99', name: 'Triage', to: { name: 'Needs triage', statusCategory: { key: 'new' } } }];
    await fetchJiraIssue(PAGE, access(respond({ ...payload, names, transitions })), new AbortController().signal);
    expect(categoryOfStatus('Needs triage')).toBe('new');
    expect(requestTypeFieldId()).toBe('customfield_10200');
  });

  it("says why when Jira refuses, with Jira's own message", async () => {
    const body = { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} };
    expect(await fetchJiraIssue(PAGE, access(respond(body, 401)), new AbortController().signal)).toEqual({
      ok: false,
      reason: 'Jira API answered 401: You are not authenticated. Authentication required to perform this operation.',
    });
    expect(await fetchJiraIssue(PAGE, access(respond('<html>Forbidden</html>', 403)), new AbortController().signal)).toEqual({
      ok: false,
      reason: 'Jira API answered 403',
    });
  });

  it('never throws: network errors, bad JSON and payloads that are not issues become reasons', async () => {
    const failing = access(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchJiraIssue(PAGE, failing, new AbortController().signal)).toEqual({ ok: false, reason: 'Jira API unreadable: Failed to fetch' });

    const garbled = await fetchJiraIssue(PAGE, access(respond('{"key":')), new AbortController().signal);
    expect(garbled.ok).toBe(false);

    const status = { self: 'https://acme.atlassian.net/rest/api/3/status/3', name: 'In Progress', id: '3' };
    const notIssue = await fetchJiraIssue(PAGE, access(respond(status)), new AbortController().signal);
    expect(notIssue).toMatchObject({ ok: false, reason: expect.stringContaining('not an issue') });
  });

  it('reports an aborted read as aborted', async () => {
    const controller = new AbortController();
    const pageFetch: ApiAccess['pageFetch'] = () => {
      controller.abort();
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    };
    expect(await fetchJiraIssue(PAGE, access(pageFetch), controller.signal)).toEqual({ ok: false, reason: 'aborted' });
  });
});
