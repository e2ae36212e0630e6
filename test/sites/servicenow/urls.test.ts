import { describe, expect, it } from 'vitest';
import { detectServiceNowPage, isServiceNowHost, serviceNowFrameTarget } from '../../../lib/sites/servicenow/urls';
import { SERVICENOW_URLS, SERVICENOW_WRAPPERS } from './url-samples';

describe('detectServiceNowPage', () => {
  it.each(SERVICENOW_URLS.records)('recognises the record page %s', (url, expected) => {
    expect(detectServiceNowPage(new URL(url))).toEqual(expected);
  });

  it.each(SERVICENOW_URLS.lists)('recognises the list %s', (url, expected) => {
    expect(detectServiceNowPage(new URL(url))).toEqual(expected);
  });

  it.each(SERVICENOW_URLS.others)('leaves %s alone', (url) => {
    expect(detectServiceNowPage(new URL(url))).toBeNull();
  });

  it.each([
    'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAZ/view',
    'https://acme.atlassian.net/browse/ITSM-42',
    'https://acme.zendesk.com/agent/tickets/1234',
    'https://app.hubspot.com/contacts/1234567/record/0-3/987654',
    'https://evil.example.com/incident.do?sys_id=9c27d5b2a7d68e64857b28dffefcd9de',
    'https://service-now.com.evil.example/incident.do?sys_id=9c27d5b2a7d68e64857b28dffefcd9de',
    'http://acme.service-now.com/incident.do?sys_id=9c27d5b2a7d68e64857b28dffefcd9de',
  ])('rejects %s, which is not a ServiceNow instance page', (url) => {
    expect(detectServiceNowPage(new URL(url))).toBeNull();
  });
});

describe('serviceNowFrameTarget', () => {
  it.each(SERVICENOW_WRAPPERS)('finds what the wrapper %s shows in gsft_main', (wrapper, inner) => {
    expect(serviceNowFrameTarget(new URL(wrapper))?.href).toBe(inner);
  });

  it('detects the wrapped form as the record the wrapper shows', () => {
    const [wrapper] = SERVICENOW_WRAPPERS[0] ?? [];
    const inner = serviceNowFrameTarget(new URL(wrapper ?? ''));
    expect(inner && detectServiceNowPage(inner)).toMatchObject({ kind: 'record', object: 'incident' });
  });

  it.each([
    'https://acme.service-now.com/nav_to.do?uri=https%3A%2F%2Fevil.example%2Fincident.do',
    'https://acme.service-now.com/nav_to.do',
    'https://acme.service-now.com/incident.do?sys_id=9c27d5b2a7d68e64857b28dffefcd9de',
  ])('finds nothing in %s', (url) => {
    expect(serviceNowFrameTarget(new URL(url))).toBeNull();
  });
});

describe('isServiceNowHost', () => {
  it('accepts instance hosts over HTTPS only', () => {
    expect(isServiceNowHost(new URL('https://acme.service-now.com/'))).toBe(true);
    expect(isServiceNowHost(new URL('https://.service-now.com/'))).toBe(false);
    expect(isServiceNowHost(new URL('https://service-now.com/'))).toBe(false);
    expect(isServiceNowHost(new URL('http://acme.service-now.com/'))).toBe(false);
  });
});
