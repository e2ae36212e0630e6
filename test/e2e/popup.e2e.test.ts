import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { startDemoServer, type DemoServer } from '../demo-apps/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let server: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startDemoServer([]);
  browser = await launchWithExtension(server.port);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('opens its popup with every built-in pack listed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('.fg-popup li').count()).toBe(BUILTIN_PACKS.length);
    expect(await page.getByRole('heading', { name: 'FieldGuard' }).isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/popup.png', fullPage: true });
  });
});
