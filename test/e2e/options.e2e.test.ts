/**
 * The options page of the built extension in Chromium: a broken pack file is refused with every problem and its
 * JSON path and changes nothing; a valid one is listed, on, and its hints appear on a demo Zendesk ticket; a pack
 * exports as valid JSON. Screenshots of every section go to test-results/screenshots/options/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { validatePack } from '../../lib/rules/validate';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { chip, markerFields, startDemoSession } from './demo-session';

/** The extension API the `evaluate` body calls: it runs in the options page, not in Node. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SHOTS = 'test-results/screenshots/options';
const TICKET = 'https://acme.zendesk.com/agent/tickets/48213';

const session = startDemoSession(ALL_DEMO_ROUTES, async () => {
  mkdirSync(SHOTS, { recursive: true });
});

/** A Zendesk pack the demo's clean ticket 48213 fails: its subject lacks the team's product prefix. */
const validPack = {
  schemaVersion: 1,
  id: 'acme-support-subjects',
  name: 'Acme support: ticket subjects',
  version: '1.2.0',
  description: 'Subjects start with the product code so the weekly report can group tickets.',
  app: 'zendesk',
  object: 'ticket',
  rules: [
    {
      id: 'subject-product-prefix',
      title: 'Subject lacks the product code',
      message: 'Start the subject with the product code in brackets, such as [CHECKOUT].',
      severity: 'error',
      fields: ['subject'],
      check: { matches: [{ var: 'subject' }, '^\\[[A-Z]+\\]'] },
      enforcement: { control: 'zendesk-trigger', advice: 'A trigger cannot refuse a save; add a macro that prefixes the subject and train agents to apply it.' },
    },
  ],
};

const brokenPack = {
  ...validPack,
  id: 'acme-broken',
  rules: [
    { ...validPack.rules[0], id: 'first', severity: 'critical' },
    { ...validPack.rules[0], id: 'second', fields: [] },
    { ...validPack.rules[0], id: 'third', check: { '=!': [{ var: 'subject' }, ''] } },
  ],
};

async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await expect.poll(() => page.locator('#packs tr[data-pack]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(BUILTIN_PACKS.length);
  return page;
}

const packIds = (page: Page) => page.locator('#packs tr[data-pack]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pack')));

async function importFile(page: Page, name: string, json: unknown): Promise<void> {
  await page.getByLabel('Import from file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json, null, 2)) });
}

describe('the options page', () => {
  it('refuses a broken pack file with every error and its JSON path, and changes nothing', async () => {
    const page = await openOptions();
    const before = await packIds(page);
    expect(before).toEqual(BUILTIN_PACKS.map((pack) => pack.id));

    await importFile(page, 'acme-broken.json', brokenPack);
    const errors = page.getByTestId('import-errors');
    await expect.poll(() => errors.isVisible()).toBe(true);
    const issues = await errors.locator('li').allInnerTexts();
    expect(issues).toEqual([
      'rules[0].severity: "critical" is not allowed; use one of "error", "warning", "info"',
      expect.stringMatching(/^rules\[1\]\.fields: /),
      expect.stringMatching(/^rules\[2\]\.check: unknown operator "=!"/),
    ]);
    expect(await errors.innerText()).toContain('Nothing was changed.');
    expect(await packIds(page)).toEqual(before);
    await page.locator('.fg-import').screenshot({ path: `${SHOTS}/import-errors.png` });

    // Broken JSON says where.
    await page.getByLabel('Import from file').setInputFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "id": "x"\n  "name": "y"\n}') });
    await expect.poll(() => errors.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^whole file: not valid JSON at line 3, column 3/)]);

    // Reloaded, the page still lists exactly the packs it had.
    await page.reload();
    await expect.poll(() => packIds(page)).toEqual(before);
    await page.close();
  });

  it('imports a valid pack: listed and on, and its hints show on an open ticket', async () => {
    const ticket = await session.open(TICKET);
    await expect.poll(() => chip(ticket).getAttribute('data-fieldguard-score')).toBe('100');

    const page = await openOptions();
    await importFile(page, 'acme-support-subjects.json', validPack);
    await expect.poll(() => page.locator('.fg-result-ok').innerText()).toContain('Imported Acme support: ticket subjects 1.2.0');
    const row = page.locator('tr[data-pack="acme-support-subjects"]');
    expect(await row.locator('.fg-tag').innerText()).toBe('Imported');
    expect(await row.getByRole('switch').isChecked()).toBe(true);

    // The open ticket picks the new pack up without a reload.
    await expect.poll(() => markerFields(ticket)).toEqual(['subject']);
    expect(await chip(ticket).getAttribute('data-fieldguard-errors')).toBe('1');
    await ticket.screenshot({ path: `${SHOTS}/imported-pack-on-ticket.png` });

    // Switched off here, its hint leaves the ticket.
    await row.locator('.fg-switch').click();
    await expect.poll(() => markerFields(ticket)).toEqual([]);
    await row.locator('.fg-switch').click();
    await expect.poll(() => markerFields(ticket)).toEqual(['subject']);
    await ticket.close();
    await page.close();
  });

  it('exports a pack as valid JSON named after its id', async () => {
    const page = await openOptions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export ServiceNow incident: hygiene and state gates as JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('servicenow-incident-hygiene.json');
    const exported: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const checked = validatePack(exported);
    expect(checked.ok && checked.pack).toEqual(BUILTIN_PACKS.find((pack) => pack.id === 'servicenow-incident-hygiene'));
    await page.close();
  });

  it('screenshots every section', async () => {
    const page = await openOptions();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Admin');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.locator('#data').innerText()).toContain('Saved.');
    // An acknowledgement made on a ticket (the overlay sends the same message), now carrying the saved name.
    await page.evaluate(() =>
      chrome.runtime.sendMessage({
        tag: 'fieldguard/v1',
        name: 'ack-add',
        data: { app: 'zendesk', object: 'ticket', recordId: '48231', pack: 'zendesk-ticket-hygiene', rule: 'subject-meaningful', days: 7, reason: 'The customer wrote it; I will fix it on my reply.' },
      }),
    );
    await page.reload();
    await expect.poll(() => page.locator('#acks tbody tr').count()).toBe(1);
    expect(await page.locator('#acks tbody td').nth(1).innerText()).toBe('Dana Admin');

    const url = page.getByRole('textbox', { name: 'Pack URL (https)' });
    // A URL that serves no pack (the demo server has nothing there): the sync records the URL's last error.
    await url.fill('https://rules.example.com/fieldguard/packs.json');
    await page.getByRole('button', { name: 'Add URL' }).click();
    await expect.poll(() => page.locator('#remote tbody tr .fg-status-error').count(), { timeout: 15_000 }).toBe(1);
    await url.fill('http://rules.example.com/packs.json');
    await page.getByRole('button', { name: 'Add URL' }).click();
    await expect.poll(() => page.locator('#remote [role="alert"]').innerText()).toContain('Only https URLs are allowed');
    await page.locator('tr[data-pack="servicenow-incident-hygiene"]').getByRole('button', { name: 'View rules' }).click();
    await page.screenshot({ path: `${SHOTS}/full-page.png`, fullPage: true });
    for (const section of ['packs', 'remote', 'domains', 'enforcement', 'acks', 'data']) {
      await page.locator(`#${section}`).screenshot({ path: `${SHOTS}/${section}.png` });
    }
    // Keyboard focus is visible: from the top, Tab reaches the skip link, then the first navigation link.
    await page.reload();
    await expect.poll(() => page.locator('#packs tr[data-pack]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await page.screenshot({ path: `${SHOTS}/focus-skip-link.png`, clip: { x: 0, y: 0, width: 700, height: 300 } });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rule packs');
    await page.screenshot({ path: `${SHOTS}/focus-nav.png`, clip: { x: 0, y: 0, width: 700, height: 300 } });
    await page.locator('tr[data-pack="zendesk-ticket-hygiene"]').screenshot({ path: `${SHOTS}/pack-row.png` });
    await page.close();
  });
});
