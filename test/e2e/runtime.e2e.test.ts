/**
 * What the runtime does for every app, checked once on the demo Zendesk: the toolbar badge and the tab's last
 * evaluation in the background, keyboard use of the overlay, acknowledgements kept by the background, and the
 * overlay's events staying out of the app. App behaviour (anchors, edits, gates, fallbacks) is in <app>.e2e.test.ts.
 */
import { mkdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { chip, marker, startDemoSession } from './demo-session';
import { tabIdOfRecord } from './extension-pages';

const ORIGIN = 'https://acme.zendesk.com';
/** 48231 has an error and a warning; 47802 only a warning. */
const DIRTY = `${ORIGIN}/agent/tickets/48231`;
const WARNED = `${ORIGIN}/agent/tickets/47802`;

let worker: Worker;
let page: Page;

const session = startDemoSession(ALL_DEMO_ROUTES, async ({ browser }) => {
  mkdirSync('test-results', { recursive: true });
  worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
});

beforeEach(async () => {
  await page?.close();
  page = await session.browser.context.newPage();
});

const markerOf = (severity: string) => page.locator(`[data-fieldguard="marker"][data-fieldguard-severity="${severity}"]`);

async function open(url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => chip(page).count()).toBe(1);
}

interface FrameReport {
  readonly errors: number;
  readonly recordId: string;
  readonly health: readonly unknown[];
}

/** The few extension APIs the tests read in the background worker (where `chrome` is the global). */
interface WorkerChrome {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(key?: string | null): Promise<Record<string, unknown>> } };
}

const tabIdOf = (recordId: string) => tabIdOfRecord(worker, recordId);

/** The badge and stored report of a tab, read in the background worker. */
function tabState(tabId: number): Promise<{ badge: string; frames: Record<string, FrameReport> }> {
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const key = `fieldguard-tab-report:${id}`;
    return { badge: await chrome.action.getBadgeText({ tabId: id }), frames: ((await chrome.storage.session.get(key))[key] ?? {}) as Record<string, FrameReport> };
  }, tabId);
}

describe('the FieldGuard runtime in Chromium', () => {
  it("shows the tab's unacknowledged errors on the badge, keeps the evaluation for the popup, and clears both on leaving", async () => {
    await open(DIRTY);
    await expect.poll(() => tabIdOf('48231')).not.toBeNull();
    const tabId = (await tabIdOf('48231')) ?? -1;
    const state = await tabState(tabId);
    expect(state.badge).toBe(await chip(page).getAttribute('data-fieldguard-errors'));
    expect(state.badge).toBe('1');
    expect(state.frames['0']).toMatchObject({ recordId: '48231', errors: 1 });
    expect(state.frames['0']?.health.length).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => page.locator('[data-fieldguard]').count()).toBe(0);
    await expect.poll(async () => (await tabState(tabId)).badge).toBe('');
    expect((await tabState(tabId)).frames).toEqual({});
  });

  it('is usable from the keyboard: the chip lists the findings, "Go to" focuses and opens the field\'s marker, Escape closes it', async () => {
    await open(DIRTY);
    const chipButton = chip(page).locator('button.fg-chip');
    await chipButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chipButton.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: 'test-results/runtime-chip-panel.png' });

    const goTo = chip(page).locator('button.fg-link').first();
    const label = ((await goTo.textContent()) ?? '').replace(/^Go to /, '');
    await goTo.focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      return { field: host?.getAttribute('data-fieldguard-field'), label: host?.shadowRoot?.activeElement?.getAttribute('aria-label') };
    });
    expect(focused.label).toContain(label);
    const target = marker(page, focused.field ?? '').locator('button.fg-marker-button');
    expect(await target.getAttribute('aria-expanded')).toBe('true');
    expect(await chipButton.getAttribute('aria-expanded')).toBe('false');
    await page.screenshot({ path: 'test-results/runtime-marker-open.png' });

    await page.keyboard.press('Escape');
    expect(await target.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('fg-marker-button');
  });

  it('acknowledges a warning without the app seeing the typing, and the background keeps it across reloads', async () => {
    await open(WARNED);
    await expect.poll(() => markerOf('warning').count()).toBe(1);
    const warning = markerOf('warning');
    const field = await warning.getAttribute('data-fieldguard-field');
    // The page's own listeners, as an app's keyboard shortcuts would be.
    await page.evaluate(() => {
      const counted = window as unknown as { appKeys: number };
      counted.appKeys = 0;
      document.addEventListener('keydown', () => counted.appKeys++);
    });

    await warning.locator('button.fg-marker-button').click();
    await warning.getByRole('button', { name: 'Acknowledge…' }).click();
    await warning.getByRole('combobox').selectOption('30');
    await warning.getByRole('textbox').click();
    await page.keyboard.type('Waiting on the vendor until next sprint');
    expect(await page.evaluate(() => (window as unknown as { appKeys: number }).appKeys)).toBe(0);
    await page.screenshot({ path: 'test-results/runtime-acknowledge.png' });
    await warning.getByRole('button', { name: 'Acknowledge', exact: true }).click();

    await expect.poll(() => marker(page, field ?? '').getAttribute('data-fieldguard-severity')).toBe('acknowledged');
    expect(await chip(page).getAttribute('data-fieldguard-warnings')).toBe('0');
    expect(await marker(page, field ?? '').evaluate((host) => host.shadowRoot?.textContent ?? '')).toContain('Waiting on the vendor until next sprint');

    await page.reload();
    await expect.poll(() => chip(page).count()).toBe(1);
    await expect.poll(() => marker(page, field ?? '').getAttribute('data-fieldguard-severity')).toBe('acknowledged');
    // The admin's list on the options page says who acknowledged what, when, until when and why.
    const options = await page.context().newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html#acks`);
    const row = options.locator('section#acks tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells[1]).toContain('47802');
    expect(cells[2]).toBe('this browser');
    expect(cells[5]).toBe('Waiting on the vendor until next sprint');
    await options.screenshot({ path: 'test-results/runtime-acknowledgements-list.png', fullPage: true });
    await options.close();
  });
});
