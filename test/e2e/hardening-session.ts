/**
 * Long-session measurement shared by the e2e test (hardening-long-session.e2e.test.ts, which asserts bounds) and the
 * bench (test/bench/long-session.bench.ts, which prints the figures): one HubSpot tab navigating between deals with
 * the app's own pushState links, and the renderer's counters read over CDP after a forced garbage collection.
 */
import type { Page } from 'playwright-core';
import { DEMO_IDS } from '../demo-apps/hubspot/data';

export const PORTAL = 'https://app.hubspot.com/contacts/123456';
/** Four deals (clean and dirty), visited in turn: 20 and 200 navigations both end on the same one. */
export const DEAL_PATHS: readonly string[] = [DEMO_IDS.cleanDeal, DEMO_IDS.dealWithoutAmount, DEMO_IDS.dealWithoutNextStep, DEMO_IDS.dealWithoutOwner].map(
  (id) => `/contacts/123456/record/0-3/${id}`,
);

/** What FieldGuard shows on a record: the chip's score and the marked fields, sorted. */
export interface Hints {
  readonly score: string;
  readonly fields: string;
}

export interface SessionFigures {
  readonly navigations: number;
  readonly documents: number;
  readonly nodes: number;
  readonly jsEventListeners: number;
  /** V8 heap of the tab (page and content-script worlds share it), bytes used after GC. */
  readonly heapUsed: number;
  readonly fieldGuardHosts: number;
}

async function hintsOn(page: Page): Promise<Hints> {
  return page.evaluate(() => ({
    score: document.querySelector('[data-fieldguard="chip"]')?.getAttribute('data-fieldguard-score') ?? '',
    fields: [...document.querySelectorAll('[data-fieldguard="marker"]')].map((host) => host.getAttribute('data-fieldguard-field') ?? '').sort().join(' '),
  }));
}

/** Loads each deal fresh and notes its hints once FieldGuard settles: what every later visit must show again. */
export async function learnHints(page: Page, settleMs: number): Promise<Map<string, Hints>> {
  const expected = new Map<string, Hints>();
  for (const path of DEAL_PATHS) {
    await page.goto(`https://app.hubspot.com${path}`);
    await page.waitForSelector('[data-fieldguard="chip"]', { state: 'attached' });
    await page.waitForTimeout(settleMs);
    expected.set(path, await hintsOn(page));
  }
  return expected;
}

/**
 * Follows `count` in-app links (clicking an anchor, as a user does: HubSpot's client pushes the URL and swaps the
 * view), each time waiting until FieldGuard shows the expected hints for the new deal. Throws with what the page
 * showed when they do not come within `timeoutMs`.
 */
export async function navigateDeals(page: Page, expected: ReadonlyMap<string, Hints> | null, from: number, count: number, timeoutMs = 10_000): Promise<void> {
  for (let step = from; step < from + count; step++) {
    const path = DEAL_PATHS[step % DEAL_PATHS.length] ?? '';
    const hints = expected === null ? null : expected.get(path);
    if (hints === undefined) throw new Error(`no expected hints for ${path}`);
    await page.evaluate((href) => {
      const link = document.createElement('a');
      link.setAttribute('href', href);
      document.body.append(link);
      link.click();
      link.remove();
    }, path);
    if (hints === null) {
      // Without the extension: the app's own view for the deal is what is waited for.
      await page.waitForFunction((href) => location.pathname === href && document.querySelector('#hs-app [data-demo-title]') !== null, path, { timeout: timeoutMs, polling: 10 });
      continue;
    }
    try {
      await page.waitForFunction(
        ({ href, score, fields }) => {
          const chip = document.querySelector('[data-fieldguard="chip"]');
          const marked = [...document.querySelectorAll('[data-fieldguard="marker"]')].map((host) => host.getAttribute('data-fieldguard-field') ?? '').sort().join(' ');
          return location.pathname === href && chip?.getAttribute('data-fieldguard-score') === score && marked === fields;
        },
        { href: path, ...hints },
        { timeout: timeoutMs, polling: 10 },
      );
    } catch (error) {
      throw new Error(`navigation ${step + 1} to ${path}: expected ${JSON.stringify(hints)}, page shows ${JSON.stringify(await hintsOn(page))}`, { cause: error });
    }
  }
}

/** Counters after a full garbage collection (twice: the first can leave what finalizers freed). */
export async function measureSession(page: Page, navigations: number): Promise<SessionFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      navigations,
      documents: counters.documents,
      nodes: counters.nodes,
      jsEventListeners: counters.jsEventListeners,
      heapUsed: heap.usedSize,
      fieldGuardHosts: await page.locator('[data-fieldguard]').count(),
    };
  } finally {
    await cdp.detach();
  }
}
