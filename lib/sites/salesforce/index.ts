/**
 * The Salesforce Lightning Experience adapter: URLs in urls.ts, selectors in selectors.ts, the DOM reading in
 * read.ts, the UI API in api.ts (called through the background, whose session handling is session.ts).
 */
import type { SiteAdapter } from '../types';
import { fetchRecord } from './api';
import { activeRoot, readRecord, selectorHealth } from './read';
import { detectSalesforcePage } from './urls';

/**
 * Lightning pages only: sandboxes (`x--sbx.sandbox.lightning.force.com`) and the other partitioned org hosts are
 * subdomains of it too. The API host (`*.my.salesforce.com`) is reached from the background, not from a page.
 */
export const SALESFORCE_MATCHES: string[] = ['https://*.lightning.force.com/*'];

export const salesforceAdapter: SiteAdapter = {
  app: 'salesforce',
  detect: detectSalesforcePage,
  activeRoot,
  read: readRecord,
  fetchRecord,
  selectorHealth,
};
