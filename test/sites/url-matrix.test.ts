import { describe, expect, it } from 'vitest';
import { detectHubSpotPage } from '../../lib/sites/hubspot/urls';
import { detectJiraPage } from '../../lib/sites/jira/urls';
import { detectSalesforcePage } from '../../lib/sites/salesforce/urls';
import { detectServiceNowPage } from '../../lib/sites/servicenow/urls';
import type { PageInfo } from '../../lib/sites/types';
import { detectZendeskPage } from '../../lib/sites/zendesk/urls';
import { HUBSPOT_URLS } from './hubspot/url-samples';
import { JIRA_URLS } from './jira/url-samples';
import { SALESFORCE_URLS } from './salesforce/url-samples';
import { SERVICENOW_URLS } from './servicenow/url-samples';
import { ZENDESK_URLS } from './zendesk/url-samples';

const APPS: readonly { name: string; detect: (url: URL) => PageInfo | null; urls: { records: readonly (readonly [string, unknown])[]; lists: readonly (readonly [string, unknown])[]; others: readonly string[] } }[] = [
  { name: 'salesforce', detect: detectSalesforcePage, urls: SALESFORCE_URLS },
  { name: 'servicenow', detect: detectServiceNowPage, urls: SERVICENOW_URLS },
  { name: 'hubspot', detect: detectHubSpotPage, urls: HUBSPOT_URLS },
  { name: 'jira', detect: detectJiraPage, urls: JIRA_URLS },
  { name: 'zendesk', detect: detectZendeskPage, urls: ZENDESK_URLS },
];

/** Every app's detector must leave every other app's pages alone, whatever they look like. */
describe.each(APPS)('the $name detector on other apps\' URLs', ({ name, detect }) => {
  const foreign = APPS.filter((app) => app.name !== name).flatMap((app) => [
    ...app.urls.records.map(([url]) => url),
    ...app.urls.lists.map(([url]) => url),
    ...app.urls.others,
  ]);

  it.each(foreign)('ignores %s', (url) => {
    expect(detect(new URL(url))).toBeNull();
  });
});
