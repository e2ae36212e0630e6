/**
 * FieldGuard on the demo Salesforce org (`acme.lightning.force.com`, API on `acme.my.salesforce.com`), with the
 * built extension in headless Chromium: hints at the right fields of the active page host, inline edit clearing
 * a hint before save (with Salesforce's own required-field message untouched), the Path as the stage gate,
 * pushState navigation, console tabs and the legacy one.app route, pages that get nothing, and the DOM fallback
 * when the UI API refuses the session.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { salesforceRoutes, SALESFORCE_DEMO_URLS as URLS } from '../demo-apps/salesforce/routes';
import { OPPORTUNITY_IDS } from '../demo-apps/salesforce/data';
import { chip, gate, marker, markers, SETTLE_MS, startDemoSession } from './demo-session';

const ACTIVE = '.lafPageHost.active';

const session = startDemoSession(salesforceRoutes, async ({ browser }) => {
  // Signing in goes through the My Domain host, which sets the API-capable session there, then on to Lightning.
  const login = await browser.context.newPage();
  await login.goto(`${URLS.login}?retURL=${encodeURIComponent('/lightning/page/home')}`);
  expect(new URL(login.url()).host).toBe('acme.lightning.force.com');
  await login.close();
});
const { open } = session;

const inActiveHost = (page: Page, selector: string) => page.locator(`${ACTIVE} ${selector}`);

/** Where a marker sits: the field box its preceding label belongs to, and whether that is in the active page host. */
function placementOf(page: Page, field: string): Promise<{ box: string | null; label: string | null; active: boolean }> {
  return page.evaluate((name) => {
    let node = document.querySelector(`[data-fieldguard="marker"][data-fieldguard-field="${name}"]`)?.previousElementSibling ?? null;
    while (node?.hasAttribute('data-fieldguard')) node = node.previousElementSibling;
    return {
      box: node?.closest('[data-target-selection-name]')?.getAttribute('data-target-selection-name') ?? null,
      label: node?.textContent ?? null,
      active: node?.closest('.lafPageHost')?.classList.contains('active') ?? false,
    };
  }, field);
}

async function evaluated(page: Page): Promise<void> {
  await expect.poll(() => chip(page).count()).toBe(1);
}

describe('FieldGuard on Salesforce Lightning', () => {
  it('marks the missing next step right after the Next Step label of the active page host', async () => {
    const page = await open(URLS.noNextStep);
    await expect.poll(() => marker(page, 'NextStep').count()).toBe(1);
    expect(await markers(page).count()).toBe(1);
    expect(await placementOf(page, 'NextStep')).toEqual({ box: 'sfdc:RecordField.Opportunity.NextStep', label: 'Next Step', active: true });
    expect(await marker(page, 'NextStep').getAttribute('data-fieldguard-severity')).toBe('warning');
    expect(await chip(page).getAttribute('data-fieldguard-source')).toBe('api');
    // The cached host of the record seen before is in the page too, and gets nothing.
    expect(await page.locator('.lafPageHost:not(.active)').count()).toBe(1);
    await marker(page, 'NextStep').getByRole('button').first().click();
    await expect.poll(() => page.getByText('No next step').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/salesforce-dirty-opportunity.png' });
    await page.close();
  });

  it('marks a past close date as an error at Close Date, and lists findings on fields off the layout in the chip', async () => {
    const page = await open(URLS.pastCloseDate);
    await expect.poll(() => marker(page, 'CloseDate').count()).toBe(1);
    expect(await marker(page, 'CloseDate').getAttribute('data-fieldguard-severity')).toBe('error');
    expect(await placementOf(page, 'CloseDate')).toEqual({ box: 'sfdc:RecordField.Opportunity.CloseDate', label: 'Close Date', active: true });
    // "Pushed three times" names CloseDate and PushCount (not on the layout): it sits at Close Date too.
    expect(await marker(page, 'CloseDate').getAttribute('data-fieldguard-count')).toBe('2');
    await chip(page).locator('button.fg-chip').click();
    await expect.poll(() => page.getByText('Close date pushed three times or more').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/salesforce-past-close-date.png' });
    await page.close();
  });

  it('shows a clean score and no marker on a clean opportunity, though a dirty one is cached beside it', async () => {
    const page = await open(URLS.clean);
    await evaluated(page);
    await page.waitForTimeout(300);
    expect(await markers(page).count()).toBe(0);
    expect(await chip(page).getAttribute('data-fieldguard-score')).toBe('100');
    expect(await page.locator('.lafPageHost:not(.active) h1').textContent()).toBe('Hooli - Data Platform Pilot');
    await page.screenshot({ path: 'test-results/salesforce-clean-opportunity.png' });
    await page.close();
  });

  it('lists the unmet requirements of a later stage picked in the Path, before it is made current', async () => {
    const page = await open(URLS.clean);
    await evaluated(page);
    await inActiveHost(page, 'li.slds-path__item[data-name="Negotiation/Review"] > a').click();
    await expect.poll(() => gate(page).count()).toBe(1);
    expect(await gate(page).getAttribute('data-fieldguard-stage')).toBe('Negotiation/Review');
    expect(await gate(page).getAttribute('data-fieldguard-fields')).toBe('Description');
    await expect.poll(() => gate(page).getByText('Describe the deal before negotiating').count()).toBe(1);
    expect(await inActiveHost(page, 'button.slds-path__mark-complete').textContent()).toBe('Mark as Current Stage');
    await page.screenshot({ path: 'test-results/salesforce-path-gate.png' });
    // Back on the current stage, nothing is pending.
    await inActiveHost(page, 'li.slds-path__item[data-name="Prospecting"] > a').click();
    await expect.poll(() => gate(page).count()).toBe(0);
    await page.close();
  });

  it('updates the hints on pushState navigation to another record, and removes them on a page that is not a record', async () => {
    const page = await open(URLS.noNextStep);
    await expect.poll(() => marker(page, 'NextStep').count()).toBe(1);
    await inActiveHost(page, `a[href="/lightning/r/Opportunity/${OPPORTUNITY_IDS.noAmount}/view"]`).click();
    await expect.poll(() => page.url()).toBe(URLS.noAmount);
    await expect.poll(() => marker(page, 'Amount').count()).toBe(1);
    expect(await marker(page, 'NextStep').count()).toBe(0);
    expect(await placementOf(page, 'Amount')).toEqual({ box: 'sfdc:RecordField.Opportunity.Amount', label: 'Amount', active: true });
    await page.screenshot({ path: 'test-results/salesforce-pushstate-opportunity.png' });

    await inActiveHost(page, 'a[href^="/lightning/r/Lead/"]').click();
    await expect.poll(() => marker(page, 'Company').count()).toBe(1);
    expect(await markers(page).count()).toBe(1);
    expect(await placementOf(page, 'Company')).toEqual({ box: 'sfdc:RecordField.Lead.Company', label: 'Company', active: true });
    await page.screenshot({ path: 'test-results/salesforce-lead.png' });

    await page.locator('one-appnav a', { hasText: 'Home' }).click();
    await expect.poll(() => page.url()).toBe(URLS.home);
    await expect.poll(() => page.locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
  });

  it('reads the focused console tab and the legacy one.app route', async () => {
    const consolePage = await open(`${URLS.noNextStep}?ws=${encodeURIComponent(new URL(URLS.lead).pathname)}`);
    expect(await consolePage.locator('section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost').count()).toBe(1);
    await expect.poll(() => marker(consolePage, 'NextStep').count()).toBe(1);
    expect(await markers(consolePage).count()).toBe(1);
    await consolePage.close();

    const legacy = await open(`https://acme.lightning.force.com/one/one.app#/sObject/${OPPORTUNITY_IDS.pastCloseDate}/view`);
    await expect.poll(() => marker(legacy, 'CloseDate').count()).toBe(1);
    await legacy.close();
  });

  it('gives nothing to Lightning pages that are not records', async () => {
    for (const url of [URLS.home, 'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home', 'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent']) {
      const page = await open(url);
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.locator('[data-fieldguard]').count()).toBe(0);
      await page.close();
    }
  });

  it('follows the full edit dialog of an /edit URL: hints move into it and clear as fields are filled', async () => {
    const page = await open(URLS.noAmount);
    await expect.poll(() => marker(page, 'Amount').count()).toBe(1);
    await inActiveHost(page, 'records-highlights2 button[name="Edit"]').click();
    await expect.poll(() => page.url()).toBe(URLS.noAmount.replace(/\/view$/, '/edit'));
    const dialog = page.locator('.slds-modal.slds-fade-in-open');
    await expect.poll(() => dialog.locator('[data-fieldguard="marker"][data-fieldguard-field="Amount"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/salesforce-edit-dialog.png' });
    await dialog.locator('[data-target-selection-name$=".Amount"] input').fill('52000');
    await expect.poll(() => markers(page).count()).toBe(0);
    await dialog.locator('button[name="CancelEdit"]').click();
    await expect.poll(() => marker(page, 'Amount').count()).toBe(1);
    await page.close();
  });

  it('clears a hint as the field is fixed inline, keeps Salesforce\'s own required-field message, and stays clear after save', async () => {
    const page = await open(URLS.noNextStep);
    await expect.poll(() => marker(page, 'NextStep').count()).toBe(1);
    await inActiveHost(page, 'button[title="Edit Next Step"]').click();
    const nextStep = inActiveHost(page, '[data-target-selection-name$=".NextStep"] input');
    await nextStep.fill('Send revised quote to the CFO by Friday');
    await expect.poll(() => marker(page, 'NextStep').count()).toBe(0);
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-warnings')).toBe('0');
    await expect.poll(() => chip(page).locator('button.fg-chip').textContent()).toMatch(/^100/);
    await page.screenshot({ path: 'test-results/salesforce-inline-edit-fixed.png' });

    // Emptying a required field: FieldGuard hints at it, and Salesforce's validation still says its piece on save.
    await inActiveHost(page, '[data-target-selection-name$=".CloseDate"] input').fill('');
    await expect.poll(() => marker(page, 'CloseDate').count()).toBe(1);
    await inActiveHost(page, 'button[name="SaveEdit"]').click();
    await expect.poll(() => inActiveHost(page, '[data-target-selection-name$=".CloseDate"] .slds-form-element__help').textContent()).toBe('Complete this field.');
    expect(await inActiveHost(page, '.demo-save-error').isVisible()).toBe(true);
    expect(await inActiveHost(page, '[data-target-selection-name$=".NextStep"] input').inputValue()).toBe('Send revised quote to the CFO by Friday');
    await page.screenshot({ path: 'test-results/salesforce-required-field-message.png' });

    const inNinetyDays = new Date(Date.now() + 90 * 86_400_000);
    await inActiveHost(page, '[data-target-selection-name$=".CloseDate"] input').fill(
      `${inNinetyDays.getUTCMonth() + 1}/${inNinetyDays.getUTCDate()}/${inNinetyDays.getUTCFullYear()}`,
    );
    await inActiveHost(page, 'button[name="SaveEdit"]').click();
    await expect.poll(() => inActiveHost(page, 'records-record-layout-block').getAttribute('data-mode')).toBe('view');
    await page.waitForTimeout(SETTLE_MS);
    expect(await markers(page).count()).toBe(0);
    expect(await chip(page).getAttribute('data-fieldguard-source')).toBe('api');
    await page.close();
  });

  it('falls back to the page when the UI API refuses the session, and says so', async () => {
    session.server.state.failingApis.add('salesforce');
    try {
      const page = await open(URLS.pastCloseDate);
      await expect.poll(() => marker(page, 'CloseDate').count()).toBe(1);
      expect(await chip(page).getAttribute('data-fieldguard-source')).toBe('dom');
      await chip(page).locator('button.fg-chip').click();
      await expect.poll(() => page.locator('.fg-source-note').textContent()).toMatch(/API unavailable: .*INVALID_SESSION_ID/);
      await page.screenshot({ path: 'test-results/salesforce-api-fallback.png' });
      await page.close();
    } finally {
      session.server.state.failingApis.delete('salesforce');
    }
  });
});
