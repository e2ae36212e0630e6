/**
 * A long session in one tab: in-app navigations between HubSpot deals (pushState, the view swapped each time, the
 * document kept). FieldGuard must show the right hints on every deal and leave nothing behind: between the 20th and
 * the 200th navigation no detached nodes, listeners, documents or FieldGuard hosts pile up; and over 200 more, once
 * the page is warm (the heap grows by about as much without the extension until then), the heap stays flat.
 * Figures (and the same run without the extension) are printed by `npm run bench` (long-session.bench.ts).
 */
import { describe, expect, it } from 'vitest';
import { ALL_DEMO_ROUTES } from '../demo-apps';
import { startDemoSession } from './demo-session';
import { DEAL_PATHS, learnHints, measureSession, navigateDeals, type SessionFigures } from './hardening-session';

const session = startDemoSession(ALL_DEMO_ROUTES);

/** A leak of one node or listener per navigation would add 180 between the checkpoints: these bounds catch it. */
const MAX_NODE_GROWTH = 30;
const MAX_LISTENER_GROWTH = 20;
/** Past the warm-up (V8 compiling and inlining, caches filling, as without the extension), the heap is flat. */
const MAX_WARM_HEAP_GROWTH = 256 * 1024;
const CHECKPOINTS = [20, 200, 400] as const;

describe('hundreds of records in one tab', () => {
  it('shows the right hints on every record and leaves nothing growing behind', async () => {
    const page = await session.browser.context.newPage();
    const expected = await learnHints(page, 1500);
    expect(new Set([...expected.values()].map((hints) => hints.fields)).size).toBeGreaterThan(2);
    await page.goto(`https://app.hubspot.com${DEAL_PATHS[0] ?? ''}`);
    await page.waitForSelector('[data-fieldguard="chip"]', { state: 'attached' });

    const figures: SessionFigures[] = [];
    let done = 0;
    for (const checkpoint of CHECKPOINTS) {
      await navigateDeals(page, expected, done, checkpoint - done);
      done = checkpoint;
      figures.push(await measureSession(page, done));
    }
    const [early, at200, last] = figures as [SessionFigures, SessionFigures, SessionFigures];
    console.log(`long session:\n${figures.map((figure) => JSON.stringify(figure)).join('\n')}`);

    for (const later of [at200, last]) {
      expect(later.documents).toBe(early.documents);
      expect(later.fieldGuardHosts).toBe(early.fieldGuardHosts);
      expect(later.nodes - early.nodes).toBeLessThanOrEqual(MAX_NODE_GROWTH);
      expect(later.jsEventListeners - early.jsEventListeners).toBeLessThanOrEqual(MAX_LISTENER_GROWTH);
    }
    expect(last.heapUsed - at200.heapUsed).toBeLessThanOrEqual(MAX_WARM_HEAP_GROWTH);
    await page.close();
  }, 180_000);
});
