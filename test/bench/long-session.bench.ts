/**
 * `npm run bench`: a long session in one tab, with and without FieldGuard. 400 in-app navigations between HubSpot
 * deals (pushState, the view swapped, the document kept); at each checkpoint, after a forced garbage collection,
 * the renderer's documents, nodes and JS event listeners, the tab's V8 heap, and FieldGuard's hosts on the page.
 * The e2e test hardening-long-session.e2e.test.ts asserts the bounds; this prints the figures and the growth per
 * navigation past the warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ALL_DEMO_ROUTES } from '../demo-apps/index';
import { startDemoServer } from '../demo-apps/server';
import { CHROMIUM, chromiumArgs, launchWithExtension } from '../e2e/browser';
import { DEAL_PATHS, learnHints, measureSession, navigateDeals, type SessionFigures } from '../e2e/hardening-session';

const CHECKPOINTS = [20, 50, 100, 200, 400];

async function run(context: BrowserContext, withExtension: boolean): Promise<SessionFigures[]> {
  const page = await context.newPage();
  const expected = withExtension ? await learnHints(page, 1500) : null;
  await page.goto(`https://app.hubspot.com${DEAL_PATHS[0] ?? ''}`);
  await page.waitForSelector('#hs-app [data-demo-title]');
  await page.waitForTimeout(1000);
  const figures: SessionFigures[] = [];
  let done = 0;
  for (const checkpoint of CHECKPOINTS) {
    await navigateDeals(page, expected, done, checkpoint - done);
    done = checkpoint;
    figures.push(await measureSession(page, done));
  }
  await page.close();
  return figures;
}

function print(name: string, figures: readonly SessionFigures[]): void {
  console.log(`\n${name}`);
  console.log('navigations  documents  nodes  listeners  heap used (KB)  FieldGuard hosts');
  for (const figure of figures) {
    console.log(
      `${String(figure.navigations).padStart(11)}  ${String(figure.documents).padStart(9)}  ${String(figure.nodes).padStart(5)}  ` +
        `${String(figure.jsEventListeners).padStart(9)}  ${(figure.heapUsed / 1024).toFixed(0).padStart(14)}  ${String(figure.fieldGuardHosts).padStart(16)}`,
    );
  }
  const at20 = figures.find((figure) => figure.navigations === 20);
  const at200 = figures.find((figure) => figure.navigations === 200);
  const at400 = figures.at(-1);
  if (!at20 || !at200 || !at400) return;
  console.log(
    `20→200: nodes ${signed(at200.nodes - at20.nodes)}, listeners ${signed(at200.jsEventListeners - at20.jsEventListeners)}, ` +
      `heap ${signed(Math.round((at200.heapUsed - at20.heapUsed) / 1024))} KB; ` +
      `200→400 (warm): heap ${((at400.heapUsed - at200.heapUsed) / (at400.navigations - at200.navigations)).toFixed(0)} bytes per navigation`,
  );
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

const server = await startDemoServer(ALL_DEMO_ROUTES);
const profile = mkdtempSync(join(tmpdir(), 'fieldguard-plain-'));
try {
  const plain = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, ignoreHTTPSErrors: true, args: chromiumArgs(server.port) });
  const withoutFigures = await run(plain, false);
  await plain.close();
  const extension = await launchWithExtension(server.port);
  const withFigures = await run(extension.context, true);
  await extension.close();
  console.log(`Long session: ${CHECKPOINTS.at(-1)} pushState navigations between ${DEAL_PATHS.length} HubSpot deals in one tab, counters after GC`);
  print('without the extension', withoutFigures);
  print('with FieldGuard (hints checked on every navigation)', withFigures);
} finally {
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
