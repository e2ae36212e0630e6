/**
 * The forecast-hygiene board in the built extension: opened as the popup opens it (`board.html?tab=&url=`) on a
 * Salesforce list view and on a ServiceNow incident list of the demo apps, it loads every page, and its numbers
 * match the demo data; cancel during a slow, large load keeps the rows loaded; an API error mid-way keeps them too
 * and says what to do. Screenshots in test-results/screenshots/board/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { quarterStart, todayUtc } from '../demo-apps/board/random';
import { failingPageKey, setBoardSize } from '../demo-apps/board/size';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { BOARD_OPPORTUNITIES, BOARD_SEED, boardOpportunities, DEMO_USERS, LIST_VIEWS } from '../demo-apps/salesforce/list-data';
import { SALESFORCE_DEMO_URLS } from '../demo-apps/salesforce/routes';
import { REFERENCE_NAMES } from '../demo-apps/servicenow/data';
import { encodedQueryFilter, listRecordsOf } from '../demo-apps/servicenow/list-routes';
import { AGENTS as ZENDESK_AGENTS, VIEW } from '../demo-apps/zendesk/data';
import { viewTicketsOf } from '../demo-apps/zendesk/list-routes';
import { startDemoSession } from './demo-session';
import { openBoard as openBoardOn } from './extension-pages';

const SHOTS = 'test-results/screenshots/board';
mkdirSync(SHOTS, { recursive: true });

const ALL_OPPORTUNITIES = `https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=${LIST_VIEWS[0].id}`;
const ACTIVE_INCIDENTS = 'https://acme.service-now.com/incident_list.do?sysparm_query=active%3Dtrue';

const session = startDemoSession(ALL_DEMO_ROUTES, async ({ browser }) => {
  const login = await browser.context.newPage();
  await login.goto(`${SALESFORCE_DEMO_URLS.login}?retURL=${encodeURIComponent('/lightning/page/home')}`);
  await login.close();
});

const money = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);
const count = (value: number) => value.toLocaleString('en-US');

const openBoard = (appUrl: string) => openBoardOn(session.browser, appUrl);
const progressState = (board: Page) => board.locator('.fg-progress').getAttribute('data-state');
const tile = (board: Page, label: string) => board.locator(`[data-tile="${label}"] .fg-tile-value`).innerText();
const ownerCells = (board: Page, owner: string) => board.locator(`tr[data-owner="${owner}"] td`).allInnerTexts();

describe('the forecast-hygiene board', () => {
  it('opened directly, explains how to start and offers the open app tabs', async () => {
    const app = await session.open(ALL_OPPORTUNITIES);
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/board.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'Choose what to check' }).isVisible()).toBe(true);
    const choice = page.locator('.fg-tab-choice', { hasText: 'acme.lightning.force.com' });
    await expect.poll(() => choice.count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/no-source.png`, fullPage: true });
    await choice.click();
    await expect.poll(() => page.locator('[data-board-state="ready"]').count()).toBe(1);
    expect(await page.getByTestId('query-label').innerText()).toContain(LIST_VIEWS[0].id);
    await page.close();
    await app.close();
  });

  it('loads a Salesforce list view to the end, with the demo org’s numbers per owner', async () => {
    const pipeline = boardOpportunities(BOARD_OPPORTUNITIES, BOARD_SEED, todayUtc());
    const { app, board } = await openBoard(ALL_OPPORTUNITIES);
    await expect.poll(() => progressState(board), { timeout: 30_000 }).toBe('done');
    expect(await tile(board, 'Records')).toBe(count(pipeline.length));
    // This run joins the stored history, so the trend has this week's point.
    await expect.poll(() => board.locator('.fg-chart svg[aria-label^="Hygiene trend over 1 week"]').count(), { timeout: 20_000 }).toBe(1);
    const owner = DEMO_USERS[1];
    const theirs = pipeline.filter((record) => record.OwnerId === owner?.Id);
    const amount = theirs.reduce((sum, record) => sum + (typeof record.Amount === 'number' ? record.Amount : 0), 0);
    const cells = await ownerCells(board, owner?.Name ?? '');
    expect(cells.slice(0, 2)).toEqual([count(theirs.length), money(amount)]);

    await board.locator('.fg-owner-button', { hasText: owner?.Name ?? '' }).click();
    await expect.poll(() => board.locator('#fg-records-title').innerText()).toContain(`Records of ${owner?.Name}`);
    const link = board.locator('.fg-records .fg-cell-title a').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/acme\.lightning\.force\.com\/lightning\/r\/Opportunity\/006\w+\/view$/);
    await board.locator('button.fg-expand').first().click();
    await board.locator('button', { hasText: 'Show every owner' }).click();
    await board.evaluate(() => window.scrollTo(0, 0));
    await board.screenshot({ path: `${SHOTS}/salesforce.png`, fullPage: true });

    const [download] = await Promise.all([board.waitForEvent('download'), board.locator('button', { hasText: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fieldguard-board-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.trim().split(/\r?\n/)).toHaveLength(pipeline.length + 1);
    // Writing needs only the click; reading the clipboard back is not allowed to an extension origin here.
    await board.bringToFront();
    await board.locator('button', { hasText: 'Copy summary for the call' }).click();
    await expect.poll(() => board.locator('.fg-export-status').innerText()).toBe('✓ Summary copied');
    await app.close();
    await board.close();
  });

  it('builds a Salesforce query from the board’s choices and loads what it selects', async () => {
    const today = todayUtc();
    const [from, to] = [quarterStart(today, 0), quarterStart(today, 2)];
    const closing = boardOpportunities(BOARD_OPPORTUNITIES, BOARD_SEED, today).filter(
      (record) => typeof record.CloseDate === 'string' && record.CloseDate >= from && record.CloseDate < to,
    );
    const { app, board } = await openBoard(ALL_OPPORTUNITIES);
    await expect.poll(() => progressState(board), { timeout: 30_000 }).toBe('done');
    await board.getByLabel('Open opportunities').check();
    await board.getByLabel('Closing').selectOption('this-and-next-quarter');
    await board.getByRole('combobox', { name: /^Owner/ }).selectOption('everyone');
    expect(await board.getByTestId('query-label').innerText()).toBe('Open opportunities closing this or next quarter, everyone');
    await board.locator('button', { hasText: /^Run$/ }).click();
    await expect.poll(() => tile(board, 'Records'), { timeout: 30_000 }).toBe(count(closing.length));
    await expect.poll(() => progressState(board)).toBe('done');
    await board.screenshot({ path: `${SHOTS}/salesforce-choices.png` });
    await app.close();
    await board.close();
  });

  it('keeps the rows loaded when a large Salesforce load is cancelled, and when the API fails mid-way', async () => {
    setBoardSize(session.server.state, 'salesforce', 10_000);
    try {
      const { app, board } = await openBoard(ALL_OPPORTUNITIES);
      // Each batch of the query resource answers slowly, so the run is still loading when Cancel is pressed.
      await board.route('**/services/data/**/query**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 250));
        // A request the board aborted on Cancel is already answered; there is nothing left to continue.
        await route.continue().catch(() => undefined);
      });
      await board.reload();
      await expect.poll(() => board.locator('.fg-progress-text').innerText(), { timeout: 20_000 }).toMatch(/of 10,000 records, page [2-9]/);
      await board.screenshot({ path: `${SHOTS}/loading.png`, fullPage: true });
      await board.locator('.fg-progress button', { hasText: 'Cancel' }).click();
      await expect.poll(() => progressState(board)).toBe('cancelled');
      const kept = Number((await tile(board, 'Records')).replace(/,/g, ''));
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(10_000);
      expect(await board.locator('.fg-progress-text').innerText()).toBe(`Cancelled after ${count(kept)} of 10,000 records; the board shows those.`);
      expect(await board.locator('.fg-records [data-record-id]').count()).toBeGreaterThan(0);

      await board.unroute('**/services/data/**/query**');
      session.server.state.failingApis.add(failingPageKey('salesforce', 3));
      await board.locator('button', { hasText: /^Run$/ }).click();
      await expect.poll(() => progressState(board), { timeout: 20_000 }).toBe('failed');
      const alert = board.getByRole('alert');
      expect(await alert.innerText()).toContain('What you can do');
      expect(await alert.getAttribute('data-error-kind')).toBe('rate-limit');
      expect(await tile(board, 'Records')).toBe('400');
      await board.screenshot({ path: `${SHOTS}/error.png`, fullPage: true });
      await app.close();
      await board.close();
    } finally {
      session.server.state.failingApis.delete(failingPageKey('salesforce', 3));
      setBoardSize(session.server.state, 'salesforce', BOARD_OPPORTUNITIES);
    }
  });

  it('loads a ServiceNow incident list through its tab, with the demo instance’s numbers per assignee', async () => {
    const incidents = listRecordsOf(session.server.state, 'incident').filter(encodedQueryFilter('active=true'));
    const { app, board } = await openBoard(ACTIVE_INCIDENTS);
    await expect.poll(() => progressState(board), { timeout: 30_000 }).toBe('done');
    expect(await tile(board, 'Records')).toBe(count(incidents.length));
    const perAgent = new Map<string, number>();
    for (const incident of incidents) {
      const agent = incident.values.assigned_to ?? '';
      if (agent !== '') perAgent.set(agent, (perAgent.get(agent) ?? 0) + 1);
    }
    const [busiest, busiestCount] = [...perAgent.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const name = REFERENCE_NAMES.sys_user?.[busiest] ?? busiest;
    expect((await ownerCells(board, name))[0]).toBe(count(busiestCount));
    await expect.poll(() => board.locator('.fg-chart svg[aria-label^="Hygiene trend over 1 week"]').count(), { timeout: 20_000 }).toBe(1);
    await board.screenshot({ path: `${SHOTS}/servicenow.png`, fullPage: true });
    await app.close();
    await board.close();
  });

  it('loads a Zendesk view through its tab, every cursor page, with the demo account’s numbers per assignee', async () => {
    const origin = 'https://acme.zendesk.com';
    const tickets = viewTicketsOf(session.server.state, origin);
    const { app, board } = await openBoard(`${origin}/agent/filters/${VIEW.id}`);
    await expect.poll(() => progressState(board), { timeout: 30_000 }).toBe('done');
    expect(await tile(board, 'Records')).toBe(count(tickets.length));
    const perAgent = new Map<number, number>();
    for (const ticket of tickets) {
      const agent = ticket.assignee_id;
      if (typeof agent === 'number') perAgent.set(agent, (perAgent.get(agent) ?? 0) + 1);
    }
    const [busiest, busiestCount] = [...perAgent.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    expect((await ownerCells(board, ZENDESK_AGENTS[busiest] ?? String(busiest)))[0]).toBe(count(busiestCount));
    await board.screenshot({ path: `${SHOTS}/zendesk.png`, fullPage: true });
    await app.close();
    await board.close();
  });
});
