import { describe, expect, it } from 'vitest';
import { detectOnCustomHost } from '../../lib/custom-domains/detect';
import { detectPageWithCustomDomains } from '../../lib/custom-domains/page';
import { hubspotAdapter } from '../../lib/sites/hubspot';
import { jiraAdapter } from '../../lib/sites/jira';
import { salesforceAdapter } from '../../lib/sites/salesforce';
import { servicenowAdapter } from '../../lib/sites/servicenow';
import type { PageInfo } from '../../lib/sites/types';
import { zendeskAdapter } from '../../lib/sites/zendesk';
import { SERVICENOW_URLS } from '../sites/servicenow/url-samples';
import { ZENDESK_URLS } from '../sites/zendesk/url-samples';

/** The same page on a custom host: the sample URL with its host replaced. */
function onHost(url: string, host: string): URL {
  const moved = new URL(url);
  moved.host = host;
  return moved;
}

function withoutContext(page: PageInfo | null): Omit<PageInfo, 'context'> | null {
  if (page === null) return null;
  const { context: _context, ...rest } = page;
  return rest;
}

describe('detection on a custom host mapped to the app', () => {
  it('reads a Zendesk ticket on a host-mapped domain', () => {
    expect(detectOnCustomHost(zendeskAdapter, new URL('https://support.example-corp.com/agent/tickets/123'))).toEqual({
      kind: 'record',
      app: 'zendesk',
      object: 'ticket',
      recordId: '123',
      context: { customHost: 'support.example-corp.com' },
    });
  });

  it.each([...ZENDESK_URLS.records, ...ZENDESK_URLS.lists])('reads %s the same on support.example-corp.com', (url, expected) => {
    const page = detectOnCustomHost(zendeskAdapter, onHost(url, 'support.example-corp.com'));
    expect(withoutContext(page)).toEqual(withoutContext(expected));
    expect(page?.context).toEqual({ customHost: 'support.example-corp.com' });
  });

  it.each(ZENDESK_URLS.others)('leaves %s alone on a custom host too', (url) => {
    expect(detectOnCustomHost(zendeskAdapter, onHost(url, 'support.example-corp.com'))).toBeNull();
  });

  it.each([...SERVICENOW_URLS.records, ...SERVICENOW_URLS.lists])('reads the ServiceNow page %s the same on itsm.example.org', (url, expected) => {
    const page = detectOnCustomHost(servicenowAdapter, onHost(url, 'itsm.example.org'));
    expect(page).toEqual({ ...expected, context: { ...expected.context, customHost: 'itsm.example.org' } });
  });

  it.each(SERVICENOW_URLS.others.filter((url) => url.startsWith('https://')))('leaves the ServiceNow page %s alone on a custom host too', (url) => {
    expect(detectOnCustomHost(servicenowAdapter, onHost(url, 'itsm.example.org'))).toBeNull();
  });

  it('keeps native hosts as the adapter reads them', () => {
    const url = new URL('https://acme.zendesk.com/agent/tickets/48213');
    expect(detectOnCustomHost(zendeskAdapter, url)).toEqual(zendeskAdapter.detect(url));
  });

  it('reads a Salesforce Government Cloud Plus record with its real host, which names the API host', () => {
    expect(detectOnCustomHost(salesforceAdapter, new URL('https://acme.lightning.crmforce.mil/lightning/r/Case/5005g00000XyZaBAAV/view'))).toMatchObject({
      kind: 'record',
      object: 'Case',
      context: { host: 'acme.lightning.crmforce.mil' },
    });
  });

  it('gives nothing on http, nor for apps without custom domains', () => {
    expect(detectOnCustomHost(zendeskAdapter, new URL('http://support.example-corp.com/agent/tickets/123'))).toBeNull();
    expect(detectOnCustomHost(jiraAdapter, new URL('https://jira.example-corp.com/browse/ITSD-1'))).toBeNull();
    expect(detectOnCustomHost(hubspotAdapter, new URL('https://crm.example-corp.com/contacts/123/record/0-3/456'))).toBeNull();
  });

  it('gives an unmapped custom host nothing: the plain adapters do not know it', () => {
    for (const adapter of [zendeskAdapter, servicenowAdapter, salesforceAdapter]) {
      expect(adapter.detect(new URL('https://support.example-corp.com/agent/tickets/123'))).toBeNull();
      expect(adapter.detect(new URL('https://itsm.example.org/incident.do?sys_id=9c27d5b2a7d68e64857b28dffefcd9de'))).toBeNull();
    }
  });
});

describe('detectPageWithCustomDomains (extension pages deciding from a tab URL)', () => {
  const domains = [
    { origin: 'https://support.example-corp.com', app: 'zendesk' },
    { origin: 'https://itsm.example.org', app: 'servicenow' },
  ] as const;

  it('reads a mapped custom host with its app adapter', () => {
    expect(detectPageWithCustomDomains(new URL('https://support.example-corp.com/agent/filters/360001'), domains)).toEqual({
      kind: 'list',
      app: 'zendesk',
      object: 'ticket',
      listId: '360001',
      context: { customHost: 'support.example-corp.com' },
    });
    expect(detectPageWithCustomDomains(new URL('https://itsm.example.org/incident_list.do'), domains)).toMatchObject({ kind: 'list', app: 'servicenow' });
  });

  it('reads native hosts as before and gives unmapped hosts nothing', () => {
    expect(detectPageWithCustomDomains(new URL('https://acme.zendesk.com/agent/tickets/5'), domains)).toMatchObject({ app: 'zendesk', recordId: '5' });
    expect(detectPageWithCustomDomains(new URL('https://desk.example-corp.com/agent/tickets/5'), domains)).toBeNull();
    // A host mapped to ServiceNow is not read as Zendesk.
    expect(detectPageWithCustomDomains(new URL('https://itsm.example.org/agent/tickets/5'), domains)).toBeNull();
  });
});
