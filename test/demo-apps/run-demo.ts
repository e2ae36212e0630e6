/**
 * `npm run demo`: the product on its embedded default. Builds the extension, starts the demo apps, and opens
 * Chromium with FieldGuard loaded and every app hostname mapped to the local server.
 *
 * With a display, a normal window opens on a start page linking each app's clean and dirty records, and stays
 * until Ctrl-C. Without one (or with `--headless`), it visits every stop of the tour, the popup, the options page
 * and the board, writes screenshots, prints their paths, and exits 0 only if the hints appeared where expected.
 *
 *   npm run demo                # window if there is a display, headless check otherwise
 *   npm run demo -- --headless  # the check, even with a display
 *   npm run demo -- --no-build  # reuse .output/chrome-mv3
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { CHROMIUM, chromiumArgs, EXTENSION_DIR } from '../e2e/browser';
import { openBoard, tabIdOf } from '../e2e/extension-pages';
import { ALL_DEMO_ROUTES } from './index';
import { escapeHtml, html, startDemoServer, type DemoRoute } from './server';
import { LIST_VIEWS } from './salesforce/list-data';
import { SIGN_IN_URLS, TOUR, type TourStop } from './tour';

const START_URL = 'https://start.fieldguard.test/';
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/demo');
const HINT_TIMEOUT_MS = 15_000;
const POPUP_STOP = 'salesforce-past-close-date';
const BOARD_LIST = `https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=${LIST_VIEWS[0].id}`;

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const startPage: DemoRoute = {
  host: /^start\.fieldguard\.test$/,
  path: /^\/$/,
  handle: () => html(startPageHtml()),
};

async function main(): Promise<number> {
  if (!args.has('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const server = await startDemoServer([startPage, ...ALL_DEMO_ROUTES]);
  const profile = mkdtempSync(join(tmpdir(), 'fieldguard-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...chromiumArgs(server.port)],
  });
  const stop = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await signIn(context);
    if (!headless) return await showWindow(context, extensionId, stop);
    const failures = await checkTour(context, extensionId);
    await stop();
    return failures === 0 ? 0 : 1;
  } catch (error) {
    console.error(error);
    await stop();
    return 1;
  }
}

async function signIn(context: BrowserContext): Promise<void> {
  for (const url of SIGN_IN_URLS) {
    const page = await context.newPage();
    await page.goto(url);
    await page.close();
  }
}

async function showWindow(context: BrowserContext, extensionId: string, stop: () => Promise<void>): Promise<number> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(START_URL);
  // Extension pages cannot be linked from a web page, so they open in tabs of their own.
  await (await context.newPage()).goto(`chrome-extension://${extensionId}/options.html`);
  await page.bringToFront();
  console.log(`FieldGuard demo running: ${START_URL} (Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    context.on('close', () => done());
  });
  await stop();
  return 0;
}

/** Visits every stop and the extension's pages; returns the number of stops whose expectation failed. */
async function checkTour(context: BrowserContext, extensionId: string): Promise<number> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  let failures = 0;
  for (const stop of TOUR) {
    const page = await context.newPage();
    await page.goto(stop.url);
    const problem = await checkStop(page, stop);
    const path = join(SCREENSHOT_DIR, `${stop.name}.png`);
    await page.screenshot({ path });
    console.log(`${problem === null ? 'ok  ' : 'FAIL'} ${stop.title}\n     ${path}${problem === null ? '' : `\n     ${problem}`}`);
    if (problem !== null) failures += 1;
    await page.close();
  }
  failures += await checkExtensionPages(context, extensionId);
  console.log(failures === 0 ? `\nAll ${TOUR.length} demo records and the extension's pages showed what they should.` : `\n${failures} checks failed.`);
  return failures;
}

/** The popup on a dirty record, the board on a list view and the options page; returns how many failed. */
async function checkExtensionPages(context: BrowserContext, extensionId: string): Promise<number> {
  const browser = { context, extensionId };
  const checks: { name: string; show: () => Promise<Page>; ready: (page: Page) => Promise<boolean> }[] = [
    {
      name: 'popup',
      show: async () => {
        const stop = TOUR.find((candidate) => candidate.name === POPUP_STOP);
        if (!stop) throw new Error(`no tour stop ${POPUP_STOP}`);
        const record = await context.newPage();
        await record.goto(stop.url);
        await checkStop(record, stop);
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 380, height: 640 });
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(popup, record.url())}`);
        return popup;
      },
      ready: async (page) => (await page.locator('button.fg-finding').count()) > 0,
    },
    {
      name: 'board',
      show: async () => (await openBoard(browser, BOARD_LIST)).board,
      ready: async (page) => (await page.locator('.fg-progress').getAttribute('data-state').catch(() => null)) === 'done',
    },
    {
      name: 'options',
      show: async () => {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        return page;
      },
      ready: async (page) => (await page.getByRole('heading', { name: 'Rule packs' }).count()) > 0,
    },
  ];
  let failures = 0;
  for (const check of checks) {
    const page = await check.show();
    const deadline = Date.now() + 30_000;
    let ready = false;
    while (!ready && Date.now() < deadline) {
      ready = await check.ready(page);
      if (!ready) await page.waitForTimeout(250);
    }
    const path = join(SCREENSHOT_DIR, `${check.name}.png`);
    // The options page is long: its first screen shows what it is; the board and popup fit whole.
    await page.screenshot({ path, fullPage: check.name !== 'options' });
    console.log(`${ready ? 'ok  ' : 'FAIL'} the ${check.name} page\n     ${path}`);
    if (!ready) failures += 1;
  }
  return failures;
}

/** Null when the stop shows what it should, else what was wrong. */
async function checkStop(page: Page, stop: TourStop): Promise<string | null> {
  const deadline = Date.now() + HINT_TIMEOUT_MS;
  let last = 'no FieldGuard summary appeared';
  while (Date.now() < deadline) {
    const seen = await overlayState(page);
    if (seen.chips > 0) {
      if (stop.expect.kind === 'clean') {
        if (seen.fields.length === 0 && seen.score === '100') return null;
        last = `expected a clean record, saw score ${seen.score ?? '?'} and hints at ${seen.fields.join(', ') || 'no field'}`;
      } else {
        const missing = stop.expect.fields.filter((field) => !seen.fields.includes(field));
        if (missing.length === 0 && seen.fields.length > 0) return null;
        last = `expected hints at ${stop.expect.fields.join(', ') || 'some field'}, saw ${seen.fields.join(', ') || 'none'}`;
      }
    }
    await page.waitForTimeout(250);
  }
  return last;
}

/** What FieldGuard added, over every frame (ServiceNow's form is in an iframe). */
async function overlayState(page: Page): Promise<{ chips: number; score: string | null; fields: string[] }> {
  const frames: Frame[] = page.frames();
  const states = await Promise.all(
    frames.map((frame) =>
      frame
        .evaluate(() => ({
          chips: document.querySelectorAll('[data-fieldguard="chip"]').length,
          score: document.querySelector('[data-fieldguard="chip"]')?.getAttribute('data-fieldguard-score') ?? null,
          fields: [...document.querySelectorAll('[data-fieldguard="marker"]')].map((host) => host.getAttribute('data-fieldguard-field') ?? ''),
        }))
        .catch(() => ({ chips: 0, score: null, fields: [] as string[] })),
    ),
  );
  return {
    chips: states.reduce((sum, state) => sum + state.chips, 0),
    score: states.find((state) => state.score !== null)?.score ?? null,
    fields: [...new Set(states.flatMap((state) => state.fields))].sort(),
  };
}

function startPageHtml(): string {
  const byApp = new Map<string, TourStop[]>();
  for (const stop of TOUR) byApp.set(stop.app, [...(byApp.get(stop.app) ?? []), stop]);
  const sections = [...byApp.values()]
    .map((stops) => `<ul>${stops.map((stop) => `<li><a href="${escapeHtml(stop.url)}">${escapeHtml(stop.title)}</a> <small>${stop.expect.kind === 'clean' ? 'clean' : 'dirty'}</small></li>`).join('')}</ul>`)
    .join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>FieldGuard demo</title>
<style>body{font:16px system-ui,sans-serif;max-width:720px;margin:40px auto;color:#1b1f24}small{color:#5c6570}li{margin:.3em 0}</style>
<h1>FieldGuard demo</h1>
<p>Each link opens a demo app at its real address (served locally). Dirty records show FieldGuard's hints next to the
fields; the toolbar button opens the popup; the options page is open in the next tab.</p>
${sections}</html>`;
}

process.exit(await main());
