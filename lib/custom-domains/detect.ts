/**
 * Page detection on a custom host already mapped to an app, as pure functions of the URL. The adapter sees the URL
 * moved to a stand-in host of its app (`support.example-corp.com/agent/tickets/1` is read as
 * `custom-domain.zendesk.com/agent/tickets/1`), so its path rules apply unchanged; the page's context names the real
 * host as `customHost`. Content scripts import this module, so it imports no adapter and no zod.
 *
 *   detectOnCustomHost(zendeskAdapter, new URL('https://support.example-corp.com/agent/tickets/123'))
 *   // → { kind: 'record', app: 'zendesk', object: 'ticket', recordId: '123', context: { customHost: 'support.example-corp.com' } }
 */
import type { App } from '../records/model';
import type { PageInfo, SiteAdapter } from '../sites/types';

interface StandIn {
  readonly host: string;
  /** The context key the adapter derives from its own host name; on a custom host it names the real host instead. */
  readonly hostKey?: string;
}

/**
 * Stand-in hosts of the apps whose adapters recognise their pages by path. Salesforce has none: its Government and
 * China Lightning hosts are recognised by lib/sites/salesforce/urls.ts itself, because the API host follows from them.
 */
const STAND_INS: Partial<Readonly<Record<App, StandIn>>> = {
  servicenow: { host: 'custom-domain.service-now.com' },
  zendesk: { host: 'custom-domain.zendesk.com', hostKey: 'subdomain' },
};

/** What the adapter makes of a page on a custom host already mapped to its app; null for pages it leaves alone. */
export function detectOnCustomHost(adapter: SiteAdapter, url: URL): PageInfo | null {
  const direct = adapter.detect(url);
  if (direct !== null) return direct;
  const standIn = STAND_INS[adapter.app];
  if (standIn === undefined || url.protocol !== 'https:') return null;
  const moved = new URL(url.href);
  moved.host = standIn.host;
  const page = adapter.detect(moved);
  if (page === null) return null;
  const context = Object.fromEntries(Object.entries(page.context ?? {}).filter(([key]) => key !== standIn.hostKey));
  return { ...page, context: { ...context, customHost: url.hostname } };
}

/** The adapter with detection for a custom host mapped to its app; everything else is the adapter's own. */
export function customHostAdapter(adapter: SiteAdapter): SiteAdapter {
  return { ...adapter, detect: (url) => detectOnCustomHost(adapter, url) };
}
