import { beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, dayOf, exportHistory, historyCsv, listHistory, pruneHistory, recordEvaluation, type EvaluationSummary } from '../../lib/store/history';
import { freshStores } from './fresh-stores';

// Noon, so that the local day is the same in every time zone the tests may run in.
const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 2, 2, 12, 0, 0).getTime();

const opportunity = (overrides: Partial<EvaluationSummary> = {}): EvaluationSummary => ({
  app: 'salesforce',
  object: 'Opportunity',
  recordId: '006000000000001AAA',
  score: 64,
  errors: 2,
  warnings: 1,
  info: 0,
  ...overrides,
});

beforeEach(() => freshStores());

describe('hygiene history', () => {
  it('keeps one entry per record and day, the last evaluation winning', async () => {
    await recordEvaluation(opportunity(), NOW);
    await recordEvaluation(opportunity({ score: 90, errors: 0 }), NOW + 60_000);
    await recordEvaluation(opportunity({ score: 50 }), NOW + DAY_MS);
    await recordEvaluation(opportunity({ recordId: '006000000000002AAA', owner: 'Dana Scully' }), NOW);
    expect((await listHistory()).map((entry) => [entry.day, entry.recordId, entry.score, entry.owner])).toEqual([
      ['2026-03-02', '006000000000001AAA', 90, null],
      ['2026-03-02', '006000000000002AAA', 64, 'Dana Scully'],
      ['2026-03-03', '006000000000001AAA', 50, null],
    ]);
    expect(await listHistory({ sinceDay: '2026-03-03' })).toHaveLength(1);
    expect(await listHistory({ app: 'zendesk' })).toEqual([]);
  });

  it('does not record pages that are not records', async () => {
    expect(await recordEvaluation(opportunity({ object: null }), NOW)).toBeNull();
    expect(await listHistory()).toEqual([]);
  });

  it('prunes entries older than the retention, keeping today and the days before it', async () => {
    for (const daysAgo of [0, 1, 6, 7, 30]) await recordEvaluation(opportunity({ recordId: `r${daysAgo}` }), NOW - daysAgo * DAY_MS);
    expect(await pruneHistory(7, NOW)).toBe(2);
    expect((await listHistory()).map((entry) => entry.recordId).sort()).toEqual(['r0', 'r1', 'r6']);
  });

  it('exports rows and a CSV a spreadsheet opens safely', async () => {
    await recordEvaluation(opportunity({ owner: '=HYPERLINK("https://evil.example")' }), NOW);
    const rows = await exportHistory();
    expect(rows).toEqual([
      { day: dayOf(NOW), app: 'salesforce', object: 'Opportunity', recordId: '006000000000001AAA', owner: '=HYPERLINK("https://evil.example")', score: 64, errors: 2, warnings: 1, info: 0, evaluatedAt: new Date(NOW).toISOString() },
    ]);
    const [header, line] = historyCsv(rows).split('\r\n');
    expect(header).toBe('day,app,object,recordId,owner,score,errors,warnings,info,evaluatedAt');
    expect(line).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
  });

  it('clears everything', async () => {
    await recordEvaluation(opportunity(), NOW);
    await clearHistory();
    expect(await listHistory()).toEqual([]);
  });
});
