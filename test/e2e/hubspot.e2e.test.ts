/**
 * The built extension on the demo HubSpot portal at app.hubspot.com: hints on deals and contacts read from the
 * page (HubSpot has no supported session API), fixed fields clearing, the stage gate before a stage is picked,
 * pushState navigation, preview panels and pages that are not records.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compilePack, evaluateRecord } from '../../lib/rules/engine';
import { builtinPacksFor } from '../../lib/rules/builtin';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { DEMO_IDS, demoRecords } from '../demo-apps/hubspot/data';
import { chip, gate, marker, markerFields, markers, SETTLE_MS, startDemoSession } from './demo-session';

const PORTAL = 'https://app.hubspot.com/contacts/123456';
const dealUrl = (id: string) => `${PORTAL}/record/0-3/${id}`;
const NORTHWIND_DEAL = '18220945902';
const NORTHWIND_CONTACT = DEMO_IDS.contactWithBadEmail;

const session = startDemoSession(ALL_DEMO_ROUTES);
const { open } = session;

const property = (page: Page, name: string) => page.locator(`[data-selenium-test="property-input-${name}"]`);
/** The gate panel's target stage, or null while there is none (without waiting for one to appear). */
const gateStage = async (page: Page) => ((await gate(page).count()) === 0 ? null : gate(page).getAttribute('data-fieldguard-stage'));


/** The fields the built-in packs flag on a demo record, computed from its API values: what the page must show. */
function expectedFields(id: string): string[] {
  const record = demoRecords().find((candidate) => candidate.id === id);
  if (!record) throw new Error(`no demo record ${id}`);
  const object = record.objectTypeId === '0-3' ? 'deal' : 'contact';
  const packs = builtinPacksFor('hubspot', object).map(compilePack);
  const evaluation = evaluateRecord({ app: 'hubspot', object, id, fields: { ...record.properties }, labels: {} }, packs, { now: Date.now() });
  return [...new Set(evaluation.findings.map((finding) => finding.fields[0] ?? ''))].sort();
}

describe('HubSpot deal pages', () => {
  it('marks the missing amount of a dirty deal right after its input, read from the page', async () => {
    const page = await open(dealUrl(DEMO_IDS.dealWithoutAmount));
    await expect.poll(() => markerFields(page)).toEqual(expectedFields(DEMO_IDS.dealWithoutAmount));
    expect(expectedFields(DEMO_IDS.dealWithoutAmount)).toEqual(['amount']);
    await expect.poll(() => page.locator('[data-selenium-test="property-input-amount"] + [data-fieldguard="marker"]').count()).toBe(1);
    expect(await marker(page, 'amount').getAttribute('data-fieldguard-severity')).toBe('error');
    // The chip sits after the highlight card and says the values come from the page, and why.
    expect(await page.locator('[data-test-id="record-highlight-main-content"] + [data-fieldguard="chip"]').count()).toBe(1);
    expect(await chip(page).getAttribute('data-fieldguard-source')).toBe('dom');
    expect(Number(await chip(page).getAttribute('data-fieldguard-errors'))).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/hubspot-dirty-deal.png' });
    await chip(page).locator('button').first().click();
    await expect.poll(() => chip(page).getByText('HubSpot has no supported session API').count()).toBe(1);
    await page.screenshot({ path: 'test-results/hubspot-chip-open.png' });
    await marker(page, 'amount').locator('button').first().click();
    await expect.poll(() => marker(page, 'amount').getByText('Qualified deals need an amount').first().isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/hubspot-marker-open.png' });
    await page.close();
  });

  it('marks each dirty field of other deals and nothing on a clean one', async () => {
    for (const id of [NORTHWIND_DEAL, DEMO_IDS.dealWithoutNextStep, DEMO_IDS.dealWithoutOwner]) {
      const page = await open(dealUrl(id));
      const expected = expectedFields(id);
      expect(expected.length).toBeGreaterThan(0);
      await expect.poll(() => markerFields(page)).toEqual(expected);
      await page.close();
    }
    const page = await open(dealUrl(DEMO_IDS.cleanDeal));
    await expect.poll(() => chip(page).count()).toBe(1);
    expect(await chip(page).getAttribute('data-fieldguard-errors')).toBe('0');
    expect(await chip(page).getAttribute('data-fieldguard-warnings')).toBe('0');
    expect(await chip(page).getAttribute('data-fieldguard-info')).toBe('0');
    expect(await markers(page).count()).toBe(0);
    await page.screenshot({ path: 'test-results/hubspot-clean-deal.png' });
    await page.close();
  });

  it('clears the hint when the amount is typed in, before it is saved', async () => {
    const page = await open(dealUrl(DEMO_IDS.dealWithoutAmount));
    await expect.poll(() => marker(page, 'amount').count()).toBe(1);
    expect(await page.locator('[data-demo-footer]').isVisible()).toBe(false);
    await property(page, 'amount').locator('input').fill('95,000');
    await expect.poll(() => marker(page, 'amount').count()).toBe(0);
    // HubSpot's own Save/Cancel footer still appears: FieldGuard did not swallow the input event.
    expect(await page.locator('[data-demo-footer]').isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/hubspot-fixed-amount.png' });
    await page.locator('[data-demo-cancel]').click();
    await expect.poll(() => marker(page, 'amount').count()).toBe(1);
    await page.close();
  });

  it('lists the unmet requirements of a later stage while it is picked in the stage dropdown', async () => {
    const page = await open(dealUrl(DEMO_IDS.cleanDeal));
    await expect.poll(() => chip(page).count()).toBe(1);
    await property(page, 'dealstage').click();
    // A person takes longer than the runtime's debounce to reach an option: the menu's later changes must count.
    await page.waitForTimeout(500);
    await page.locator('[role="option"]', { hasText: 'Closed won' }).hover();
    await expect.poll(() => gateStage(page)).toBe('closedwon');
    expect((await gate(page).getAttribute('data-fieldguard-fields'))?.split(' ').sort()).toEqual(['closed_won_reason', 'closedate']);
    expect(await page.locator('[data-selenium-test="property-input-dealstage"] + [data-fieldguard="gate"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/hubspot-stage-gate.png' });
    // Back on the current stage, or with the menu closed, the panel goes.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => gate(page).count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => gateStage(page)).toBe('closedwon');
    await page.keyboard.press('Escape');
    await expect.poll(() => gate(page).count()).toBe(0);
    await page.close();
  });

  it('leaves the open stage menu usable while the gate panel shows', async () => {
    const page = await open(dealUrl(DEMO_IDS.cleanDeal));
    await expect.poll(() => chip(page).count()).toBe(1);
    await property(page, 'dealstage').click();
    await page.locator('[role="option"]', { hasText: 'Closed won' }).hover();
    await expect.poll(() => gate(page).count()).toBe(1);
    const covered = await page.locator('#menu-dealstage [role="option"]').evaluateAll((options) =>
      options.flatMap((option) => {
        const box = option.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top && option.contains(top) ? [] : [option.textContent?.trim() ?? ''];
      }),
    );
    expect(covered).toEqual([]);
    await page.locator('[role="option"]', { hasText: 'Closed lost' }).click();
    await expect.poll(() => property(page, 'dealstage').innerText()).toContain('Closed lost');
    await page.close();
  });
});

describe('HubSpot navigation and other pages', () => {
  it('updates the hints when the app navigates to another record with pushState, and back', async () => {
    const page = await open(dealUrl(NORTHWIND_DEAL));
    await expect.poll(() => markerFields(page)).toEqual(expectedFields(NORTHWIND_DEAL));
    await page.locator('.right-sidebar a', { hasText: 'Jordan Lee' }).click();
    await expect.poll(() => page.url()).toBe(`${PORTAL}/record/0-1/${NORTHWIND_CONTACT}`);
    await expect.poll(() => markerFields(page)).toEqual(['email']);
    expect(await marker(page, 'email').getAttribute('data-fieldguard-severity')).toBe('error');
    await page.screenshot({ path: 'test-results/hubspot-contact.png' });
    await page.evaluate(() => history.back());
    await expect.poll(() => page.url()).toBe(dealUrl(NORTHWIND_DEAL));
    await expect.poll(() => markerFields(page)).toEqual(expectedFields(NORTHWIND_DEAL));
    await page.close();
  });

  it('ignores the properties of a preview side panel', async () => {
    const page = await open(dealUrl(DEMO_IDS.dealWithoutAmount));
    await expect.poll(() => markerFields(page)).toEqual(['amount']);
    await page.locator('[data-demo-preview]').first().click();
    const preview = page.locator('[data-selenium-test="sidebar-preview-panel"]:visible');
    expect(await preview.locator('[data-selenium-test="property-input-lastname"]').inputValue()).toBe('');
    await page.waitForTimeout(SETTLE_MS);
    expect(await markerFields(page)).toEqual(['amount']);
    expect(await preview.locator('[data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/hubspot-preview.png' });
    await page.close();
  });

  it('removes everything when the app navigates from a record to a list', async () => {
    const page = await open(dealUrl(DEMO_IDS.dealWithoutAmount));
    await expect.poll(() => markers(page).count()).toBe(1);
    await page.locator('.highlight a.back').click();
    await expect.poll(() => page.url()).toBe(`${PORTAL}/objects/0-3/views/all/list`);
    await expect.poll(() => page.locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
  });

  it.each([`${PORTAL}/objects/0-3/views/all/list`, 'https://app.hubspot.com/settings/123456'])('adds nothing to %s', async (url) => {
    const page = await open(url);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('[data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: `test-results/hubspot-${url.includes('settings') ? 'settings' : 'list'}.png` });
    await page.close();
  });

  it('reads the record through HubSpot\'s internal API once the user turns it on in the options, the page only before', async () => {
    const options = await open(`chrome-extension://${session.browser.extensionId}/options.html#hubspot`);
    // The switch's checkbox is drawn by its label, which is what a user clicks.
    await options.locator('#hubspot label.fg-switch').click();
    await expect.poll(() => options.locator('#hubspot').innerText()).toContain('On: page and internal API');
    const page = await open(dealUrl(DEMO_IDS.dealWithoutAmount));
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await markerFields(page)).toEqual(['amount']);
    await options.locator('#hubspot label.fg-switch').click();
    await expect.poll(() => options.locator('#hubspot').innerText()).toContain('Off: the page only');
    await options.close();
    await page.close();
  });
});
