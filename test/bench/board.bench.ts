/**
 * `npm run bench`, the forecast board (after `wxt build`):
 * 1. Evaluation speed in Node: 10,000 and 50,000 generated open Opportunities (the demo org's generator, parsed from
 *    the SOQL query shape) through the board's evaluation (the three built-in Opportunity packs, rows with owner,
 *    amount and findings), in records/s; and, as the peer measured in the same run, FieldGuard and json-logic-js
 *    evaluating the forecast-hygiene pack alone on the same records, which must fail the same record-rule pairs.
 * 2. The board page in headless Chromium with the built extension, loading the demo org's list view of 10,000 and
 *    of 50,000 Opportunities to the end (200 per page, as the demo API batches): time to done and the page's peak JS
 *    heap (CDP `Performance.getMetrics` JSHeapUsedSize, polled every 50 ms), against the size of the JSON the API sent.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { compileBoardPacks, evaluateBoardRecords } from '../../lib/board/evaluate';
import type { NormalizedRecord } from '../../lib/records/model';
import { parsePayload } from '../../lib/records/parse';
import { BUILTIN_PACKS, builtinPacksFor } from '../../lib/rules/builtin';
import { todayUtc } from '../demo-apps/board/random';
import { setBoardSize } from '../demo-apps/board/size';
import { ALL_DEMO_ROUTES } from '../demo-apps/index';
import { SALESFORCE_DEMO_URLS } from '../demo-apps/salesforce/routes';
import { BOARD_SEED, boardOpportunities, LIST_VIEWS } from '../demo-apps/salesforce/list-data';
import { startDemoServer } from '../demo-apps/server';
import { launchWithExtension } from '../e2e/browser';
import { fieldGuardContender } from './fieldguard-contender';
import { jsonLogicContender } from './json-logic-js-contender';
import { timeRounds } from './measure';

const SIZES = [10_000, 50_000] as const;
const NOW = Date.now();
const PEER_PACK = 'salesforce-opportunity-forecast-hygiene';
const PAGE_TIMEOUT_MS = 240_000;

const lines: string[] = [`FieldGuard board benchmark (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`, ''];
const packs = builtinPacksFor('salesforce', 'Opportunity');
const compiled = compileBoardPacks(packs);
const peerPack = BUILTIN_PACKS.find((pack) => pack.id === PEER_PACK);
if (!peerPack) throw new Error(`built-in pack ${PEER_PACK} not found`);
const fieldGuardPeer = fieldGuardContender(peerPack, NOW);
const jsonLogicPeer = jsonLogicContender(peerPack, NOW);

lines.push(`evaluation (Node): packs ${packs.map((pack) => pack.id).join(', ')} (${packs.reduce((sum, pack) => sum + pack.rules.length, 0)} rules)`);
lines.push(`${'records'.padStart(8)} ${'board rows'.padStart(12)} ${'records/s'.padStart(10)}   ${'peer: one pack, FieldGuard vs json-logic-js'.padEnd(44)}`);
for (const size of SIZES) {
  const records: NormalizedRecord[] = parsePayload({ totalSize: size, done: true, records: boardOpportunities(size, BOARD_SEED, todayUtc(NOW)) }, { app: 'salesforce', origin: 'https://acme.lightning.force.com' });
  const board = await timeRounds(() => evaluateBoardRecords(records, compiled, NOW, new Map()).length, 1, 5);
  const ours = await timeRounds(() => fieldGuardPeer.run(records), 1, 5);
  const peer = await timeRounds(() => jsonLogicPeer.run(records), 1, 3);
  if (ours.failures !== peer.failures) throw new Error(`the engines disagree on ${size} records (${ours.failures} vs ${peer.failures} failures)`);
  const perSecond = (ms: number) => Math.round(size / (ms / 1000)).toLocaleString('en-US');
  lines.push(
    `${size.toLocaleString('en-US').padStart(8)} ${`${board.medianMs.toFixed(0)} ms`.padStart(12)} ${perSecond(board.medianMs).padStart(10)}   ` +
      `${perSecond(ours.medianMs)} vs ${perSecond(peer.medianMs)} records/s = ${(peer.medianMs / ours.medianMs).toFixed(1)}x (${ours.failures.toLocaleString('en-US')} failing pairs, same in both)`,
  );
}

lines.push('', 'board page (Chromium, built extension, demo org list view, 200 records per page):');
lines.push(`${'records'.padStart(8)} ${'loaded in'.padStart(10)} ${'records/s'.padStart(10)} ${'peak JS heap'.padStart(13)} ${'API JSON'.padStart(9)} ${'heap/JSON'.padStart(10)}`);
const server = await startDemoServer(ALL_DEMO_ROUTES);
const browser = await launchWithExtension(server.port);
try {
  const login = await browser.context.newPage();
  await login.goto(`${SALESFORCE_DEMO_URLS.login}?retURL=${encodeURIComponent('/lightning/page/home')}`);
  await login.close();
  for (const size of SIZES) {
    setBoardSize(server.state, 'salesforce', size);
    const listUrl = `https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=${LIST_VIEWS[0].id}`;
    const page = await browser.context.newPage();
    const result = await measureBoard(page, `chrome-extension://${browser.extensionId}/board.html?url=${encodeURIComponent(listUrl)}`, size);
    await page.close();
    const apiBytes = JSON.stringify(boardOpportunities(size, BOARD_SEED, todayUtc())).length;
    lines.push(
      `${size.toLocaleString('en-US').padStart(8)} ${`${(result.ms / 1000).toFixed(1)} s`.padStart(10)} ${Math.round(size / (result.ms / 1000)).toLocaleString('en-US').padStart(10)} ` +
        `${mb(result.peakHeap).padStart(13)} ${mb(apiBytes).padStart(9)} ${`${(result.peakHeap / apiBytes).toFixed(1)}x`.padStart(10)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(lines.join('\n'));

async function measureBoard(page: Page, url: string, size: number): Promise<{ ms: number; peakHeap: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch {
        // The page may be navigating; the next poll reads it.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const start = performance.now();
  await page.goto(url);
  await page.waitForFunction(
    (expected) => document.querySelector('[data-state="done"], [data-board-state="ready"]') !== null && (document.body.textContent ?? '').replace(/[,\s]/g, '').includes(String(expected)),
    size,
    { timeout: PAGE_TIMEOUT_MS, polling: 100 },
  );
  const ms = performance.now() - start;
  const failed = await page.locator('[data-state="failed"]').count();
  if (failed > 0) throw new Error(`the board failed: ${await page.locator('[data-state="failed"]').innerText()}`);
  polling = false;
  await poll;
  return { ms, peakHeap };
}

function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
