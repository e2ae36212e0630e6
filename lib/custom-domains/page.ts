/**
 * What a tab's URL shows, custom domains included, for extension pages (the popup, the board) that decide from a URL
 * alone. Imports every adapter, so content scripts must not import it.
 *
 *   detectPageWithCustomDomains(new URL(tab.url), (await readPrefs()).customDomains)
 */
import { adapterForUrl, SITE_ADAPTERS } from '../sites';
import type { PageInfo } from '../sites/types';
import type { CustomDomain } from '../store/types';
import { detectOnCustomHost } from './detect';
import { findCustomDomain } from './origins';

export function detectPageWithCustomDomains(url: URL, domains: readonly CustomDomain[]): PageInfo | null {
  const domain = findCustomDomain(domains, url.origin);
  if (domain === null) return adapterForUrl(url)?.detect(url) ?? null;
  const adapter = SITE_ADAPTERS.find((candidate) => candidate.app === domain.app);
  return adapter ? detectOnCustomHost(adapter, url) : null;
}
