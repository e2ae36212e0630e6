/**
 * Board runs against the demo apps' paginated list APIs (test/demo-apps, in process): every page to the end, cancel
 * and errors mid-way keeping the rows loaded so far, rate limits waited out or reported.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { salesforceListViewQuery, salesforceSoqlQuery, servicenowQuery, zendeskSearchQuery, zendeskViewQuery } from '../../lib/board/query-from-url';
import { startBoardRun, type BoardRunDeps } from '../../lib/board/run';
import type { BoardProgress, BoardQuery, BoardRow } from '../../lib/board/types';
import { builtinPacksFor } from '../../lib/rules/builtin';
import { quarterStart, todayUtc } from '../demo-apps/board/random';
import { failingPageKey, setBoardSize } from '../demo-apps/board/size';
import { ALL_DEMO_ROUTES } from '../demo-apps/index';
import { API_SID } from '../demo-apps/salesforce/data';
import { BOARD_OPPORTUNITIES, BOARD_SEED, boardOpportunities, DEMO_USERS } from '../demo-apps/salesforce/list-data';
import { QUERY_BATCH_SIZE } from '../demo-apps/salesforce/query-routes';
import { recordsOf, storeFor } from '../demo-apps/servicenow/data';
import { BOARD_INCIDENTS } from '../demo-apps/servicenow/list-data';
import { startDemoServer, type DemoServer } from '../demo-apps/server';
import { VIEW } from '../demo-apps/zendesk/data';
import { BOARD_TICKETS } from '../demo-apps/zendesk/list-data';
import { demoTransport } from './demo-transport';

const SALESFORCE = 'https://acme.lightning.force.com';
const SERVICENOW = 'https://acme.service-now.com';
const ZENDESK = 'https://acme.zendesk.com';

let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer(ALL_DEMO_ROUTES);
});
afterAll(() => server.close());
beforeEach(() => server.state.failingApis.clear());

function deps(query: BoardQuery, overrides: Partial<BoardRunDeps> = {}): BoardRunDeps {
  const headers: Record<string, string> =
    query.app === 'salesforce' ? { authorization: `Bearer ${API_SID}` } : query.app === 'servicenow' ? { 'x-usertoken': storeFor(server.state).token } : {};
  return { transport: demoTransport(server.port, headers), packs: builtinPacksFor(query.app, query.object), sleep: () => Promise.resolve(), ...overrides };
}

interface Outcome {
  readonly final: BoardProgress;
  readonly rows: readonly BoardRow[];
  readonly progress: readonly BoardProgress[];
}

async function load(query: BoardQuery, overrides: Partial<BoardRunDeps> = {}, onRows?: (rows: readonly BoardRow[], cancel: () => void) => void): Promise<Outcome> {
  let rows: readonly BoardRow[] = [];
  const progress: BoardProgress[] = [];
  const run = startBoardRun(query, {
    onRows: (next) => {
      rows = next;
      onRows?.(next, () => run.cancel());
    },
    onProgress: (next) => progress.push(next),
  }, deps(query, overrides));
  const final = await run.finished;
  return { final, rows, progress };
}

describe('Salesforce', () => {
  it('follows nextRecordsUrl to the end of a list view (a developer name, resolved to its id)', async () => {
    setBoardSize(server.state, 'salesforce', 1_000);
    try {
      const { final, rows, progress } = await load(salesforceListViewQuery(SALESFORCE, 'Opportunity', 'AllOpportunities'));
      expect(final).toEqual({ loaded: 1_000, total: 1_000, pages: 1_000 / QUERY_BATCH_SIZE, state: 'done', error: null });
      expect(new Set(rows.map((row) => row.id)).size).toBe(1_000);
      // Progress after each page, with the total the API announced.
      expect(progress.filter((step) => step.state === 'loading').map((step) => step.loaded)).toEqual([0, 200, 400, 600, 800, 1_000]);
      expect(rows[0]).toMatchObject({ app: 'salesforce', object: 'Opportunity', url: expect.stringMatching(/^https:\/\/acme\.lightning\.force\.com\/lightning\/r\/Opportunity\/006/) });
    } finally {
      setBoardSize(server.state, 'salesforce', BOARD_OPPORTUNITIES);
    }
  });

  it('loads my team (the role subtree under the user) closing this or next quarter', async () => {
    const { final, rows } = await load(salesforceSoqlQuery(SALESFORCE, { closing: 'this-and-next-quarter', owner: 'my-team', recordTypeId: null }));
    // Independently of the board: Morgan Lee manages the East team (Morgan, Priya, Tom).
    const today = todayUtc();
    const east = new Set(['Morgan Lee', 'Priya Raman', 'Tom Becker']);
    const expected = boardOpportunities(BOARD_OPPORTUNITIES, BOARD_SEED, today).filter((record) => {
      const close = record.CloseDate as string | null;
      return east.has((record.Owner as { Name: string }).Name) && close !== null && close >= quarterStart(today, 0) && close < quarterStart(today, 2);
    });
    expect(final.state).toBe('done');
    expect(expected.length).toBeGreaterThan(50);
    expect(rows.map((row) => row.id).sort()).toEqual(expected.map((record) => record.Id).sort());
    expect(new Set(rows.map((row) => row.ownerName))).toEqual(east);
    expect(DEMO_USERS.filter((user) => east.has(user.Name)).map((user) => user.Id).sort()).toEqual([...new Set(rows.map((row) => row.ownerId))].sort());
  });

  it('keeps the rows loaded so far when a page fails, and says the org is out of API requests', async () => {
    server.state.failingApis.add(failingPageKey('salesforce', 2));
    const { final, rows } = await load(salesforceListViewQuery(SALESFORCE, 'Opportunity', '00BHs0000000ALLAAA'));
    expect(final.state).toBe('failed');
    expect(final.loaded).toBe(QUERY_BATCH_SIZE);
    expect(rows).toHaveLength(QUERY_BATCH_SIZE);
    expect(final.error).toMatchObject({ kind: 'rate-limit', message: expect.stringContaining('TotalRequests Limit exceeded') });
    expect(final.error?.advice).toMatch(/24-hour/);
  });

  it('explains an org without API access and an expired session', async () => {
    server.state.failingApis.add('salesforce-api-disabled');
    const disabled = await load(salesforceSoqlQuery(SALESFORCE, { closing: 'this-quarter', owner: 'everyone', recordTypeId: null }));
    expect(disabled.final).toMatchObject({ state: 'failed', loaded: 0, error: { kind: 'api-disabled' } });
    expect(disabled.final.error?.advice).toMatch(/API Enabled/);
    server.state.failingApis.clear();
    server.state.failingApis.add('salesforce');
    const expired = await load(salesforceSoqlQuery(SALESFORCE, { closing: 'this-quarter', owner: 'everyone', recordTypeId: null }));
    expect(expired.final.error?.kind).toBe('not-signed-in');
  });

  it('stops when cancelled and keeps the pages already shown', async () => {
    setBoardSize(server.state, 'salesforce', 1_000);
    try {
      const { final, rows } = await load(salesforceListViewQuery(SALESFORCE, 'Opportunity', 'AllOpportunities'), {}, (_rows, cancel) => cancel());
      expect(final).toMatchObject({ state: 'cancelled', loaded: QUERY_BATCH_SIZE, pages: 1, error: null });
      expect(rows).toHaveLength(QUERY_BATCH_SIZE);
    } finally {
      setBoardSize(server.state, 'salesforce', BOARD_OPPORTUNITIES);
    }
  });
});

describe('ServiceNow', () => {
  it('pages the Table API with sysparm_offset and the Link header to X-Total-Count', async () => {
    setBoardSize(server.state, 'servicenow', 1_200);
    try {
      const stored = recordsOf(storeFor(server.state), 'incident').length;
      const { final, rows } = await load(servicenowQuery(SERVICENOW, 'incident', ''));
      expect(final).toMatchObject({ state: 'done', loaded: stored + 1_200, total: stored + 1_200, pages: 3 });
      expect(new Set(rows.map((row) => row.id)).size).toBe(stored + 1_200);
      const assigned = rows.find((row) => row.ownerId !== null);
      expect(assigned?.ownerName).toMatch(/^[A-Z][a-zê]+ [A-Z]/);
      expect(rows.find((row) => row.ownerId === null)?.ownerName).toBe('Unassigned');
    } finally {
      setBoardSize(server.state, 'servicenow', BOARD_INCIDENTS);
    }
  });

  it('applies the list filter', async () => {
    const { final, rows } = await load(servicenowQuery(SERVICENOW, 'incident', 'state=3'));
    expect(final.state).toBe('done');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.stage))).toEqual(new Set(['On Hold']));
  });

  it('reports a rate limit whose Retry-After is too long to wait, keeping the first page', async () => {
    setBoardSize(server.state, 'servicenow', 1_200);
    server.state.failingApis.add(failingPageKey('servicenow', 2));
    try {
      const { final, rows } = await load(servicenowQuery(SERVICENOW, 'incident', ''));
      expect(final).toMatchObject({ state: 'failed', loaded: 500, error: { kind: 'rate-limit' } });
      expect(final.error?.advice).toBe('Wait 60 seconds, then load the board again.');
      expect(rows).toHaveLength(500);
    } finally {
      setBoardSize(server.state, 'servicenow', BOARD_INCIDENTS);
    }
  });

  it('says the session was refused without the session token', async () => {
    const query = servicenowQuery(SERVICENOW, 'incident', '');
    const { final } = await load(query, { transport: demoTransport(server.port) });
    expect(final.error).toMatchObject({ kind: 'not-signed-in', message: expect.stringContaining('User Not Authenticated') });
  });
});

describe('Zendesk', () => {
  it('follows links.next of a view to the end, naming assignees from the sideloaded users', async () => {
    const { final, rows } = await load(zendeskViewQuery(ZENDESK, VIEW.id));
    expect(final).toMatchObject({ state: 'done', loaded: BOARD_TICKETS, pages: Math.ceil(BOARD_TICKETS / 100) });
    expect(new Set(rows.filter((row) => row.ownerId !== null).map((row) => row.ownerName))).toEqual(new Set(['Maya Lindqvist', 'Tomás Ortega', 'Priya Raman']));
  });

  it('follows next_page of a search', async () => {
    const { final, rows } = await load(zendeskSearchQuery(ZENDESK, 'refund'));
    expect(final.state).toBe('done');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /refund/i.test(row.title))).toBe(true);
  });

  it('reports a rate limit longer than the board waits (Zendesk asks for 30 s), keeping the first page', async () => {
    server.state.failingApis.add(failingPageKey('zendesk', 2));
    const waits: number[] = [];
    const { final } = await load(zendeskViewQuery(ZENDESK, VIEW.id), { sleep: (ms) => Promise.resolve(void waits.push(ms)) });
    expect(waits).toEqual([]);
    expect(final).toMatchObject({ state: 'failed', loaded: 100, error: { kind: 'rate-limit' } });
  });

  it('waits out a short Retry-After once and loads to the end', async () => {
    const query = zendeskViewQuery(ZENDESK, VIEW.id);
    const real = deps(query).transport;
    let limited = false;
    const waits: number[] = [];
    const { final } = await load(query, {
      transport: async (request, signal) => {
        if (!limited && request.url.includes('page%5Bafter%5D')) {
          limited = true;
          return { status: 429, body: '{"error":"APIRateLimitExceeded"}', headers: { 'retry-after': '2' } };
        }
        return real(request, signal);
      },
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    expect(waits).toEqual([2_000]);
    expect(final).toMatchObject({ state: 'done', loaded: BOARD_TICKETS });
  });
});
