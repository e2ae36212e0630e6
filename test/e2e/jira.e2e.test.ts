/**
 * FieldGuard on the demo Jira Service Management site (`acme.atlassian.net`), with the built extension in
 * headless Chromium: hints at the right fields, inline fixes, the status dropdown and transition screen as the
 * stage gate, pushState navigation from a queue, pages that get nothing, and the DOM fallback when REST fails.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ALL_DEMO_ROUTES } from '../demo-apps/index';
import { chip, gate, marker, markers, SETTLE_MS, startDemoSession } from './demo-session';

const ORIGIN = 'https://acme.atlassian.net';
const QUEUE = `${ORIGIN}/jira/servicedesk/projects/ITSD/queues/custom/1`;

const session = startDemoSession(ALL_DEMO_ROUTES);
const { open } = session;


/** The test id of the element a marker was placed after: the field it belongs to. */
function anchorOf(page: Page, field: string): Promise<string | null> {
  return page.evaluate((name) => {
    let node = document.querySelector(`[data-fieldguard="marker"][data-fieldguard-field="${name}"]`)?.previousElementSibling ?? null;
    while (node?.hasAttribute('data-fieldguard')) node = node.previousElementSibling;
    return node?.getAttribute('data-testid') ?? null;
  }, field);
}

async function shown(page: Page): Promise<void> {
  await expect.poll(() => chip(page).count()).toBe(1);
}

describe('FieldGuard on Jira Service Management', () => {
  it('marks the missing resolution of a done request, next to the Resolution field', async () => {
    const page = await open(`${ORIGIN}/browse/ITSD-401`);
    await expect.poll(() => marker(page, 'resolution').count()).toBe(1);
    expect(await markers(page).count()).toBe(1);
    expect(await marker(page, 'resolution').getAttribute('data-fieldguard-severity')).toBe('error');
    expect(await anchorOf(page, 'resolution')).toBe('issue.views.field.select.common.select-inline-edit.resolution');
    expect(await chip(page).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await chip(page).getAttribute('data-fieldguard-errors')).toBe('1');
    await marker(page, 'resolution').getByRole('button').first().click();
    await expect.poll(() => page.getByText('Done request without a resolution').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/jira-dirty-request.png' });
    await page.close();
  });

  it('shows nothing but a clean score on a clean request', async () => {
    const page = await open(`${ORIGIN}/browse/ITSD-398`);
    await shown(page);
    await page.waitForTimeout(300);
    expect(await markers(page).count()).toBe(0);
    expect(await chip(page).getAttribute('data-fieldguard-errors')).toBe('0');
    expect(await chip(page).getAttribute('data-fieldguard-warnings')).toBe('0');
    await page.screenshot({ path: 'test-results/jira-clean-request.png' });
    await page.close();
  });

  it('clears the assignee hint when the field is fixed inline, and it stays cleared after the save', async () => {
    const page = await open(`${ORIGIN}/browse/ITSD-409`);
    await expect.poll(() => marker(page, 'assignee').count()).toBe(1);
    expect(await anchorOf(page, 'assignee')).toBe('issue.views.field.user.assignee');
    await page.screenshot({ path: 'test-results/jira-unassigned.png' });

    await page.locator('[data-testid="issue.views.field.user.assignee"]').click();
    // A person looks at the picker before choosing; FieldGuard sees it open and re-reads the API once it closes.
    await page.waitForTimeout(400);
    await page.getByLabel('Assignee', { exact: true }).selectOption({ label: 'Jonas Weber' });
    await expect.poll(() => marker(page, 'assignee').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="issue.views.field.user.assignee"]').textContent()).toContain('Jonas Weber');
    await page.waitForTimeout(SETTLE_MS);
    expect(await marker(page, 'assignee').count()).toBe(0);
    expect(await chip(page).getAttribute('data-fieldguard-errors')).toBe('0');
    await page.screenshot({ path: 'test-results/jira-assignee-fixed.png' });
    await page.close();
  });

  it('lists the unmet requirements of Done while the user points at a transition to it', async () => {
    const page = await open(`${ORIGIN}/browse/ITSD-412`);
    await shown(page);
    expect(await markers(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Waiting for support - Change status' }).click();
    // Long enough for FieldGuard to have settled on the open dropdown: the hover alone must update the panel.
    await page.waitForTimeout(800);
    await page.getByRole('option', { name: /Resolve/ }).hover();
    await expect.poll(() => gate(page).count()).toBe(1);
    expect(await gate(page).getAttribute('data-fieldguard-stage')).toBe('done');
    expect((await gate(page).getAttribute('data-fieldguard-fields'))?.split(' ').sort()).toEqual(['assignee', 'resolution']);
    await page.screenshot({ path: 'test-results/jira-transition-dropdown.png' });

    await page.getByRole('option', { name: /Start work/ }).hover();
    await expect.poll(() => gate(page).getAttribute('data-fieldguard-stage')).toBe('indeterminate');
    await page.keyboard.press('Escape');
    await expect.poll(() => gate(page).count()).toBe(0);
    await page.close();
  });

  it('keeps the requirements in view on the transition screen, without blocking it', async () => {
    const page = await open(`${ORIGIN}/browse/ITSD-412`);
    await shown(page);
    await page.getByRole('button', { name: 'Waiting for support - Change status' }).click();
    await page.getByRole('option', { name: /Resolve/ }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => dialog.locator('[data-fieldguard="gate"]').count()).toBe(1);
    expect(await gate(page).getAttribute('data-fieldguard-stage')).toBe('done');
    expect((await gate(page).getAttribute('data-fieldguard-fields'))?.split(' ').sort()).toEqual(['assignee', 'resolution']);
    await page.screenshot({ path: 'test-results/jira-transition-screen.png' });

    // Jira's own required-field message still appears with FieldGuard active.
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => dialog.getByText('Resolution is required.').isVisible()).toBe(true);

    // Filling the screen's field meets that requirement before the transition is submitted.
    await dialog.getByRole('combobox', { name: 'Resolution', exact: true }).selectOption({ label: 'Done' });
    await expect.poll(() => gate(page).getAttribute('data-fieldguard-fields')).toBe('assignee');
    // The resolution goes in with the status change: no "open request carries a resolution" warning.
    expect(await chip(page).getAttribute('data-fieldguard-warnings')).toBe('0');
    await page.screenshot({ path: 'test-results/jira-transition-screen-filled.png' });

    // Saving is never blocked: the transition applies, and the request is re-read as Resolved.
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => gate(page).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Resolved - Change status' }).count()).toBe(1);
    await expect.poll(() => marker(page, 'assignee').count()).toBe(1);
    expect(await marker(page, 'resolution').count()).toBe(0);
    await page.screenshot({ path: 'test-results/jira-transition-applied.png' });
    await page.close();
  });

  it('gets nothing on the queue list, then follows pushState navigation between requests', async () => {
    const page = await open(QUEUE);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('[data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/jira-queue.png' });

    await page.getByRole('link', { name: 'ITSD-401', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${QUEUE}/ITSD-401`);
    await expect.poll(() => marker(page, 'resolution').count()).toBe(1);
    await page.screenshot({ path: 'test-results/jira-queue-issue.png' });

    await page.getByRole('link', { name: /ITSD-391/ }).click();
    await expect.poll(() => page.url()).toBe(`${QUEUE}/ITSD-391`);
    await expect.poll(() => markers(page).count()).toBe(0);
    await shown(page);
    await expect.poll(() => chip(page).getAttribute('data-fieldguard-errors')).toBe('0');

    await page.goBack();
    await expect.poll(() => marker(page, 'resolution').count()).toBe(1);

    // Leaving the record for the list removes everything FieldGuard added.
    await page.getByRole('link', { name: 'All requests' }).first().click();
    await expect.poll(() => page.url()).toBe(QUEUE);
    await expect.poll(() => page.locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
  });

  it('gets nothing on Your work', async () => {
    const page = await open(`${ORIGIN}/jira/your-work`);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
  });

  it('falls back to the page when the REST API fails, and says so', async () => {
    session.server.state.failingApis.add('jira');
    try {
      const page = await open(`${ORIGIN}/browse/ITSD-401`);
      await expect.poll(() => marker(page, 'resolution').count()).toBe(1);
      expect(await chip(page).getAttribute('data-fieldguard-source')).toBe('dom');
      await chip(page).getByRole('button').first().click();
      await expect.poll(() => page.getByText(/API unavailable: Jira API answered 401: You are not authenticated/).count()).toBe(1);
      await page.screenshot({ path: 'test-results/jira-api-fallback.png' });
      await page.close();
    } finally {
      session.server.state.failingApis.delete('jira');
    }
  });
});
