import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { startDemoSession } from './demo-session';

const session = startDemoSession([]);

describe('the built extension in Chromium', () => {
  it('opens its popup with every built-in pack listed', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('.fg-popup li').count()).toBe(BUILTIN_PACKS.length);
    expect(await page.getByRole('heading', { name: 'FieldGuard' }).isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/popup.png', fullPage: true });
  });
});
