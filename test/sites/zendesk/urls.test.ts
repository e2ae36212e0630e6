import { describe, expect, it } from 'vitest';
import { detectZendeskPage, zendeskSubdomain, zendeskTicketApiPath } from '../../../lib/sites/zendesk/urls';
import { ZENDESK_URLS } from './url-samples';

describe('detectZendeskPage', () => {
  it.each(ZENDESK_URLS.records)('reads the ticket page %s', (url, expected) => {
    expect(detectZendeskPage(new URL(url))).toEqual(expected);
  });

  it.each(ZENDESK_URLS.lists)('reads the view %s', (url, expected) => {
    expect(detectZendeskPage(new URL(url))).toEqual(expected);
  });

  it.each(ZENDESK_URLS.others)('leaves %s alone', (url) => {
    expect(detectZendeskPage(new URL(url))).toBeNull();
  });

  it.each([
    'http://acme.zendesk.com/agent/tickets/1',
    'https://zendesk.com/agent/tickets/1',
    'https://acme.zendesk.com.evil.example/agent/tickets/1',
    'https://acme.eu.zendesk.com/agent/tickets/1',
    'https://support.acme.com/agent/tickets/1',
    'https://acme.zendesk.com/agent/tickets/abc',
    'https://acme.zendesk.com/agent/tickets/1/events',
    'https://acme.zendesk.com/agent/filters/new',
  ])('rejects %s, which is not a ticket or view of an agent host', (url) => {
    expect(detectZendeskPage(new URL(url))).toBeNull();
  });

  it('takes the ticket id from the path, not from the query', () => {
    expect(detectZendeskPage(new URL('https://acme.zendesk.com/agent/tickets/5?ticket_id=6'))).toMatchObject({ recordId: '5' });
  });
});

describe('Zendesk URL helpers', () => {
  it('names the subdomain of agent hosts only', () => {
    expect(zendeskSubdomain(new URL('https://acme.zendesk.com/agent'))).toBe('acme');
    expect(zendeskSubdomain(new URL('https://help.acme.com/agent'))).toBeNull();
  });

  it('builds the same-origin Show Ticket path', () => {
    expect(zendeskTicketApiPath('48213')).toBe('/api/v2/tickets/48213.json');
  });
});
