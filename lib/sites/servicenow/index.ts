/**
 * The ServiceNow adapter: classic UI16 forms (directly or inside `gsft_main`), read through the Table API with the
 * DOM for unsaved edits and anchors; workspace records by URL and API only (see read.ts).
 */
import type { SiteAdapter } from '../types';
import { fetchServiceNowRecord } from './api';
import { readServiceNow, serviceNowActiveRoot, serviceNowSelectorHealth } from './read';
import { detectServiceNowPage } from './urls';

/**
 * Every instance host; the content script runs in all frames because UI16 shows the form in `iframe#gsft_main`.
 * SN Utils also excludes `?XML`/`?WSDL` exports and the MFA page, which the detector rejects anyway.
 */
export const SERVICENOW_MATCHES = ['https://*.service-now.com/*'];

export const servicenowAdapter: SiteAdapter = {
  app: 'servicenow',
  detect: detectServiceNowPage,
  activeRoot: serviceNowActiveRoot,
  read: readServiceNow,
  fetchRecord: (page, api, signal) => fetchServiceNowRecord(page, api, signal, typeof document === 'undefined' ? undefined : document),
  selectorHealth: serviceNowSelectorHealth,
};
