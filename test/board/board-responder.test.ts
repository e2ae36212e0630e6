import { describe, expect, it } from 'vitest';
import { checkBoardFetch } from '../../lib/runtime/board-responder';

const ask = (app: string, method: string, path: string, body?: string) => ({ tag: 'fieldguard/board-fetch', app, method, path, ...(body === undefined ? {} : { body }) });

describe('checkBoardFetch', () => {
  it('allows the list APIs the board sources call, on the page\'s own origin', () => {
    const ok = (message: unknown, app: 'servicenow' | 'jira' | 'zendesk' | 'hubspot', origin: string) => checkBoardFetch(message, app, origin);
    expect(ok(ask('servicenow', 'GET', '/api/now/table/incident?sysparm_query=active%3Dtrue&sysparm_limit=500'), 'servicenow', 'https://acme.service-now.com')).toMatchObject({ ok: true });
    expect(ok(ask('jira', 'GET', '/rest/api/3/search/jql?jql=project%3DITSD'), 'jira', 'https://acme.atlassian.net')).toMatchObject({ ok: true });
    expect(ok(ask('zendesk', 'GET', '/api/v2/views/360001234567/tickets.json?page%5Bsize%5D=100'), 'zendesk', 'https://acme.zendesk.com')).toMatchObject({ ok: true });
    expect(ok(ask('hubspot', 'POST', '/api/crm/v3/objects/deals/search?portalId=1', '{}'), 'hubspot', 'https://app.hubspot.com')).toMatchObject({ ok: true });
  });

  it('refuses anything else: other paths, methods, origins and apps', () => {
    const origin = 'https://acme.service-now.com';
    const refused = (message: unknown) => checkBoardFetch(message, 'servicenow', origin);
    expect(refused(ask('servicenow', 'GET', '/api/now/table/incident/9c27d5b2a7d68e64857b28dffefcd9de'))).toMatchObject({ ok: false });
    expect(refused(ask('servicenow', 'GET', '/sys_user_list.do'))).toMatchObject({ ok: false });
    expect(refused(ask('servicenow', 'POST', '/api/now/table/incident', '{}'))).toMatchObject({ ok: false });
    expect(refused(ask('servicenow', 'DELETE', '/api/now/table/incident'))).toMatchObject({ ok: false });
    expect(refused(ask('servicenow', 'GET', '//evil.example/api/now/table/incident'))).toMatchObject({ ok: false });
    expect(refused(ask('servicenow', 'GET', 'https://evil.example/api/now/table/incident'))).toMatchObject({ ok: false });
    expect(refused(ask('jira', 'GET', '/rest/api/3/search/jql'))).toMatchObject({ ok: false, reason: expect.stringContaining('not a jira page') });
    expect(checkBoardFetch(ask('hubspot', 'GET', '/api/crm/v3/objects/deals/search'), 'hubspot', 'https://app.hubspot.com')).toMatchObject({ ok: false });
    expect(checkBoardFetch(ask('salesforce', 'GET', '/services/data/v66.0/query'), 'salesforce', 'https://acme.lightning.force.com')).toMatchObject({ ok: false });
  });

  it('leaves other messages to other listeners', () => {
    expect(checkBoardFetch({ tag: 'fieldguard/v1', name: 'focus-finding', data: { key: 'a/b' } }, 'jira', 'https://acme.atlassian.net')).toBeNull();
    expect(checkBoardFetch('hello', 'jira', 'https://acme.atlassian.net')).toBeNull();
  });
});
