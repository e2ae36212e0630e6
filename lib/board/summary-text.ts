/**
 * A short plain-text summary of the board to paste into the forecast call's chat or notes: totals, the owners with
 * the most at risk, and the most-failed rules. No record data beyond names and amounts the manager already sees.
 */
import type { BoardQuery, BoardSummary } from './types';

const OWNERS_SHOWN = 5;
const RULES_SHOWN = 3;

export function boardSummaryText(summary: BoardSummary, query: BoardQuery, formatAmount: (amount: number) => string = defaultAmount): string {
  const crm = summary.amount > 0 || summary.commitAmount > 0;
  const lines = [`FieldGuard hygiene: ${query.label}`];
  lines.push(`${count(summary.records, 'record')}, mean score ${summary.score}/100${crm ? `; ${formatAmount(summary.amount)} total, ${formatAmount(summary.commitAmount)} in Commit, ${formatAmount(summary.amountAtRisk)} at risk (Commit or Best Case with errors)` : ''}.`);
  const owners = summary.owners.slice(0, OWNERS_SHOWN);
  if (owners.length > 0) {
    lines.push('', 'By owner:');
    for (const owner of owners) {
      const problem = owner.topProblems[0];
      const risk = crm ? `, ${formatAmount(owner.amountAtRisk)} at risk` : '';
      lines.push(`- ${owner.ownerName}: ${count(owner.records, 'record')}, score ${owner.score}${risk}, ${count(owner.errors, 'error')}${problem ? `; most often "${problem.title}" (${problem.count})` : ''}`);
    }
    if (summary.owners.length > owners.length) lines.push(`- and ${count(summary.owners.length - owners.length, 'more owner')}`);
  }
  const rules = summary.topRules.slice(0, RULES_SHOWN);
  if (rules.length > 0) {
    lines.push('', 'Most-failed checks:');
    for (const rule of rules) lines.push(`- ${rule.title} (${rule.severity}): ${count(rule.count, 'record')}`);
  }
  return lines.join('\n');
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function defaultAmount(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 0 });
}
