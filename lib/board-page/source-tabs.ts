/**
 * The open app tabs a board opened directly can load through. The extension sees a tab's address only where it
 * has host access (Salesforce, granted custom domains) or where FieldGuard reported a record in it (the tab
 * reports in `storage.session`); the other tabs cannot be named, so they are not offered.
 */
import { browser } from 'wxt/browser';
import { boardQueryFromUrl, hubspotViewQuery, jiraJqlQuery, servicenowQuery, zendeskSearchQuery } from '../board/query-from-url';
import type { BoardQuery } from '../board/types';
import { adapterForUrl } from '../sites';
import { readTabReport } from '../runtime/tab-reports';
import type { SourceTab } from './source-tab';

/** The query for a page of an app that is not a list: the app's usual open-work list. */
export function defaultQueryFor(url: URL): BoardQuery | null {
  const page = adapterForUrl(url)?.detect(url);
  if (!page) return null;
  switch (page.app) {
    case 'salesforce':
      return boardQueryFromUrl(url);
    case 'servicenow':
      return servicenowQuery(url.origin, page.object === 'change_request' || page.object === 'problem' ? page.object : 'incident', 'active=true');
    case 'jira':
      return jiraJqlQuery(url.origin, 'statusCategory != Done ORDER BY updated DESC');
    case 'zendesk':
      return zendeskSearchQuery(url.origin, 'type:ticket status<solved');
    case 'hubspot': {
      const portalId = page.context?.portalId;
      return typeof portalId === 'string' && portalId !== '' ? hubspotViewQuery(url.origin, portalId, null, null) : null;
    }
  }
}

export function sourceTabOf(tabId: number, title: string, address: string): SourceTab | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const listQuery = boardQueryFromUrl(url);
  const isList = listQuery !== null && adapterForUrl(url)?.detect(url)?.kind === 'list';
  const query = isList ? listQuery : defaultQueryFor(url);
  return query ? { tabId, title, url: url.href, query, isList } : null;
}

/** List pages first: they say exactly which records the user means. */
export async function listSourceTabs(): Promise<SourceTab[]> {
  const tabs = await browser.tabs.query({});
  const found: SourceTab[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const address = tab.url ?? (await reportedUrl(tab.id));
    if (!address) continue;
    const source = sourceTabOf(tab.id, tab.title ?? '', address);
    if (source) found.push(source);
  }
  return found.sort((a, b) => Number(b.isList) - Number(a.isList));
}

async function reportedUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await readTabReport(tabId))['0']?.url;
  } catch {
    return undefined;
  }
}
