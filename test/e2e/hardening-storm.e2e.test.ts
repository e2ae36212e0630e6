/**
 * A ticket beside a sidebar that changes hundreds of nodes a second (test/demo-apps/storm): FieldGuard's hints stay
 * right and stable while the storm runs, and still follow the agent's edits. What the storm costs FieldGuard in
 * main-thread time is measured by `npm run bench` (mutation-storm.bench.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { STORM_BASELINE_URL, STORM_RECORD_URL, STORM_TICKET_ID } from '../demo-apps/storm/routes';
import { chip, markerFields, markers, SETTLE_MS, startDemoSession } from './demo-session';

const session = startDemoSession(ALL_DEMO_ROUTES);
let page: Page;

const stormChanges = () => page.locator('[data-storm="panel"]').getAttribute('data-storm-changes').then(Number);

beforeAll(async () => {
  page = await session.open(STORM_RECORD_URL);
  await chip(page).waitFor({ state: 'attached' });
});

afterAll(async () => {
  await page.close();
});

describe('a ticket under a mutation storm', () => {
  it('really storms: hundreds of node changes a second beside the ticket', async () => {
    const before = await stormChanges();
    await page.waitForTimeout(1000);
    expect((await stormChanges()) - before).toBeGreaterThan(500);
  });

  it('keeps the right hints, once each, the whole time', async () => {
    for (let sample = 0; sample < 6; sample++) {
      expect(await markerFields(page)).toEqual(['group_id', 'subject']);
      expect(await chip(page).count()).toBe(1);
      expect(await chip(page).getAttribute('data-fieldguard-errors')).toBe('1');
      await page.waitForTimeout(400);
    }
    // Nothing of FieldGuard's lands in the storming sidebar.
    expect(await page.locator('[data-storm="panel"] [data-fieldguard]').count()).toBe(0);
    mkdirSync('test-results/screenshots/hardening', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/hardening/storm-ticket.png' });
  });

  it('follows an edit while the storm goes on', async () => {
    await page.locator(`[data-ticket-id="${STORM_TICKET_ID}"] [data-test-id="omni-header-subject"]`).fill('Checkout fails for every customer since 08:00');
    await expect.poll(() => markerFields(page)).toEqual(['group_id']);
    await page.waitForTimeout(SETTLE_MS);
    expect(await markerFields(page)).toEqual(['group_id']);
  });

  it('adds nothing to the same page on a path that is not a ticket (the bench baseline)', async () => {
    const baseline = await session.open(STORM_BASELINE_URL);
    await baseline.waitForSelector('[data-storm="panel"]');
    await baseline.waitForTimeout(SETTLE_MS);
    expect(await baseline.locator('[data-fieldguard]').count()).toBe(0);
    expect(await markers(baseline).count()).toBe(0);
    await baseline.close();
  });
});
