// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import salesforceScript from '../../entrypoints/salesforce.content/index';
import servicenowScript from '../../entrypoints/servicenow.content/index';
import zendeskScript from '../../entrypoints/zendesk.content/index';
import { APP_CONTENT_SCRIPTS, customDomainScripts } from '../../lib/custom-domains/content-scripts';
import { runFieldGuardOnAnyHost } from '../../lib/runtime/custom-host';
import type { RuntimeContext } from '../../lib/runtime/run';
import type { ApiAccess, PageInfo, SiteAdapter } from '../../lib/sites/types';
import { ZENDESK_MATCHES, zendeskAdapter } from '../../lib/sites/zendesk';

describe('custom-domain registrations', () => {
  it.each([
    ['salesforce', salesforceScript],
    ['servicenow', servicenowScript],
    ['zendesk', zendeskScript],
  ] as const)('declare the %s entrypoint the same way (matches, frames, run time)', (app, script) => {
    expect(APP_CONTENT_SCRIPTS[app]).toEqual({ matches: script.matches, allFrames: script.allFrames ?? false });
    expect(script.runAt).toBe('document_idle');
  });

  it('put every origin of an app in one registration, each with the app paths', () => {
    expect(
      customDomainScripts([
        { origin: 'https://support.example-corp.com', app: 'zendesk' },
        { origin: 'https://acme.lightning.crmforce.mil', app: 'salesforce' },
        { origin: 'https://desk.example-corp.com', app: 'zendesk' },
        { origin: 'https://jira.example-corp.com', app: 'jira' },
      ]).map((script) => [script.id, script.js, script.matches]),
    ).toEqual([
      ['fieldguard-custom-zendesk', ['content-scripts/zendesk.js'], ['https://desk.example-corp.com/agent/*', 'https://support.example-corp.com/agent/*']],
      ['fieldguard-custom-salesforce', ['content-scripts/salesforce.js'], ['https://acme.lightning.crmforce.mil/*']],
    ]);
  });
});

describe('runFieldGuardOnAnyHost', () => {
  const ctx: RuntimeContext = { signal: new AbortController().signal, addEventListener: () => undefined };
  const bridge = { value: async () => null, command: async () => false };
  const api = () => ({}) as ApiAccess;

  /** The Zendesk adapter recording the URLs the runtime asks it about and recognising none, so no view starts. */
  function watched(): { adapter: SiteAdapter; hosts: string[]; pages: (PageInfo | null)[] } {
    const hosts: string[] = [];
    const pages: (PageInfo | null)[] = [];
    const detect = (url: URL) => {
      hosts.push(url.hostname);
      pages.push(zendeskAdapter.detect(url));
      return null;
    };
    return { hosts, pages, adapter: { ...zendeskAdapter, detect } };
  }

  const start = (url: string, adapter: SiteAdapter, customHostApp: () => Promise<'zendesk' | 'servicenow' | null>) => {
    const doc = { location: { href: url } } as unknown as Document;
    runFieldGuardOnAnyHost(ctx, adapter, ZENDESK_MATCHES, { doc, bridge, api, customHostApp });
  };

  it('runs on the app own hosts without asking the background', async () => {
    const { adapter, pages } = watched();
    const ask = vi.fn(async () => null);
    start('https://acme.zendesk.com/agent/tickets/7', adapter, ask);
    await vi.waitFor(() => expect(pages).toEqual([{ kind: 'record', app: 'zendesk', object: 'ticket', recordId: '7', context: { subdomain: 'acme' } }]));
    expect(ask).not.toHaveBeenCalled();
  });

  it('runs the custom-host adapter on a host the background maps to its app', async () => {
    const { adapter, hosts, pages } = watched();
    start('https://support.example-corp.com/agent/tickets/123', adapter, async () => 'zendesk');
    // The page as is, then moved to the stand-in host, where the app's path rules recognise the ticket.
    await vi.waitFor(() => expect(hosts).toEqual(['support.example-corp.com', 'custom-domain.zendesk.com']));
    expect(pages[1]).toMatchObject({ kind: 'record', recordId: '123' });
  });

  it.each([null, 'servicenow'] as const)('does nothing when the background answers %s', async (answer) => {
    const { adapter, hosts } = watched();
    const ask = vi.fn(async () => answer);
    start('https://support.example-corp.com/agent/tickets/123', adapter, ask);
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hosts).toEqual([]);
  });
});
