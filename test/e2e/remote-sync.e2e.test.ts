/**
 * Remote rule packs in the built extension: an admin's pack server (`packs.example-corp.test`, with ETags and the
 * CORS headers the background worker needs) and a dirty Zendesk ticket open in a tab. Adding the URL makes the
 * background fetch it and the open tab show the remote pack's hint without a reload; a new version on the server
 * and a "sync now" change the hint; an outage keeps the last good copy and reports the error.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answer, ResponseOf } from '../../lib/messaging';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { acmeZendeskPack, rulePackRoutes, ZENDESK_PACK_URL, type RulePackServing } from '../demo-apps/rule-packs';
import { chip, marker, markerFields, startDemoSession } from './demo-session';

/** The extension APIs the `evaluate` bodies call: they run inside the browser, not in Node. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const SHOTS = 'test-results/screenshots/remote-sync';
const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/48231';

const serving: RulePackServing = { served: acmeZendeskPack(1), failWith: null, seen: [] };
const session = startDemoSession([...rulePackRoutes(serving), ...ALL_DEMO_ROUTES], async () => {
  mkdirSync(SHOTS, { recursive: true });
});

type SyncAnswer = Answer<ResponseOf<'remote-sync-now'>>;

function syncNow(page: Page): Promise<SyncAnswer> {
  return page.evaluate(() => chrome.runtime.sendMessage({ tag: 'fieldguard/v1', name: 'remote-sync-now', data: {} }) as Promise<SyncAnswer>);
}

/** The rules of the findings listed at a field's marker (its card, expanded). */
async function rulesAt(page: Page, field: string): Promise<string[]> {
  const host = marker(page, field);
  if ((await host.locator('button[aria-expanded="true"]').count()) === 0) await host.locator('button[aria-expanded]').first().click();
  return host.locator('li.fg-finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''));
}

describe('remote rule packs reach open tabs', () => {
  it('shows a remote pack\'s hint in an open tab once the admin adds its URL, the next version\'s after "Sync now", and keeps it through an outage', async () => {
    const ticket = await session.open(TICKET_URL);
    await expect.poll(() => chip(ticket).count(), { timeout: 15_000 }).toBe(1);
    expect(await markerFields(ticket)).toEqual(['group_id', 'subject']);

    // The admin adds the URL on the options page; the background fetches it at once.
    const options = await session.open(`chrome-extension://${session.browser.extensionId}/options.html#remote`);
    const remote = options.locator('section#remote');
    await remote.getByLabel('Pack URL (https)').fill(ZENDESK_PACK_URL);
    await remote.getByRole('button', { name: 'Add URL' }).click();
    await expect.poll(() => markerFields(ticket), { timeout: 15_000 }).toEqual(['group_id', 'subject', 'type']);
    expect(await marker(ticket, 'type').getAttribute('data-fieldguard-severity')).toBe('warning');
    expect(await rulesAt(ticket, 'type')).toEqual(['acme-zendesk-ticket/type-set']);
    await expect.poll(() => ticket.getByText('Acme: ticket type missing').count()).toBeGreaterThan(0);
    await ticket.screenshot({ path: `${SHOTS}/zendesk-remote-v1.png` });
    expect(serving.seen[0]).toEqual({ ifNoneMatch: null, status: 200 });
    const row = remote.locator(`tr[data-url="${ZENDESK_PACK_URL}"]`);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('acme-zendesk-ticket');

    // Unchanged on the server: every later sync sends the ETag and gets a 304 (the options page also asks for one
    // right after adding the URL).
    const unchanged = await syncNow(options);
    expect(unchanged).toMatchObject({ ok: true, value: { states: [{ url: ZENDESK_PACK_URL, lastError: null, packIds: ['acme-zendesk-ticket'] }] } });
    const etag = serving.seen[1]?.ifNoneMatch;
    expect(etag).toMatch(/^".+"$/);
    expect(serving.seen.slice(1)).toEqual(serving.seen.slice(1).map(() => ({ ifNoneMatch: etag, status: 304 })));

    // Version 2 on the server: "Sync now" replaces the pack and the open tab follows, without a reload.
    serving.served = acmeZendeskPack(2);
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => markerFields(ticket), { timeout: 15_000 }).toEqual(['group_id', 'priority', 'subject']);
    expect(await rulesAt(ticket, 'priority')).toEqual(['acme-zendesk-ticket/urgent-review']);
    expect(serving.seen.at(-1)).toMatchObject({ status: 200 });
    await ticket.screenshot({ path: `${SHOTS}/zendesk-remote-v2.png` });

    // An outage: the error is recorded, the last good copy stays in force.
    serving.failWith = 503;
    const failed = await syncNow(options);
    expect(failed).toMatchObject({ ok: true, value: { states: [{ lastError: 'HTTP 503 Service Unavailable', packIds: ['acme-zendesk-ticket'] }] } });
    await ticket.reload();
    await expect.poll(() => markerFields(ticket), { timeout: 15_000 }).toEqual(['group_id', 'priority', 'subject']);
    serving.failWith = null;

    // The options page shows the URL's packs, its last successful sync and the error of the last attempt.
    await options.reload();
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('HTTP 503 Service Unavailable');
    expect(await row.textContent()).toContain('acme-zendesk-ticket');
    await remote.screenshot({ path: `${SHOTS}/options-remote-after-outage.png` });
    await options.close();
    await ticket.close();
  });
});
