/**
 * Zendesk Support in Chromium with the built extension: the demo agent workspace at acme.zendesk.com, two ticket
 * tabs mounted (only the active one counts), the Show Ticket API, and the footer's status control as the stage.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { chip, gate, marker, markerFields, markers, startDemoSession } from './demo-session';

const ORIGIN = 'https://acme.zendesk.com';
const ACTIVE = '.ticket-panes-grid-layout[data-is-active="true"]';

const session = startDemoSession(ALL_DEMO_ROUTES, async () => {
  mkdirSync('test-results', { recursive: true });
});
let page: Page;

beforeEach(async () => {
  session.server.state.failingApis.clear();
  await page?.close();
  page = await session.browser.context.newPage();
});

const inTicket = (id: string, selector: string): Locator => page.locator(`[data-ticket-id="${id}"] ${selector}`);

async function openTicket(id: string): Promise<void> {
  await page.goto(`${ORIGIN}/agent/tickets/${id}`);
  await expect.poll(() => chip(page).count()).toBe(1);
}

const PRIORITY = '[data-test-id="ticket-fields-priority-select"]';
const STATUS = '[data-test-id="ticket-fields-status-view"]';
const ASSIGNEE = '[data-test-id="assignee-field"] [role="combobox"]';

/** Picks an option of a Garden dropdown in the ticket's sidebar or footer, as an agent does. */
async function pick(id: string, control: string, option: string): Promise<void> {
  const trigger = inTicket(id, control);
  await trigger.click();
  await trigger.locator('xpath=..').getByRole('option', { name: option, exact: true }).click();
}


describe('Zendesk tickets with FieldGuard', () => {
  it('marks the fields of a dirty ticket, in the active tab only, from the API', async () => {
    await openTicket('48231');
    await expect.poll(() => markerFields(page)).toEqual(['group_id', 'subject']);
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await chip(page).getAttribute('data-fieldguard-errors')).toBe('1');
    expect(await chip(page).getAttribute('data-fieldguard-warnings')).toBe('1');
    // Next to the subject input and in the Assignee ("Group/Agent") field of the active ticket, none in the inactive one.
    expect(await marker(page, 'subject').evaluate((host) => host.previousElementSibling?.getAttribute('data-test-id'))).toBe('omni-header-subject');
    expect(await marker(page, 'group_id').evaluate((host) => host.parentElement?.getAttribute('data-test-id'))).toBe('assignee-field');
    expect(await page.locator(`${ACTIVE} [data-fieldguard], [data-ticket-id="48231"] [data-fieldguard]`).count()).toBe(3);
    expect(await page.locator('[data-ticket-id="48213"] [data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/zendesk-dirty.png' });
    await marker(page, 'group_id').locator('button').first().click();
    await page.screenshot({ path: 'test-results/zendesk-dirty-expanded.png' });
  });

  it('shows nothing on a clean ticket', async () => {
    await openTicket('48213');
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-score')).toBe('100');
    expect(await markers(page).count()).toBe(0);
    await page.screenshot({ path: 'test-results/zendesk-clean.png' });
  });

  it('marks a solved ticket without a group and a ticket pending for weeks', async () => {
    await openTicket('48190');
    await expect.poll(() => markerFields(page)).toEqual(['group_id']);
    await openTicket('47802');
    await expect.poll(() => markerFields(page)).toEqual(['status']);
  });

  it('clears a hint as soon as the field is fixed, before Submit', async () => {
    await openTicket('48231');
    await expect.poll(() => markerFields(page)).toEqual(['group_id', 'subject']);
    await inTicket('48231', '[data-test-id="omni-header-subject"]').fill('Checkout fails for every customer since 08:00');
    await expect.poll(() => markerFields(page)).toEqual(['group_id']);
    await pick('48231', PRIORITY, 'High');
    await expect.poll(() => markerFields(page)).toEqual([]);
    expect(await chip(page).getAttribute('data-fieldguard-score')).toBe('100');
    await page.screenshot({ path: 'test-results/zendesk-fixed.png' });
  });

  it('lists the unmet solve requirements when Solved is picked in the footer, before Submit', async () => {
    await openTicket('48225');
    expect(await gate(page).count()).toBe(0);
    await pick('48225', STATUS, 'Solved');
    await expect.poll(() => gate(page).getAttribute('data-fieldguard-stage')).toBe('solved');
    expect((await gate(page).getAttribute('data-fieldguard-fields'))?.split(' ').sort()).toEqual(['assignee_id', 'group_id']);
    const text = await gate(page).evaluate((host) => host.shadowRoot?.textContent ?? '');
    expect(text).toContain('Solved without an assignee');
    expect(text).toContain('Solved without a group');
    expect(await inTicket('48225', '.zd-submit').textContent()).toBe('Submit as Solved');
    await page.screenshot({ path: 'test-results/zendesk-gate.png' });

    // Meeting them empties the panel; going back to Open removes it.
    await pick('48225', ASSIGNEE, 'Accounts/Priya Raman');
    await expect.poll(() => gate(page).count()).toBe(0);
  });

  it("leaves Zendesk's own validation in charge: Submit as Solved without an assignee still fails natively", async () => {
    await openTicket('48225');
    await pick('48225', STATUS, 'Solved');
    await expect.poll(() => gate(page).count()).toBe(1);
    await inTicket('48225', '.zd-submit').click();
    const notification = inTicket('48225', '[data-test-id="ticket_saving_error_notification"]');
    await expect.poll(() => notification.isVisible()).toBe(true);
    expect(await notification.textContent()).toContain('Assignee is required to solve a ticket');
  });

  it('follows the tab strip to another ticket (pushState) and drops the previous ticket’s hints', async () => {
    await openTicket('48231');
    await expect.poll(() => markerFields(page)).toEqual(['group_id', 'subject']);
    await page.locator('[data-test-id="header-tab"][data-entity-id="48213"]').click();
    expect(new URL(page.url()).pathname).toBe('/agent/tickets/48213');
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-score')).toBe('100');
    expect(await markers(page).count()).toBe(0);
    expect(await page.locator('[data-ticket-id="48231"] [data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/zendesk-tab-switch.png' });

    await page.locator('[data-test-id="header-tab"][data-entity-id="48231"]').click();
    await expect.poll(() => markerFields(page)).toEqual(['group_id', 'subject']);
  });

  it('reaches a ticket from a view whose pane renders after the URL changed', async () => {
    await page.goto(`${ORIGIN}/agent/filters/360001234567`);
    await page.getByRole('link', { name: 'Can we change the billing contact?' }).click();
    await expect.poll(() => markerFields(page)).toEqual(['status']);
    expect(await page.locator(`[data-ticket-id="47802"] [data-fieldguard="chip"]`).count()).toBe(1);
    await page.screenshot({ path: 'test-results/zendesk-from-view.png' });
  });

  it('adds nothing to the dashboard, and removes everything when the agent goes there', async () => {
    await page.goto(`${ORIGIN}/agent/dashboard`);
    await page.waitForTimeout(800);
    expect(await page.locator('[data-fieldguard]').count()).toBe(0);

    await openTicket('48231');
    await page.getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => page.locator('[data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/zendesk-dashboard.png' });
  });

  it('falls back to the page when the API fails, and says so on the chip', async () => {
    session.server.state.failingApis.add('zendesk');
    await openTicket('48231');
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-source')).toBe('dom');
    await expect.poll(() => markerFields(page)).toEqual(['group_id', 'subject']);
    const text = await chip(page).evaluate((host) => host.shadowRoot?.textContent ?? '');
    expect(text).toContain('from page');
    await chip(page).locator('button').first().click();
    expect(await chip(page).evaluate((host) => host.shadowRoot?.textContent ?? '')).toContain("Couldn't authenticate you");
    await page.screenshot({ path: 'test-results/zendesk-api-failing.png' });
  });
});
