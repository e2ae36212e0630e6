/**
 * The board's numbers from its rows: per owner (records, amount, commit amount, mean score, amount at risk, top
 * problems), score bands and the most-failed rules.
 *
 * Amount at risk: the amounts of Commit or Best Case records with at least one error finding; the forecast counts
 * them, and an error (a close date in the past, no amount) says the number may not hold.
 */
import type { BoardRow, BoardSummary, OwnerSummary, RuleCount } from './types';

export const AT_RISK_CATEGORIES: ReadonlySet<string> = new Set(['Commit', 'Best Case']);
const TOP_PROBLEMS = 3;
const TOP_RULES = 10;

export function summarizeBoard(rows: readonly BoardRow[]): BoardSummary {
  const byOwner = new Map<string, BoardRow[]>();
  for (const row of rows) {
    const key = row.ownerId ?? `name:${row.ownerName}`;
    const list = byOwner.get(key);
    if (list) list.push(row);
    else byOwner.set(key, [row]);
  }
  const owners = [...byOwner.values()].map(ownerSummary).sort((a, b) => b.amountAtRisk - a.amountAtRisk || a.score - b.score || a.ownerName.localeCompare(b.ownerName));
  const scoreBands = Array.from({ length: 11 }, () => 0);
  for (const row of rows) {
    const band = bandOf(row.score);
    scoreBands[band] = (scoreBands[band] ?? 0) + 1;
  }
  return {
    records: rows.length,
    amount: sum(rows, amountOf),
    commitAmount: sum(rows, commitAmountOf),
    amountAtRisk: sum(rows, amountAtRiskOf),
    score: meanScore(rows),
    owners,
    scoreBands,
    topRules: ruleCounts(rows, TOP_RULES),
  };
}

function ownerSummary(rows: readonly BoardRow[]): OwnerSummary {
  const first = rows[0] as BoardRow;
  return {
    ownerId: first.ownerId,
    ownerName: first.ownerName,
    records: rows.length,
    amount: sum(rows, amountOf),
    commitAmount: sum(rows, commitAmountOf),
    score: meanScore(rows),
    amountAtRisk: sum(rows, amountAtRiskOf),
    errors: sum(rows, (row) => row.errors),
    warnings: sum(rows, (row) => row.warnings),
    topProblems: ruleCounts(rows, TOP_PROBLEMS),
  };
}

/** 0-9 → band 0, ..., 90-99 → band 9, 100 → band 10. */
export function bandOf(score: number): number {
  return Math.min(10, Math.max(0, Math.floor(score / 10)));
}

/** Failed rules by how many records fail them (each record counts once per rule), most first, then by title. */
export function ruleCounts(rows: readonly BoardRow[], limit: number): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const finding of row.findings) {
      const key = `${finding.pack}/${finding.rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const current = counts.get(key);
      counts.set(key, current
        ? { ...current, count: current.count + 1 }
        : { pack: finding.pack, rule: finding.rule, title: finding.title, severity: finding.severity, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)).slice(0, limit);
}

function amountOf(row: BoardRow): number {
  return row.amount ?? 0;
}

function commitAmountOf(row: BoardRow): number {
  return row.forecastCategory === 'Commit' ? amountOf(row) : 0;
}

function amountAtRiskOf(row: BoardRow): number {
  return row.forecastCategory !== null && AT_RISK_CATEGORIES.has(row.forecastCategory) && row.errors > 0 ? amountOf(row) : 0;
}

function meanScore(rows: readonly BoardRow[]): number {
  return rows.length === 0 ? 100 : Math.round(sum(rows, (row) => row.score) / rows.length);
}

function sum(rows: readonly BoardRow[], value: (row: BoardRow) => number): number {
  let total = 0;
  for (const row of rows) total += value(row);
  return total;
}
