/**
 * FieldGuard on the demo ServiceNow instance (`acme.service-now.com`), with the built extension in headless
 * Chromium: UI16 forms opened directly, in `nav_to.do`'s `iframe#gsft_main` and in the Next Experience wrapper
 * (the iframe inside a shadow root); hints at the right fields, fixes before save, the state select as the stage
 * gate, navigation by reloading the iframe (UI16 does not use pushState), a workspace record (API only), pages that
 * get nothing, the DOM fallback when the Table API fails, and the form's own mandatory-field check still in charge.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { servicenowRoutes } from '../demo-apps/servicenow/routes';
import { chip, gate, marker, markers, SETTLE_MS, startDemoSession } from './demo-session';

const ORIGIN = 'https://acme.service-now.com';

const INC_NEW_CLEAN = '9c27d5b2a7d68e64857b28dffefcd9de'; // INC0010231
const INC_PRIORITY_MISMATCH = '4afa1e5dd80614bf5eac5f85131adec0'; // INC0010187: impact 3 × urgency 3, priority 2
const INC_RESOLVED_NO_NOTES = '0441bd86f9511bd72fe78e7546c22e95'; // INC0010174
const INC_ON_HOLD_NO_REASON = 'cb7bfc05b3043ac41952370ccf0e5e87'; // INC0010165
const INC_VAGUE_DESCRIPTION = '48ff62b4071531845ecbb4817ad68dba'; // INC0010152: short description "issue"; saved by a test
const CHG_SCHEDULED_GAPS = 'd2f1c5e8a9b04c7d8e6f5a4b3c2d1e0f'; // CHG0030146

const session = startDemoSession(servicenowRoutes);
const { open } = session;

/** The frame holding the classic form: `iframe#gsft_main` in a wrapper (found through shadow roots too). */
async function formFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame !== page.mainFrame() && /\.do\?sys_id=/.test(frame.url()))).toBe(true);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame() && /\.do\?sys_id=/.test(candidate.url()));
  if (!frame) throw new Error('no form frame');
  return frame;
}

const field = (frame: Frame, id: string) => frame.locator(`[id="${id}"]`);

/** The `for` of the label a marker was placed after: the field input it belongs to. */
function anchorOf(frame: Frame, name: string): Promise<string | null> {
  return frame.evaluate((fieldName) => {
    let node = document.querySelector(`[data-fieldguard="marker"][data-fieldguard-field="${fieldName}"]`)?.previousElementSibling ?? null;
    while (node?.hasAttribute('data-fieldguard')) node = node.previousElementSibling;
    return node?.getAttribute('for') ?? null;
  }, name);
}

async function shown(frame: Frame): Promise<void> {
  await expect.poll(() => chip(frame).count()).toBe(1);
}

describe('FieldGuard on ServiceNow classic forms', () => {
  it('marks a priority that does not match impact and urgency, next to the Priority label', async () => {
    const page = await open(`${ORIGIN}/incident.do?sys_id=${INC_PRIORITY_MISMATCH}`);
    const frame = page.mainFrame();
    await expect.poll(() => marker(frame, 'priority').count()).toBe(1);
    expect(await markers(frame).count()).toBe(1);
    expect(await marker(frame, 'priority').getAttribute('data-fieldguard-severity')).toBe('warning');
    expect(await anchorOf(frame, 'priority')).toBe('incident.priority');
    expect(await chip(frame).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await chip(frame).getAttribute('data-fieldguard-warnings')).toBe('1');
    // The form's own field message (g_form.showFieldMsg) says it too, under the Priority field.
    await expect.poll(() => frame.locator('[id="element.incident.priority"] .fieldmsg').allTextContents()).toEqual(['FieldGuard: Priority does not match impact and urgency']);
    await marker(frame, 'priority').getByRole('button').first().click();
    await expect.poll(() => frame.getByText('Priority does not match impact and urgency').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/servicenow-priority-mismatch.png' });
    await page.close();
  });

  it('marks missing resolution notes on a resolved incident inside nav_to.do, and nothing in the top frame', async () => {
    const page = await open(`${ORIGIN}/nav_to.do?uri=incident.do%3Fsys_id%3D${INC_RESOLVED_NO_NOTES}`);
    const frame = await formFrame(page);
    await expect.poll(() => marker(frame, 'close_notes').count()).toBe(1);
    expect(await marker(frame, 'close_notes').getAttribute('data-fieldguard-severity')).toBe('error');
    expect(await anchorOf(frame, 'close_notes')).toBe('incident.close_notes');
    expect(await chip(frame).getAttribute('data-fieldguard-errors')).toBe('1');
    expect(await page.mainFrame().locator('[data-fieldguard]').count()).toBe(0);
    await field(frame, 'incident.close_notes').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/servicenow-nav-to-resolved.png' });
    await page.close();
  });

  it('shows nothing but a clean score on a clean incident', async () => {
    const page = await open(`${ORIGIN}/nav_to.do?uri=%2Fincident.do%3Fsys_id%3D${INC_NEW_CLEAN}`);
    const frame = await formFrame(page);
    await shown(frame);
    await page.waitForTimeout(300);
    expect(await markers(frame).count()).toBe(0);
    expect(await chip(frame).getAttribute('data-fieldguard-score')).toBe('100');
    await page.screenshot({ path: 'test-results/servicenow-clean.png' });
    await page.close();
  });

  it('clears a hint as soon as the field is fixed in the form, before and after Save', async () => {
    const page = await open(`${ORIGIN}/incident.do?sys_id=${INC_VAGUE_DESCRIPTION}`);
    const frame = page.mainFrame();
    await expect.poll(() => marker(frame, 'short_description').count()).toBe(1);
    await page.screenshot({ path: 'test-results/servicenow-vague-description.png' });

    await field(frame, 'incident.short_description').fill('Cannot map drive S: after the password change');
    await expect.poll(() => marker(frame, 'short_description').count()).toBe(0);
    expect(await chip(frame).getAttribute('data-fieldguard-warnings')).toBe('0');
    await page.screenshot({ path: 'test-results/servicenow-fixed-before-save.png' });

    // UI16 saves by posting the form and reloading it; the reloaded form is read from the API again.
    await frame.locator('#sysverb_update_and_stay').click();
    await page.waitForLoadState('load');
    await shown(frame);
    await page.waitForTimeout(SETTLE_MS);
    expect(await marker(frame, 'short_description').count()).toBe(0);
    expect(await chip(frame).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await field(frame, 'incident.short_description').inputValue()).toBe('Cannot map drive S: after the password change');
    await page.close();
  });

  it('follows the priority the form recalculates when impact and urgency change', async () => {
    const page = await open(`${ORIGIN}/incident.do?sys_id=${INC_PRIORITY_MISMATCH}`);
    const frame = page.mainFrame();
    await expect.poll(() => marker(frame, 'priority').count()).toBe(1);
    await field(frame, 'incident.impact').selectOption('2');
    await field(frame, 'incident.urgency').selectOption('1');
    await expect.poll(() => field(frame, 'sys_readonly.incident.priority').inputValue()).toBe('2');
    await expect.poll(() => marker(frame, 'priority').count()).toBe(0);
    await page.close();
  });

  it('leaves the form\'s own mandatory check in charge: its message and markers still appear', async () => {
    const page = await open(`${ORIGIN}/incident.do?sys_id=${INC_RESOLVED_NO_NOTES}`);
    const frame = page.mainFrame();
    await expect.poll(() => marker(frame, 'close_notes').count()).toBe(1);
    expect(await frame.locator('[id="status.incident.close_notes"].mandatory').isVisible()).toBe(true);
    await frame.locator('#sysverb_update_and_stay').click();
    const message = frame.locator('#output_messages .outputmsg_error');
    await expect.poll(() => message.textContent()).toBe('The following mandatory fields are not filled in: Resolution notes');
    expect(page.url()).toBe(`${ORIGIN}/incident.do?sys_id=${INC_RESOLVED_NO_NOTES}`);
    expect(await marker(frame, 'close_notes').count()).toBe(1);
    await page.screenshot({ path: 'test-results/servicenow-native-mandatory.png' });
    await page.close();
  });

  it('lists the unmet Implement requirements when the state select of a Scheduled change is set to Implement', async () => {
    const page = await open(`${ORIGIN}/now/nav/ui/classic/params/target/change_request.do%3Fsys_id%3D${CHG_SCHEDULED_GAPS}`);
    const frame = await formFrame(page);
    await shown(frame);
    expect(await gate(frame).count()).toBe(0);

    await field(frame, 'change_request.state').selectOption('-1');
    await expect.poll(() => gate(frame).getAttribute('data-fieldguard-stage')).toBe('-1');
    expect((await gate(frame).getAttribute('data-fieldguard-fields'))?.split(' ').sort()).toEqual(
      ['approval', 'backout_plan', 'cmdb_ci', 'test_plan'],
    );
    // The panel sits right after the State row.
    expect(await frame.evaluate(() => document.querySelector('[data-fieldguard="gate"]')?.previousElementSibling?.id)).toBe('element.change_request.state');
    await page.screenshot({ path: 'test-results/servicenow-change-implement-gate.png' });

    // Going back to the saved state removes the panel; nothing was changed or blocked by FieldGuard.
    await field(frame, 'change_request.state').selectOption('-2');
    await expect.poll(() => gate(frame).count()).toBe(0);
    expect(await page.mainFrame().locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
  });

  it('updates the hints when UI16 reloads gsft_main with another record', async () => {
    const page = await open(`${ORIGIN}/nav_to.do?uri=incident.do%3Fsys_id%3D${INC_PRIORITY_MISMATCH}`);
    const frame = await formFrame(page);
    await expect.poll(() => marker(frame, 'priority').count()).toBe(1);

    // The navigator's History links target gsft_main: the frame reloads, the top frame stays.
    await page.locator('#gsft_nav a', { hasText: 'INC0010165' }).click();
    await expect.poll(() => frame.url()).toContain(INC_ON_HOLD_NO_REASON);
    await expect.poll(() => marker(frame, 'hold_reason').count()).toBe(1);
    expect(await marker(frame, 'priority').count()).toBe(0);
    await page.screenshot({ path: 'test-results/servicenow-navigated-on-hold.png' });

    // The form's own record arrows navigate the frame too.
    await frame.getByRole('link', { name: /Previous record/ }).click();
    await expect.poll(() => frame.url()).toContain(INC_RESOLVED_NO_NOTES);
    await expect.poll(() => marker(frame, 'close_notes').count()).toBe(1);
    expect(await marker(frame, 'hold_reason').count()).toBe(0);
    expect(await page.mainFrame().locator('[data-fieldguard]').count()).toBe(0);
    await page.close();
  });

  it('lints a new record from the form, without an API read', async () => {
    const page = await open(`${ORIGIN}/incident.do?sys_id=-1`);
    const frame = page.mainFrame();
    await expect.poll(() => marker(frame, 'caller_id').count()).toBe(1);
    expect(await chip(frame).getAttribute('data-fieldguard-source')).toBe('dom');
    await field(frame, 'sys_display.incident.caller_id').fill('Marta Nowak');
    await expect.poll(() => marker(frame, 'caller_id').count()).toBe(0);
    await page.close();
  });

  it('reads a workspace record through the API and lists its findings in the chip, as workspace fields have no anchors', async () => {
    const page = await open(`${ORIGIN}/now/sow/record/incident/${INC_RESOLVED_NO_NOTES}/params/selected-tab-index/0`);
    const frame = page.mainFrame();
    await shown(frame);
    expect(await chip(frame).getAttribute('data-fieldguard-source')).toBe('api');
    expect(await chip(frame).getAttribute('data-fieldguard-errors')).toBe('1');
    expect(await chip(frame).getAttribute('data-fieldguard-placement')).toBe('fixed');
    expect(await markers(frame).count()).toBe(0);
    await chip(frame).locator('button.fg-chip').click();
    await expect.poll(() => frame.locator('li.fg-finding[data-rule="servicenow-incident-hygiene/resolution-notes"]').count()).toBeGreaterThan(0);
    expect(await frame.locator('.fg-where').first().textContent()).toContain('not on this page');
    await page.screenshot({ path: 'test-results/servicenow-workspace.png' });
    await page.close();
  });

  it.each([
    ['a list of a table FieldGuard has no packs for', '/sys_user_list.do'],
    ['the Next Experience home page', '/now/nav/ui/home'],
    ['an incident list', '/incident_list.do?sysparm_query=active%3Dtrue'],
  ])('gets nothing on %s', async (_name, path) => {
    const page = await open(`${ORIGIN}${path}`);
    await page.waitForTimeout(SETTLE_MS);
    for (const frame of page.frames()) expect(await frame.locator('[data-fieldguard]').count()).toBe(0);
    await page.screenshot({ path: `test-results/servicenow-nothing-${path.split('/').pop()?.split('?')[0]}.png` });
    await page.close();
  });

  it('falls back to the form\'s values when the Table API fails, and says so in the chip', async () => {
    session.server.state.failingApis.add('servicenow');
    try {
      const page = await open(`${ORIGIN}/nav_to.do?uri=incident.do%3Fsys_id%3D${INC_PRIORITY_MISMATCH}`);
      const frame = await formFrame(page);
      await expect.poll(() => marker(frame, 'priority').count()).toBe(1);
      expect(await chip(frame).getAttribute('data-fieldguard-source')).toBe('dom');
      await chip(frame).locator('button.fg-chip').click();
      await expect.poll(() => frame.locator('.fg-source-note').textContent()).toContain('User Not Authenticated');
      await page.screenshot({ path: 'test-results/servicenow-api-failed.png' });
      await page.close();
    } finally {
      session.server.state.failingApis.delete('servicenow');
    }
  });
});
