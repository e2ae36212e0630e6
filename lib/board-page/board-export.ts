/** The board's two exports: a CSV file download and the summary text on the clipboard. */
import { boardCsv } from '../board/csv';
import type { BoardRow } from '../board/types';

/** `fieldguard-board-2026-11-25.csv`, in the browser's time zone. */
export function csvFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `fieldguard-board-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

export function downloadBoardCsv(rows: readonly BoardRow[], now: Date): void {
  // A byte-order mark so spreadsheet apps read the names as UTF-8.
  const blob = new Blob(['\ufeff', boardCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(now);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
