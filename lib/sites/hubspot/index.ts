/**
 * The HubSpot site adapter. The page is the primary source of values (HubSpot has no supported session API);
 * the record page's internal endpoint is an opt-in enhancement, off by default.
 *
 *   runFieldGuard(ctx, hubspotAdapter);
 *   createHubSpotAdapter({ internalApi: true }); // when the user turned it on (options page, HubSpot records)
 */
import type { SiteAdapter } from '../types';
import { fetchHubSpotRecord, HUBSPOT_INTERNAL_API_DEFAULT, type HubSpotApiOptions } from './api';
import { findActiveRecordRoot, hubspotSelectorHealth, readHubSpotRecord } from './read';
import { detectHubSpotPage } from './urls';

/** HubSpot's app hosts: na1, then the EU and second North American data centres (saas-apps.md §3.1). */
export const HUBSPOT_MATCHES = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*', 'https://app-na2.hubspot.com/*'];

export function createHubSpotAdapter(options: HubSpotApiOptions = { internalApi: HUBSPOT_INTERNAL_API_DEFAULT }): SiteAdapter {
  return {
    app: 'hubspot',
    detect: detectHubSpotPage,
    activeRoot: (doc) => findActiveRecordRoot(doc),
    read: (root, page) => readHubSpotRecord(root, page),
    fetchRecord: (page, api, signal) => fetchHubSpotRecord(page, api, signal, options),
    selectorHealth: hubspotSelectorHealth,
  };
}

export const hubspotAdapter: SiteAdapter = createHubSpotAdapter();
