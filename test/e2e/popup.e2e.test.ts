/**
 * The popup against a real open record of each demo app, in Chromium with the built extension: the score and
 * findings it shows are the overlay's, a click on a finding opens its field's marker in the record's tab, and a
 * rule set switched off takes its hints out of that tab at once (and back when switched on), without a reload.
 * The popup opens as `popup.html?tab=<id>` in a page of its own, 380 px wide; screenshots of each reachable state
 * go to test-results/screenshots/popup/.
 */
import { mkdirSync } from 'node:fs';
import type { Frame, Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { DEMO_IDS } from '../demo-apps/hubspot/data';
import { SALESFORCE_DEMO_URLS } from '../demo-apps/salesforce/routes';
import { chip, markers, startDemoSession } from './demo-session';
import { tabIdOfRecord } from './extension-pages';

const SHOTS = 'test-results/screenshots/popup';

let worker: Worker;

const session = startDemoSession(ALL_DEMO_ROUTES, async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  // Salesforce: signing in through the My Domain host sets the API-capable session.
  const login = await browser.context.newPage();
  await login.goto(`${SALESFORCE_DEMO_URLS.login}?retURL=${encodeURIComponent('/lightning/page/home')}`);
  await login.close();
});

type Scope = Page | Frame;

interface DirtyRecord {
  readonly app: string;
  readonly url: string;
  readonly recordId: string;
  /** Where the overlay is: the page, or ServiceNow's classic form frame. */
  readonly scope: (page: Page) => Promise<Scope>;
}

const top = async (page: Page): Promise<Scope> => page;

async function formFrame(page: Page): Promise<Scope> {
  const isForm = (frame: Frame) => frame !== page.mainFrame() && /\.do\?sys_id=/.test(frame.url());
  await expect.poll(() => page.frames().some(isForm)).toBe(true);
  const frame = page.frames().find(isForm);
  if (!frame) throw new Error('no form frame');
  return frame;
}

const SN_PRIORITY_MISMATCH = '4afa1e5dd80614bf5eac5f85131adec0';

const RECORDS: readonly DirtyRecord[] = [
  { app: 'salesforce', url: SALESFORCE_DEMO_URLS.pastCloseDate, recordId: new URL(SALESFORCE_DEMO_URLS.pastCloseDate).pathname.split('/')[4] ?? '', scope: top },
  { app: 'hubspot', url: `https://app.hubspot.com/contacts/123456/record/0-3/${DEMO_IDS.dealWithoutAmount}`, recordId: DEMO_IDS.dealWithoutAmount, scope: top },
  { app: 'servicenow', url: `https://acme.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D${SN_PRIORITY_MISMATCH}`, recordId: SN_PRIORITY_MISMATCH, scope: formFrame },
  { app: 'jira', url: 'https://acme.atlassian.net/browse/ITSD-401', recordId: 'ITSD-401', scope: top },
  { app: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/48231', recordId: '48231', scope: top },
];

const tabIdOf = (recordId: string) => tabIdOfRecord(worker, recordId);

async function openPopup(query: string): Promise<Page> {
  const popup = await session.browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html${query}`);
  return popup;
}

async function openRecord(record: DirtyRecord): Promise<{ page: Page; scope: Scope; tabId: number }> {
  const page = await session.open(record.url);
  const scope = await record.scope(page);
  await expect.poll(() => chip(scope).count(), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => tabIdOf(record.recordId)).not.toBeNull();
  return { page, scope, tabId: (await tabIdOf(record.recordId)) ?? -1 };
}

/** The `pack/rule` of every finding the chip's panel lists, sorted; the panel is closed again. */
async function chipFindings(scope: Scope): Promise<string[]> {
  const button = chip(scope).locator('button.fg-chip');
  await button.click();
  await expect.poll(() => chip(scope).locator('.fg-panel-head').count()).toBe(1);
  const rules = await chip(scope).locator('li.fg-finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''));
  await button.click();
  return rules.sort();
}

const popupFindings = async (popup: Page) => (await popup.locator('button.fg-finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''))).sort();
const groupCount = async (popup: Page, group: string) => ((await popup.locator(`.fg-group-${group}`).count()) === 0 ? '0' : ((await popup.locator(`.fg-group-${group} .fg-group-count`).textContent()) ?? ''));

/** Findings the page shows at markers: the sum of their counts. */
const markedFindings = (scope: Scope) =>
  markers(scope).evaluateAll((hosts) => hosts.reduce((sum, host) => sum + Number(host.getAttribute('data-fieldguard-count') ?? 0), 0));

describe('the popup on a dirty record of each app', () => {
  for (const record of RECORDS) {
    it(`${record.app}: shows the overlay's score and findings, jumps to a field, and switches a rule set live`, async () => {
      const { page, scope, tabId } = await openRecord(record);
      const popup = await openPopup(`?tab=${tabId}`);
      const score = await chip(scope).getAttribute('data-fieldguard-score');
      await expect.poll(() => popup.getByTestId('score').textContent()).toBe(score);
      expect(Number(score)).toBeLessThan(100);
      expect(await groupCount(popup, 'error')).toBe(await chip(scope).getAttribute('data-fieldguard-errors'));
      expect(await groupCount(popup, 'warning')).toBe(await chip(scope).getAttribute('data-fieldguard-warnings'));
      expect(await groupCount(popup, 'info')).toBe(await chip(scope).getAttribute('data-fieldguard-info'));
      expect(await popupFindings(popup)).toEqual(await chipFindings(scope));
      await popup.screenshot({ path: `${SHOTS}/record-${record.app}.png`, fullPage: true });

      // Jump: the first finding placed at a field opens that field's marker in the record's tab, focused.
      const target = popup.locator('button.fg-finding', { hasText: 'Go to ' }).first();
      const key = (await target.getAttribute('data-rule')) ?? '';
      await target.click();
      const expanded = markers(scope).filter({ has: scope.locator('button.fg-marker-button[aria-expanded="true"]') });
      await expect.poll(() => expanded.count()).toBe(1);
      await expect.poll(() => expanded.locator(`li.fg-finding[data-rule="${key}"]`).count()).toBe(1);
      expect(await scope.evaluate(() => document.activeElement?.getAttribute('data-fieldguard'))).toBe('marker');
      await page.keyboard.press('Escape');

      // Switch off the pack of that finding: its hints leave the open tab; switched on, they come back.
      const pack = key.split('/')[0] ?? '';
      const before = await markedFindings(scope);
      const shownOfPack = await popup.locator(`button.fg-finding[data-rule^="${pack}/"]`, { hasText: 'Go to ' }).count();
      expect(shownOfPack).toBeGreaterThan(0);
      const toggle = popup.locator(`[data-pack="${pack}"] [role="switch"]`);
      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      await toggle.click();
      await expect.poll(() => markedFindings(scope)).toBe(before - shownOfPack);
      await expect.poll(() => popup.locator(`button.fg-finding[data-rule^="${pack}/"]`).count()).toBe(0);
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      // With the object's only pack off the popup says no rule is active, and the page keeps nothing, chip included.
      if ((await popup.getByTestId('no-rules').count()) === 1) await expect.poll(() => chip(scope).count()).toBe(0);
      else expect((await chipFindings(scope)).some((rule) => rule.startsWith(`${pack}/`))).toBe(false);
      await popup.screenshot({ path: `${SHOTS}/record-${record.app}-pack-off.png`, fullPage: true });
      await toggle.click();
      await expect.poll(() => markedFindings(scope)).toBe(before);
      await expect.poll(() => popup.getByTestId('score').textContent()).toBe(score);
      await popup.close();
      await page.close();
    });
  }
});

describe('the popup elsewhere', () => {
  it('says when no rule is active for the record, with diagnostics open', async () => {
    const contact = { app: 'hubspot', url: `https://app.hubspot.com/contacts/123456/record/0-1/${DEMO_IDS.contactWithBadEmail}`, recordId: DEMO_IDS.contactWithBadEmail, scope: top };
    const { page, tabId } = await openRecord(contact);
    const popup = await openPopup(`?tab=${tabId}`);
    const switches = popup.locator('[role="switch"][aria-checked="true"]');
    await expect.poll(() => switches.count()).toBeGreaterThan(0);
    while ((await switches.count()) > 0) {
      const count = await switches.count();
      await switches.first().click();
      await expect.poll(() => switches.count()).toBe(count - 1);
    }
    await expect.poll(() => popup.getByTestId('no-rules').count()).toBe(1);
    await expect.poll(() => markers(page).count()).toBe(0);
    await popup.locator('details.fg-diagnostics summary').click();
    await popup.screenshot({ path: `${SHOTS}/no-rules-diagnostics.png`, fullPage: true });
    for (const toggle of await popup.locator('[role="switch"][aria-checked="false"]').all()) await toggle.click();
    await expect.poll(() => popup.getByTestId('score').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('offers the forecast-hygiene board on a list page', async () => {
    const page = await session.open('https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent');
    const tabId = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
      return (await chrome.tabs.query({})).find((tab) => tab.url?.includes('/lightning/o/Opportunity/list'))?.id ?? null;
    });
    expect(tabId).not.toBeNull();
    const popup = await openPopup(`?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('list').count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/list-page.png`, fullPage: true });
    const opened = session.browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open forecast-hygiene board' }).click();
    const board = await opened;
    const url = new URL(board.url());
    expect(url.pathname).toBe('/board.html');
    expect(url.searchParams.get('tab')).toBe(String(tabId));
    expect(url.searchParams.get('url')).toContain('/lightning/o/Opportunity/list');
    await board.close();
    await popup.close();
    await page.close();
  });

  it('explains an unsupported page and a tab that cannot be read', async () => {
    const page = await session.open(`chrome-extension://${session.browser.extensionId}/popup.html`);
    const tabId = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id?: number }> } } };
      return (await chrome.tabs.getCurrent()).id ?? null;
    });
    const popup = await openPopup(`?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('unsupported').count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/unsupported.png`, fullPage: true });
    const broken = await openPopup('?tab=999999');
    await expect.poll(() => broken.getByTestId('error').count()).toBe(1);
    await broken.screenshot({ path: `${SHOTS}/error.png`, fullPage: true });
    await broken.close();
    await popup.close();
    await page.close();
  });
});
