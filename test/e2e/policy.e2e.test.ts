/**
 * Enterprise policy in real Chromium: a policy file under /etc/chromium/policies/managed (this machine and CI run
 * as root) sets FieldGuard's managed storage for the unpacked build's id. A pack the policy locks stays active
 * though the user switched it off; a built-in pack the policy disables shows no hints.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { salesforceRoutes, SALESFORCE_DEMO_URLS as URLS } from '../demo-apps/salesforce/routes';
import { EXTENSION_DIR } from './browser';
import { chip, markers, startDemoSession } from './demo-session';

/** The extension APIs the `evaluate` bodies call: they run inside the browser, not in Node. */
declare const chrome: {
  storage: { managed: { get(): Promise<unknown> }; local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/fieldguard-e2e-policy.json`;
const LOCKED = 'salesforce-opportunity-forecast-hygiene';
const OFF_BY_POLICY = 'salesforce-opportunity-stage-gates';
const POLICY = { lockedPacks: [LOCKED], disabledBuiltinPacks: [OFF_BY_POLICY], allowUserImports: false };

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The policy directories this file created, removed again after it (an existing policy setup is left alone). */
const created: string[] = [];

function writePolicy(): void {
  for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  mkdirSync(POLICY_DIR, { recursive: true });
  const policy = { '3rdparty': { extensions: { [unpackedExtensionId(EXTENSION_DIR)]: POLICY } } };
  writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
}

afterAll(() => {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of created.reverse()) if (readdirSync(dir).length === 0) rmdirSync(dir);
});

const session = startDemoSession(
  salesforceRoutes,
  async ({ browser }) => {
    const login = await browser.context.newPage();
    await login.goto(`${URLS.login}?retURL=${encodeURIComponent('/lightning/page/home')}`);
    await login.close();
  },
  { beforeLaunch: writePolicy },
);

function worker(): Worker {
  const [first] = session.browser.context.serviceWorkers();
  if (!first) throw new Error('the extension has no service worker');
  return first;
}

/** The rule ids (`pack/rule`) of the findings the chip's panel lists. */
async function listedRules(page: Page): Promise<string[]> {
  await chip(page).locator('button.fg-chip').click();
  return (await page.locator('li.fg-finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''))).sort();
}

describe('FieldGuard under an enterprise policy', () => {
  it('gets the policy Chromium read for the unpacked extension', async () => {
    expect(session.browser.extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
    expect(await worker().evaluate(() => chrome.storage.managed.get())).toEqual(POLICY);
  });

  it('keeps a locked pack active though the user switched it off, and shows nothing of a pack the policy disables', async () => {
    await worker().evaluate(
      (disabledPacks) => chrome.storage.local.set({ 'fieldguard-prefs': { disabledPacks } }),
      [LOCKED, OFF_BY_POLICY],
    );
    // What a content script is sent for an opportunity: the locked pack in, the policy-disabled one out.
    const extensionPage = await session.open(`chrome-extension://${session.browser.extensionId}/popup.html`);
    const answer = await extensionPage.evaluate(() =>
      chrome.runtime.sendMessage({ tag: 'fieldguard/v1', name: 'get-packs', data: { app: 'salesforce', object: 'Opportunity' } }),
    );
    await extensionPage.close();
    expect((answer as { value: { packs: { id: string }[] } }).value.packs.map((pack) => pack.id)).toEqual(['salesforce-opportunity-data-quality', LOCKED]);

    const page = await session.open(URLS.noAmount);
    await expect.poll(() => chip(page).count()).toBe(1);
    await expect.poll(() => markers(page).count()).toBeGreaterThan(0);
    const rules = await listedRules(page);
    expect(rules).toContain(`${LOCKED}/committed-without-amount`);
    expect(rules.filter((rule) => rule.startsWith(`${OFF_BY_POLICY}/`))).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/policy/locked-pack-on-dirty-opportunity.png' });
    await page.close();
  });
});
