/**
 * The human report of `check`: per record a header line and one aligned line per finding, then a summary.
 * Columns are aligned across the whole report so a long run reads as one table.
 */
import type { Finding, RecordEvaluation } from '../rules/engine';
import type { Severity } from '../rules/schema';
import { padEnd, paint, printable, type Style } from './terminal-text';

export interface TableOptions {
  readonly color: boolean;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatTable(evaluations: readonly RecordEvaluation[], options: TableOptions): string {
  const { color } = options;
  const rows = evaluations.flatMap((evaluation) => evaluation.findings.map(cellsOf));
  const widthOf = (column: number) => Math.max(0, ...rows.map((cells) => [...(cells[column] ?? '')].length));
  const widths = [widthOf(0), widthOf(1), widthOf(2)];

  const blocks = evaluations.map((evaluation) => {
    const header = [
      paint(printable(`${evaluation.app} ${evaluation.object} ${evaluation.id}`), 'bold', color),
      paint(`score ${evaluation.score}`, scoreStyle(evaluation.score), color),
      ...(evaluation.url === undefined ? [] : [paint(printable(evaluation.url), 'dim', color)]),
    ].join('  ');
    const lines = evaluation.findings.map((finding) => {
      const [severity, rule, fields, message] = cellsOf(finding);
      const columns = [
        paint(padEnd(severity, widths[0] ?? 0), SEVERITY_STYLE[finding.severity], color),
        padEnd(rule, widths[1] ?? 0),
        padEnd(fields, widths[2] ?? 0),
        message,
      ];
      return `  ${columns.join('  ')}`.trimEnd();
    });
    return [header, ...(lines.length > 0 ? lines : [paint('  no findings', 'dim', color)])].join('\n');
  });

  return `${[...blocks, summaryOf(evaluations)].join('\n\n')}\n`;
}

export function summaryOf(evaluations: readonly RecordEvaluation[]): string {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const evaluation of evaluations) for (const finding of evaluation.findings) count[finding.severity] += 1;
  return [
    plural(evaluations.length, 'record'),
    plural(count.error, 'error'),
    plural(count.warning, 'warning'),
    `${count.info} info`,
  ].join(', ');
}

function cellsOf(finding: Finding): [string, string, string, string] {
  return [finding.severity, printable(finding.rule), printable(finding.fields.join(', ')), printable(finding.message)];
}

function scoreStyle(score: number): Style {
  if (score >= 90) return 'green';
  return score >= 70 ? 'yellow' : 'red';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
