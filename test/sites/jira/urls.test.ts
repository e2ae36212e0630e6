import { describe, expect, it } from 'vitest';
import { JIRA_MATCHES } from '../../../lib/sites/jira';
import { detectJiraPage, isIssueKey, jiraIssueApiPath, jiraSite } from '../../../lib/sites/jira/urls';
import { JIRA_URLS } from './url-samples';

describe('detectJiraPage', () => {
  it.each(JIRA_URLS.records)('%s is a record page', (url, expected) => {
    expect(detectJiraPage(new URL(url))).toEqual(expected);
  });

  it.each(JIRA_URLS.lists)('%s is a list page', (url, expected) => {
    expect(detectJiraPage(new URL(url))).toEqual(expected);
  });

  it.each(JIRA_URLS.others)('%s gets nothing', (url) => {
    expect(detectJiraPage(new URL(url))).toBeNull();
  });

  it.each([
    'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001aAskAAE/view',
    'https://acme.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371',
    'https://app.hubspot.com/contacts/123456/record/0-3/987',
    'https://acme.zendesk.com/agent/tickets/48213',
    'https://atlassian.net.evil.example/browse/ITSD-412',
    'https://acme.atlassian.com/browse/ITSD-412',
  ])('%s is not a Jira page', (url) => {
    expect(detectJiraPage(new URL(url))).toBeNull();
  });
});

describe('URL helpers', () => {
  it('reads the site from the host', () => {
    expect(jiraSite(new URL('https://Acme-IT.atlassian.net/browse/A1-1'))).toBe('acme-it');
    expect(jiraSite(new URL('https://acme.zendesk.com/'))).toBeNull();
  });

  it('accepts the key shapes Jira allows', () => {
    expect(['AB-1', 'A1-22', 'DATA_ENG-7'].every(isIssueKey)).toBe(true);
    expect(['A-1', 'ab-1', 'AB-', 'AB1', '1AB-2'].some(isIssueKey)).toBe(false);
  });

  it('asks REST v3 for the issue with names and transitions', () => {
    expect(jiraIssueApiPath('ITSD-412')).toBe('/rest/api/3/issue/ITSD-412?expand=names,transitions');
  });
});

describe('JIRA_MATCHES', () => {
  // Chrome's match pattern semantics for these simple patterns: scheme, host wildcard, path glob on path + query.
  const matches = (pattern: string, url: URL) => {
    const [, host, path] = /^https:\/\/\*\.([^/]+)(\/.*)$/.exec(pattern) ?? [];
    if (!host || !path) return false;
    const glob = new RegExp(`^${path.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replaceAll('*', '.*')}$`);
    return url.protocol === 'https:' && url.hostname.endsWith(`.${host}`) && glob.test(url.pathname + url.search);
  };
  const loaded = (url: string) => JIRA_MATCHES.some((pattern) => matches(pattern, new URL(url)));

  it('loads the script on every record and list page', () => {
    for (const [url] of [...JIRA_URLS.records, ...JIRA_URLS.lists]) expect(loaded(url), url).toBe(true);
  });

  it('stays out of Confluence and the customer portal', () => {
    expect(loaded('https://acme.atlassian.net/wiki/spaces/IT/pages/123/Runbook')).toBe(false);
    expect(loaded('https://acme.atlassian.net/servicedesk/customer/portal/1/ITSD-412')).toBe(false);
  });
});
