import { describe, expect, it } from 'vitest';
import { detectHubSpotPage, hubspotObjectOf, isHubSpotHost } from '../../../lib/sites/hubspot/urls';
import { HUBSPOT_URLS } from './url-samples';

describe('detectHubSpotPage', () => {
  it.each(HUBSPOT_URLS.records)('reads the record page %s', (url, expected) => {
    expect(detectHubSpotPage(new URL(url))).toEqual(expected);
  });

  it.each(HUBSPOT_URLS.lists)('reads the list page %s', (url, expected) => {
    expect(detectHubSpotPage(new URL(url))).toEqual(expected);
  });

  it.each(HUBSPOT_URLS.others)('leaves %s alone', (url) => {
    expect(detectHubSpotPage(new URL(url))).toBeNull();
  });

  it.each([
    'https://knowledge.hubspot.com/contacts/123456/record/0-3/1',
    'https://app.hubspot.com.evil.example/contacts/123456/record/0-3/1',
    'https://api.hubapi.com/crm/v3/objects/deals/1',
    'http://app.hubspot.com/contacts/123456/record/0-3/1',
    'https://app.hubspot.com/contacts/abc/record/0-3/1',
  ])('rejects %s, which is not a HubSpot app page', (url) => {
    expect(detectHubSpotPage(new URL(url))).toBeNull();
  });

  it('takes the portal id from the path, not from the query SPA navigation appends', () => {
    const page = detectHubSpotPage(new URL('https://app.hubspot.com/contacts/123456/record/0-1/42?portalId=999&clienttimeout=1'));
    expect(page?.context).toEqual({ portalId: '123456', objectTypeId: '0-1' });
  });
});

describe('HubSpot hosts and object types', () => {
  it.each(['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com', 'app-ap1.hubspot.com'])('knows %s', (host) => {
    expect(isHubSpotHost(host)).toBe(true);
  });

  it.each(['hubspot.com', 'www.hubspot.com', 'knowledge.hubspot.com', 'app.hubspotqa.com', 'app-eu1.hubspot.com.example'])('does not take %s', (host) => {
    expect(isHubSpotHost(host)).toBe(false);
  });

  it('maps the standard object type ids and nothing else', () => {
    expect(['0-1', '0-2', '0-3', '0-5', '0-7', '2-61481665'].map(hubspotObjectOf)).toEqual(['contact', 'company', 'deal', 'ticket', null, null]);
  });
});
