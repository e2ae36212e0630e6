/**
 * The board's numbers for six Opportunities worked out by hand, loaded through a run (SOQL query payload → parser →
 * built-in packs → rows → summary) on 2026-11-25.
 *
 * Every record starts clean for all three Opportunity packs at Perception Analysis (probability 70 = the stage
 * default, account, type, lead source, description, next step, activity 5 days ago, close date 2026-12-15, push
 * count 0); then each breaks what its comment says. Weights: error 10, warning 4, info 1.
 *
 *   O1 Dana  Commit     100,000  clean                                          score 100
 *   O2 Dana  Commit      50,000  close date 2026-11-01 (error)                  score  90  at risk 50,000
 *   O3 Dana  Best Case   30,000  no next step (warning)                         score  96  (no error: not at risk)
 *   O4 Dana  Pipeline    20,000  close date past (error) + no next step (warn)  score  86  (Pipeline: not at risk)
 *   O5 Eli   Commit        none  commit without amount (error) + Needs Analysis
 *                                gate "amount" (error)                          score  80  at risk 0 (no amount)
 *   O6 Eli   Best Case   40,000  close date past (error) + no activity for
 *                                85 days (warning)                               score  86  at risk 40,000
 *
 *   Dana: 4 records, amount 100+50+30+20 = 200,000, commit 100+50 = 150,000, score (100+90+96+86)/4 = 93,
 *         at risk 50,000, 2 errors, 2 warnings; top problems "Close date is in the past" 2, "No next step" 2.
 *   Eli:  2 records, amount 0+40 = 40,000, commit 0 (O5 has no amount), score (80+86)/2 = 83, at risk 40,000,
 *         3 errors, 1 warning; three problems once each, by title.
 *   All:  6 records, 240,000, commit 150,000, at risk 90,000, score 538/6 = 89.7 → 90;
 *         bands: 100 → 1, 90-99 → 2 (90, 96), 80-89 → 3 (86, 80, 86); most failed: close date in the past 3.
 */
import { describe, expect, it } from 'vitest';
import { boardCsv } from '../../lib/board/csv';
import { salesforceSoqlQuery } from '../../lib/board/query-from-url';
import { startBoardRun } from '../../lib/board/run';
import { slicedEvaluator } from '../../lib/board/evaluate';
import { summarizeBoard } from '../../lib/board/summarize';
import { boardSummaryText } from '../../lib/board/summary-text';
import type { BoardRow } from '../../lib/board/types';
import { builtinPacksFor } from '../../lib/rules/builtin';

const NOW = Date.UTC(2026, 10, 25, 12);
const ORIGIN = 'https://acme.lightning.force.com';
const DANA = { id: '005Hs00000DANA0AAA', name: 'Dana Whit' };
const ELI = { id: '005Hs00000ELI00AAA', name: 'Eli Moss' };

function opportunity(n: number, owner: { id: string; name: string }, changes: Record<string, unknown>): Record<string, unknown> {
  const id = `006Hs00000HAND${n}AAA`.padEnd(18, 'A').slice(0, 18);
  return {
    attributes: { type: 'Opportunity', url: `/services/data/v66.0/sobjects/Opportunity/${id}` },
    Id: id,
    Name: `Hand-checked deal ${n}`,
    OwnerId: owner.id,
    Owner: { attributes: { type: 'User' }, Name: owner.name },
    AccountId: '001Hs00000HANDAAAA',
    StageName: 'Perception Analysis',
    IsClosed: false,
    CloseDate: '2026-12-15',
    Amount: 0,
    ForecastCategoryName: 'Pipeline',
    Probability: 70,
    NextStep: 'Call the CFO on Monday',
    LastActivityDate: '2026-11-20',
    PushCount: 0,
    LeadSource: 'Web',
    Type: 'New Customer',
    Description: 'Hand-checked fixture record for the board.',
    ...changes,
  };
}

const RECORDS = [
  opportunity(1, DANA, { ForecastCategoryName: 'Commit', Amount: 100_000 }),
  opportunity(2, DANA, { ForecastCategoryName: 'Commit', Amount: 50_000, CloseDate: '2026-11-01' }),
  opportunity(3, DANA, { ForecastCategoryName: 'Best Case', Amount: 30_000, NextStep: null }),
  opportunity(4, DANA, { ForecastCategoryName: 'Pipeline', Amount: 20_000, CloseDate: '2026-10-15', NextStep: null }),
  opportunity(5, ELI, { ForecastCategoryName: 'Commit', Amount: null }),
  opportunity(6, ELI, { ForecastCategoryName: 'Best Case', Amount: 40_000, CloseDate: '2026-11-10', LastActivityDate: '2026-08-31' }),
];

async function handCheckedRows(): Promise<readonly BoardRow[]> {
  const query = salesforceSoqlQuery(ORIGIN, { closing: 'this-quarter', owner: 'everyone', recordTypeId: null });
  const packs = builtinPacksFor('salesforce', 'Opportunity');
  let rows: readonly BoardRow[] = [];
  const run = startBoardRun(query, { onRows: (next) => (rows = next), onProgress: () => {} }, {
    packs,
    evaluator: slicedEvaluator(packs, () => NOW),
    transport: () => Promise.resolve({ status: 200, headers: {}, body: JSON.stringify({ totalSize: 6, done: true, records: RECORDS }) }),
  });
  expect((await run.finished).state).toBe('done');
  return rows;
}

describe('the board numbers of a hand-checked pipeline', () => {
  it('scores each record as worked out by hand', async () => {
    const rows = await handCheckedRows();
    expect(rows.map((row) => [row.score, row.errors, row.warnings])).toEqual([
      [100, 0, 0], [90, 1, 0], [96, 0, 1], [86, 1, 1], [80, 2, 0], [86, 1, 1],
    ]);
    expect(rows[4]?.findings.map((finding) => finding.rule).sort()).toEqual(['committed-without-amount', 'needs-analysis-amount']);
    expect(rows[0]).toMatchObject({ ownerName: 'Dana Whit', ownerId: DANA.id, amount: 100_000, forecastCategory: 'Commit', stage: 'Perception Analysis', closeDate: '2026-12-15' });
  });

  it('sums per owner and for the team', async () => {
    const summary = summarizeBoard(await handCheckedRows());
    expect(summary).toMatchObject({ records: 6, amount: 240_000, commitAmount: 150_000, amountAtRisk: 90_000, score: 90 });
    expect(summary.scoreBands).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 1]);
    expect(summary.owners.map(({ topProblems, ...owner }) => ({ ...owner, top: topProblems.map((rule) => `${rule.title} ${rule.count}`) }))).toEqual([
      { ownerId: DANA.id, ownerName: 'Dana Whit', records: 4, amount: 200_000, commitAmount: 150_000, score: 93, amountAtRisk: 50_000, errors: 2, warnings: 2, top: ['Close date is in the past 2', 'No next step 2'] },
      { ownerId: ELI.id, ownerName: 'Eli Moss', records: 2, amount: 40_000, commitAmount: 0, score: 83, amountAtRisk: 40_000, errors: 3, warnings: 1, top: ['Amount needed from Needs Analysis on 1', 'Close date is in the past 1', 'Commit or Best Case deal without an amount 1'] },
    ]);
    expect(summary.topRules[0]).toMatchObject({ rule: 'close-date-in-past', count: 3, severity: 'error' });
  });

  it('writes the summary for the call and the CSV from the same numbers', async () => {
    const rows = await handCheckedRows();
    const summary = summarizeBoard(rows);
    const text = boardSummaryText(summary, salesforceSoqlQuery(ORIGIN, { closing: 'this-quarter', owner: 'everyone', recordTypeId: null }));
    expect(text.split('\n').slice(0, 5)).toEqual([
      'FieldGuard hygiene: Open opportunities closing this quarter, everyone',
      '6 records, mean score 90/100; 240,000 total, 150,000 in Commit, 90,000 at risk (Commit or Best Case with errors).',
      '',
      'By owner:',
      '- Dana Whit: 4 records, score 93, 50,000 at risk, 2 errors; most often "Close date is in the past" (2)',
    ]);
    const csv = boardCsv(rows).split('\r\n');
    expect(csv[0]).toBe('Record,Id,URL,Owner,Amount,Forecast category,Stage,Close date,Score,Errors,Warnings,Info,Findings');
    expect(csv[2]).toBe(`Hand-checked deal 2,${rows[1]?.id},${ORIGIN}/lightning/r/Opportunity/${rows[1]?.id}/view,Dana Whit,50000,Commit,Perception Analysis,2026-11-01,90,1,0,0,error: Close date is in the past`);
    expect(csv).toHaveLength(7);
  });
});
