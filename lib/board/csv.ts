/**
 * The board's rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they need it), one line
 * per record, for a spreadsheet. A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
 * prefixed with an apostrophe: record names come from the app and may be anything.
 */
import Papa from 'papaparse';
import type { BoardRow } from './types';

export const BOARD_CSV_COLUMNS = [
  'Record', 'Id', 'URL', 'Owner', 'Amount', 'Forecast category', 'Stage', 'Close date', 'Score', 'Errors', 'Warnings', 'Info', 'Findings',
] as const;

export function boardCsv(rows: readonly BoardRow[]): string {
  const data = rows.map((row) => [
    row.title,
    row.id,
    row.url,
    row.ownerName,
    row.amount === null ? '' : String(row.amount),
    row.forecastCategory ?? '',
    row.stage ?? '',
    row.closeDate ?? '',
    String(row.score),
    String(row.errors),
    String(row.warnings),
    String(row.info),
    row.findings.map((finding) => `${finding.severity}: ${finding.title}`).join('; '),
  ].map(safeCell));
  return Papa.unparse({ fields: [...BOARD_CSV_COLUMNS], data }, { newline: '\r\n' });
}

function safeCell(value: string): string {
  // Amounts may be negative numbers; only text that starts like a formula is defused.
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
}
