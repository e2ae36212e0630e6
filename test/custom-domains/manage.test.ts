import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCustomDomain, listCustomDomains, removeCustomDomain } from '../../lib/custom-domains/manage';
import { readPrefs, updatePrefs } from '../../lib/store/prefs';
import { installFakeExtensionApis, type FakeExtensionApis } from './fake-extension-apis';

let apis: FakeExtensionApis;

beforeEach(async () => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis(['https://*.my.salesforce.com/*']);
  await updatePrefs((prefs) => ({ ...prefs, displayName: 'Ops admin' }));
});

describe('addCustomDomain', () => {
  it('asks for the origin, then saves the domain once granted', async () => {
    expect(await addCustomDomain('https://support.example-corp.com/', 'zendesk')).toEqual({
      ok: true,
      domain: { origin: 'https://support.example-corp.com', app: 'zendesk' },
    });
    expect(apis.prompts).toEqual([['https://support.example-corp.com/*']]);
    expect((await readPrefs()).customDomains).toEqual([{ origin: 'https://support.example-corp.com', app: 'zendesk' }]);
  });

  it('asks for the API host of a Salesforce China org in the same prompt', async () => {
    await addCustomDomain('acme.lightning.sfcrmapps.cn', 'salesforce');
    expect(apis.prompts).toEqual([['https://acme.lightning.sfcrmapps.cn/*', 'https://acme.my.sfcrmproducts.cn/*']]);
  });

  it('changes nothing when the user refuses', async () => {
    const before = await readPrefs();
    apis.answer = false;
    expect(await addCustomDomain('https://itsm.example.org', 'servicenow')).toEqual({
      ok: false,
      reason: 'refused',
      error: 'Access to https://itsm.example.org was not granted, so nothing was added.',
    });
    expect(await readPrefs()).toEqual(before);
  });

  it('refuses an invalid origin without prompting', async () => {
    const result = await addCustomDomain('http://itsm.example.org', 'servicenow');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(apis.prompts).toEqual([]);
    expect((await readPrefs()).customDomains).toEqual([]);
  });

  it('reports a prompt the browser would not show (no user gesture) and changes nothing', async () => {
    fakeBrowser.permissions.request = async () => {
      throw new Error('This function must be called during a user gesture');
    };
    expect(await addCustomDomain('https://itsm.example.org', 'servicenow')).toEqual({
      ok: false,
      reason: 'failed',
      error: 'The browser did not ask for access to https://itsm.example.org: This function must be called during a user gesture',
    });
    expect((await readPrefs()).customDomains).toEqual([]);
  });

  it('maps an origin added again to the app chosen last, once', async () => {
    await addCustomDomain('https://desk.example-corp.com', 'zendesk');
    await addCustomDomain('https://desk.example-corp.com', 'servicenow');
    expect((await readPrefs()).customDomains).toEqual([{ origin: 'https://desk.example-corp.com', app: 'servicenow' }]);
  });
});

describe('removeCustomDomain', () => {
  it('forgets the domain and gives its permission back, keeping the other preferences', async () => {
    await addCustomDomain('https://support.example-corp.com', 'zendesk');
    expect(await removeCustomDomain('https://support.example-corp.com')).toEqual({ removed: true, permissionRemoved: true });
    expect(apis.granted.has('https://support.example-corp.com/*')).toBe(false);
    expect(await readPrefs()).toMatchObject({ customDomains: [], displayName: 'Ops admin' });
  });

  it('forgets the domain even when the browser keeps the permission', async () => {
    await updatePrefs((prefs) => ({ ...prefs, customDomains: [{ origin: 'https://desk.my.salesforce.com', app: 'zendesk' }] }));
    expect(await removeCustomDomain('https://desk.my.salesforce.com')).toEqual({ removed: true, permissionRemoved: false });
    expect((await readPrefs()).customDomains).toEqual([]);
  });

  it('says when there was no such domain', async () => {
    expect(await removeCustomDomain('https://nothing.example.com')).toEqual({ removed: false, permissionRemoved: false });
  });
});

describe('listCustomDomains', () => {
  it('tells granted domains from revoked ones', async () => {
    await addCustomDomain('https://support.example-corp.com', 'zendesk');
    await addCustomDomain('https://itsm.example.org', 'servicenow');
    apis.revoke(['https://itsm.example.org/*']);
    expect(await listCustomDomains()).toEqual([
      { origin: 'https://support.example-corp.com', app: 'zendesk', granted: true },
      { origin: 'https://itsm.example.org', app: 'servicenow', granted: false },
    ]);
  });
});
