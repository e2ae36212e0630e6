import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customHostApp, startCustomDomainSync, syncCustomDomainScripts } from '../../lib/custom-domains/sync';
import { createMessageRouter, MESSAGE_TAG, type Sender } from '../../lib/messaging';
import { createHandlers } from '../../lib/runtime/background';
import { readPrefs, updatePrefs } from '../../lib/store/prefs';
import type { CustomDomain } from '../../lib/store/types';
import { installFakeExtensionApis, type FakeExtensionApis } from './fake-extension-apis';

const ZENDESK: CustomDomain = { origin: 'https://support.example-corp.com', app: 'zendesk' };
const ZENDESK_2: CustomDomain = { origin: 'https://help.example-corp.com', app: 'zendesk' };
const SERVICENOW: CustomDomain = { origin: 'https://itsm.example.org', app: 'servicenow' };
const GOV: CustomDomain = { origin: 'https://acme.lightning.crmforce.mil', app: 'salesforce' };

let apis: FakeExtensionApis;

const setDomains = (customDomains: CustomDomain[]) => updatePrefs((prefs) => ({ ...prefs, customDomains }));
const registered = () => Object.fromEntries([...apis.scripts.values()].map((script) => [script.id, script.matches]));

/** Lets the listeners' syncs (started by storage and permission events) finish. */
async function settled() {
  for (let round = 0; round < 20; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
});

describe('syncCustomDomainScripts', () => {
  it('registers the app bundle, run time and frames of each granted domain, on the app paths', async () => {
    apis.granted.add(`${ZENDESK.origin}/*`).add(`${SERVICENOW.origin}/*`);
    await setDomains([ZENDESK, SERVICENOW]);

    const result = await syncCustomDomainScripts();

    expect(result.registered).toEqual(['fieldguard-custom-servicenow', 'fieldguard-custom-zendesk']);
    expect([...apis.scripts.values()]).toEqual([
      { id: 'fieldguard-custom-servicenow', js: ['content-scripts/servicenow.js'], matches: ['https://itsm.example.org/*'], runAt: 'document_idle', allFrames: true },
      { id: 'fieldguard-custom-zendesk', js: ['content-scripts/zendesk.js'], matches: ['https://support.example-corp.com/agent/*'], runAt: 'document_idle', allFrames: false },
    ]);
  });

  it('registers nothing for a domain whose permission is not granted', async () => {
    await setDomains([ZENDESK]);
    expect((await syncCustomDomainScripts()).scripts).toEqual([]);
    expect(apis.scripts.size).toBe(0);
  });

  it('needs both the Lightning and the API host for a Salesforce Government org', async () => {
    await setDomains([GOV]);
    apis.granted.add(`${GOV.origin}/*`);
    await syncCustomDomainScripts();
    expect(apis.scripts.size).toBe(0);

    apis.granted.add('https://acme.my.salesforce.mil/*');
    await syncCustomDomainScripts();
    expect(registered()).toEqual({ 'fieldguard-custom-salesforce': ['https://acme.lightning.crmforce.mil/*'] });
  });

  it('changes nothing when the registrations already match, and updates one that no longer does', async () => {
    apis.granted.add(`${ZENDESK.origin}/*`).add(`${ZENDESK_2.origin}/*`);
    await setDomains([ZENDESK]);
    await syncCustomDomainScripts();

    expect(await syncCustomDomainScripts()).toMatchObject({ registered: [], unregistered: [] });

    await setDomains([ZENDESK, ZENDESK_2]);
    expect(await syncCustomDomainScripts()).toMatchObject({ registered: ['fieldguard-custom-zendesk'], unregistered: ['fieldguard-custom-zendesk'] });
    expect(registered()).toEqual({ 'fieldguard-custom-zendesk': ['https://help.example-corp.com/agent/*', 'https://support.example-corp.com/agent/*'] });
  });

  it('leaves scripts it did not register alone', async () => {
    apis.scripts.set('someone-else', { id: 'someone-else', js: ['x.js'], matches: ['https://example.com/*'] });
    await syncCustomDomainScripts();
    expect([...apis.scripts.keys()]).toEqual(['someone-else']);
  });

  it('runs concurrent syncs one after another, so none registers an id twice', async () => {
    apis.granted.add(`${ZENDESK.origin}/*`);
    await setDomains([ZENDESK]);
    await Promise.all([syncCustomDomainScripts(), syncCustomDomainScripts(), syncCustomDomainScripts()]);
    expect(registered()).toEqual({ 'fieldguard-custom-zendesk': ['https://support.example-corp.com/agent/*'] });
  });
});

describe('startCustomDomainSync', () => {
  it('registers on start, on grant and on prefs change, and unregisters on revoke and removal', async () => {
    apis.granted.add(`${SERVICENOW.origin}/*`);
    await setDomains([SERVICENOW, ZENDESK]);
    startCustomDomainSync();
    await settled();
    expect(registered()).toEqual({ 'fieldguard-custom-servicenow': ['https://itsm.example.org/*'] });

    apis.grant([`${ZENDESK.origin}/*`]);
    await settled();
    expect(Object.keys(registered())).toEqual(['fieldguard-custom-servicenow', 'fieldguard-custom-zendesk']);

    apis.revoke([`${SERVICENOW.origin}/*`]);
    await settled();
    expect(Object.keys(registered())).toEqual(['fieldguard-custom-zendesk']);
    // A revoked domain stays in the preferences, to be granted again.
    expect((await readPrefs()).customDomains).toEqual([SERVICENOW, ZENDESK]);

    await setDomains([SERVICENOW]);
    await settled();
    expect(registered()).toEqual({});
  });
});

describe('customHostApp', () => {
  it('names the app of a granted custom domain from the sender URL', async () => {
    apis.granted.add(`${ZENDESK.origin}/*`);
    await setDomains([ZENDESK]);
    expect(await customHostApp('https://support.example-corp.com/agent/tickets/123')).toBe('zendesk');
  });

  it('answers null for an unmapped host, a revoked domain, or no URL', async () => {
    await setDomains([ZENDESK]);
    expect(await customHostApp('https://support.example-corp.com/agent/tickets/123')).toBeNull();
    apis.granted.add(`${ZENDESK.origin}/*`);
    expect(await customHostApp('https://other.example-corp.com/agent/tickets/123')).toBeNull();
    expect(await customHostApp('http://support.example-corp.com/agent/tickets/123')).toBeNull();
    expect(await customHostApp(undefined)).toBeNull();
  });
});

describe('the custom-host-app message', () => {
  const ask = (url: string) => {
    const route = createMessageRouter(createHandlers(), fakeBrowser.runtime.id);
    const sender: Sender = { id: fakeBrowser.runtime.id, url, frameId: 0 };
    return route({ tag: MESSAGE_TAG, name: 'custom-host-app', data: {} }, sender);
  };

  it('answers from the sending frame URL, which the browser sets', async () => {
    apis.granted.add(`${SERVICENOW.origin}/*`);
    await setDomains([SERVICENOW]);
    expect(await ask('https://itsm.example.org/incident.do?sys_id=9c27d5b2a7d68e64857b28dffefcd9de')).toEqual({ ok: true, value: { app: 'servicenow' } });
    expect(await ask('https://acme.service-now.com/incident.do')).toEqual({ ok: true, value: { app: null } });
  });
});
