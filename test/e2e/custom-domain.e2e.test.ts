/**
 * Custom domains in Chromium with the built extension.
 *
 * Headless Chromium cannot answer `chrome.permissions.request`: the prompt is browser UI that stays open, and the
 * only way to accept or refuse it without a person is a C++ test hook (`PermissionsRequestFunction::
 * SetAutoConfirmForTests`), with no command-line switch. So a custom domain is never granted here through the prompt.
 * What is driven for real:
 * - the options page's Add button reaches the permission prompt (a call without a user gesture would fail with an
 *   error the page shows) and saves nothing while the prompt is unanswered; an http address is refused;
 * - the background's registration, end to end: the Zendesk and ServiceNow demos served on hosts the extension
 *   already holds (the manifest's `https://*.my.salesforce.com/*`), added to the preferences as the options page does
 *   once a prompt is accepted; the background registers the apps' bundles there and their adapters lint the ticket
 *   and the incident (in its gsft_main frame), API and all; a host that is not added gets nothing; Remove on the
 *   options page unregisters it.
 */
import { mkdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servicenowRoutes } from '../demo-apps/servicenow/routes';
import { zendeskRoutes } from '../demo-apps/zendesk/routes';
import { chip, marker, markerFields, SETTLE_MS, startDemoSession } from './demo-session';

/** The extension APIs the `evaluate` bodies call: they run inside the browser, not in Node. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
};

const SHOTS = 'test-results/screenshots/custom-domains';
const CUSTOM_ORIGIN = 'https://help-desk.my.salesforce.com';
const OTHER_ORIGIN = 'https://other-desk.my.salesforce.com';
const ITSM_ORIGIN = 'https://itsm-desk.my.salesforce.com';
const DIRTY_TICKET = '/agent/tickets/48231';
const INC_RESOLVED_NO_NOTES = '0441bd86f9511bd72fe78e7546c22e95'; // INC0010174, as in servicenow.e2e.test.ts

// The demo Zendesk account and ServiceNow instance, answering on hosts under my.salesforce.com instead of their own.
const CUSTOM_HOST_ROUTES = [
  ...zendeskRoutes.map((route) => ({ ...route, host: /^(?:help|other)-desk\.my\.salesforce\.com$/ })),
  ...servicenowRoutes.map((route) => ({ ...route, host: /^itsm-desk\.my\.salesforce\.com$/ })),
];

const session = startDemoSession(CUSTOM_HOST_ROUTES, async () => {
  mkdirSync(SHOTS, { recursive: true });
});

function worker(): Worker {
  const [background] = session.browser.context.serviceWorkers();
  if (!background) throw new Error('the background worker is not running');
  return background;
}

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
  allFrames?: boolean;
}

const registeredScripts = () => worker().evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()) as Registered[]);
const savedDomains = () =>
  worker().evaluate(async () => {
    const stored = (await chrome.storage.local.get('fieldguard-prefs'))['fieldguard-prefs'] as { customDomains?: unknown[] } | undefined;
    return stored?.customDomains ?? [];
  });

async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html#domains`);
  await page.locator('#domains').waitFor();
  return page;
}

describe('custom domains', () => {
  it('refuses an http address and saves nothing while the permission prompt is unanswered', async () => {
    const page = await openOptions();
    const domains = page.locator('#domains');
    await domains.getByLabel('Domain').fill('http://support.example-corp.com');
    await domains.getByLabel('App').selectOption('zendesk');
    await domains.getByRole('button', { name: 'Add domain' }).click();
    await expect.poll(() => domains.getByRole('alert').textContent()).toContain('Only https addresses are allowed');

    await domains.getByLabel('Domain').fill('https://support.example-corp.com');
    await domains.getByRole('button', { name: 'Add domain' }).click();
    await page.waitForTimeout(SETTLE_MS);
    // No "did not ask" error: the click carried a user gesture and the prompt is open; nothing is saved or granted.
    expect(await domains.getByRole('alert').count()).toBe(0);
    expect(await savedDomains()).toEqual([]);
    expect(await page.evaluate(() => chrome.permissions.contains({ origins: ['https://support.example-corp.com/*'] }))).toBe(false);
    expect(await registeredScripts()).toEqual([]);
    await domains.screenshot({ path: `${SHOTS}/options-prompt-pending.png` });
    await page.close();
  });

  it('registers the Zendesk bundle on a granted custom domain, where the Zendesk adapter lints the ticket', async () => {
    await worker().evaluate(
      async (customDomains) => {
        const stored = ((await chrome.storage.local.get('fieldguard-prefs'))['fieldguard-prefs'] ?? {}) as Record<string, unknown>;
        await chrome.storage.local.set({ 'fieldguard-prefs': { ...stored, customDomains } });
      },
      [
        { origin: CUSTOM_ORIGIN, app: 'zendesk' },
        { origin: ITSM_ORIGIN, app: 'servicenow' },
      ],
    );
    await expect.poll(registeredScripts).toMatchObject([
      { id: 'fieldguard-custom-servicenow', js: ['content-scripts/servicenow.js'], matches: [`${ITSM_ORIGIN}/*`], runAt: 'document_idle', allFrames: true },
      { id: 'fieldguard-custom-zendesk', js: ['content-scripts/zendesk.js'], matches: [`${CUSTOM_ORIGIN}/agent/*`], runAt: 'document_idle', allFrames: false },
    ]);

    const page = await session.open(`${CUSTOM_ORIGIN}${DIRTY_TICKET}`);
    await expect.poll(() => chip(page).count()).toBe(1);
    // The same findings as on acme.zendesk.com (zendesk.e2e.test.ts), read through the same-origin Show Ticket API.
    await expect.poll(() => markerFields(page)).toEqual(['group_id', 'subject']);
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await chip(page).getAttribute('data-fieldguard-errors')).toBe('1');
    await page.screenshot({ path: `${SHOTS}/zendesk-on-custom-domain.png` });

    const other = await session.open(`${OTHER_ORIGIN}${DIRTY_TICKET}`);
    await other.waitForTimeout(SETTLE_MS);
    expect(await other.locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
    await other.close();
  });

  it('runs the ServiceNow adapter in the form frame of a custom-domain instance, token from the form', async () => {
    const page = await session.open(`${ITSM_ORIGIN}/nav_to.do?uri=incident.do%3Fsys_id%3D${INC_RESOLVED_NO_NOTES}`);
    await expect.poll(() => page.frames().some((frame) => frame.url().includes(`/incident.do?sys_id=${INC_RESOLVED_NO_NOTES}`))).toBe(true);
    const frame = page.frames().find((candidate) => candidate.url().includes(`/incident.do?sys_id=${INC_RESOLVED_NO_NOTES}`));
    if (!frame) throw new Error('no form frame');
    await expect.poll(() => marker(frame, 'close_notes').count()).toBe(1);
    // main-world.js is web-accessible on the apps' own hosts only, so g_ck is unreadable here: the Table API call
    // carries the form's sysparm_ck instead, and still answers.
    await expect.poll(() => chip(frame).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await chip(frame).getAttribute('data-fieldguard-errors')).toBe('1');
    expect(await page.mainFrame().locator('[data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/servicenow-on-custom-domain.png` });
    await page.close();
  });

  it('lists the domain as granted on the options page, and Remove unregisters its script', async () => {
    const options = await openOptions();
    const row = options.locator('#domains tr', { hasText: CUSTOM_ORIGIN });
    await expect.poll(() => row.textContent()).toContain('Granted');
    await options.locator('#domains').screenshot({ path: `${SHOTS}/options-domain-granted.png` });

    await options.getByRole('button', { name: `Remove ${CUSTOM_ORIGIN}` }).click();
    await expect.poll(savedDomains).toEqual([{ origin: ITSM_ORIGIN, app: 'servicenow' }]);
    await expect.poll(async () => (await registeredScripts()).map((script) => script.id)).toEqual(['fieldguard-custom-servicenow']);
    await expect.poll(() => options.locator('#domains tr', { hasText: CUSTOM_ORIGIN }).count()).toBe(0);

    const page = await session.open(`${CUSTOM_ORIGIN}${DIRTY_TICKET}`);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
    await options.close();
  });
});
