/**
 * Every site adapter, for code that serves all apps (the background, the popup, tests). A content script imports
 * only its own app's adapter, so no content-script bundle carries the other four.
 */
import type { SiteAdapter } from './types';
import { hubspotAdapter } from './hubspot';
import { jiraAdapter } from './jira';
import { salesforceAdapter } from './salesforce';
import { servicenowAdapter } from './servicenow';
import { zendeskAdapter } from './zendesk';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [salesforceAdapter, hubspotAdapter, servicenowAdapter, jiraAdapter, zendeskAdapter];

/** The adapter that recognises the URL as one of its record or list pages, or null. */
export function adapterForUrl(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.detect(url) !== null) ?? null;
}
