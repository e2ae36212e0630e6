/**
 * Files the options page hands to the user: a pack as `<id>.json`, the acknowledgements and the history as JSON or
 * CSV. Built in the page from a Blob URL, so nothing leaves the browser.
 */
import Papa from 'papaparse';
import type { Acknowledgement } from '../messaging';
import type { RulePack } from '../rules/schema';
import { ackRowOf, type AckRow } from '../store/acks';
import { historyCsv, type HistoryRow } from '../store/history';

export type ExportFormat = 'json' | 'csv';

export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

export function packFile(pack: RulePack): DownloadFile {
  return { name: `${pack.id}.json`, type: 'application/json', text: `${JSON.stringify(pack, null, 2)}\n` };
}

const ACK_COLUMNS: readonly (keyof AckRow)[] = ['app', 'object', 'recordId', 'pack', 'rule', 'reason', 'by', 'createdAt', 'expiresAt'];

export function acksFile(acks: readonly Acknowledgement[], format: ExportFormat, day: string): DownloadFile {
  const rows = acks.map(ackRowOf);
  return format === 'json'
    ? { name: `fieldguard-acknowledgements-${day}.json`, type: 'application/json', text: `${JSON.stringify(rows, null, 2)}\n` }
    : {
        name: `fieldguard-acknowledgements-${day}.csv`,
        type: 'text/csv',
        // escapeFormulae: a reason typed as "=HYPERLINK(...)" must stay text when the admin opens the file in a spreadsheet.
        text: Papa.unparse({ fields: [...ACK_COLUMNS], data: rows.map((row) => ACK_COLUMNS.map((column) => row[column])) }, { escapeFormulae: true }),
      };
}

export function historyFile(rows: readonly HistoryRow[], format: ExportFormat, day: string): DownloadFile {
  return format === 'json'
    ? { name: `fieldguard-history-${day}.json`, type: 'application/json', text: `${JSON.stringify(rows, null, 2)}\n` }
    : { name: `fieldguard-history-${day}.csv`, type: 'text/csv', text: historyCsv(rows) };
}

/** Starts the browser's download of `file`. */
export function saveFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
