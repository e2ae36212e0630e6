/**
 * Turns one input text into normalized records. The format comes from the file extension, or is sniffed for
 * stdin and unknown extensions: JSON (a native payload or an array), NDJSON (one value per line) or CSV.
 * Flat rows (CSV, or JSON objects no app would send) need --app and --object because nothing in them says
 * which app and object they belong to.
 */
import Papa from 'papaparse';
import { UnknownPayloadError, type NormalizedRecord } from '../records/model';
import { detectPayloadApp, parsePayload } from '../records/parse';
import { recordsFromRows } from '../records/rows';
import type { RecordTarget } from './args';
import type { InputText } from './input-files';

export type InputFormat = 'json' | 'ndjson' | 'csv';

export interface InputRecords {
  readonly records: readonly NormalizedRecord[];
  /** Why (parts of) the input could not be used, each starting with the input's name. */
  readonly problems: readonly string[];
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  csv: 'csv',
};

export function readRecords(input: InputText, target?: RecordTarget): InputRecords {
  // Spreadsheet exports often start with a byte-order mark, which would end up in the first column's name.
  const text = input.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failed(`${input.name}: is empty`);
  switch (formatOf(input.name, text)) {
    case 'json':
      return fromJsonText(input.name, text, target);
    case 'ndjson':
      return fromNdjson(input.name, text, target);
    case 'csv':
      return fromCsv(input.name, text, target);
  }
}

export function formatOf(name: string, text: string): InputFormat {
  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  const known = extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
  if (known) return known;
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return 'csv';
  return isJson(text) || start === '[' ? 'json' : 'ndjson';
}

function fromJsonText(name: string, text: string, target: RecordTarget | undefined): InputRecords {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`${name}: not valid JSON: ${jsonErrorOf(error, text)}`);
  }
  return collect(() => fromJsonValue(json, target), name);
}

function fromNdjson(name: string, text: string, target: RecordTarget | undefined): InputRecords {
  const records: NormalizedRecord[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${name}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: not valid JSON: ${jsonErrorOf(error, line)}`);
      return;
    }
    const result = collect(() => fromJsonValue(json, target), where);
    records.push(...result.records);
    problems.push(...result.problems);
  });
  return { records, problems };
}

function fromCsv(name: string, text: string, target: RecordTarget | undefined): InputRecords {
  if (!target) return failed(`${name}: CSV rows do not say which app and object they are; pass --app and --object`);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  // A one-column file has no delimiter to detect; papaparse then assumes a comma, which is right.
  const errors = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter');
  if (errors.length > 0) return { records: [], problems: errors.map((error) => `${name}${csvPlace(error, text)}: ${error.message}`) };
  const rows = parsed.data.map((row) => withoutEmptyCells(row));
  return collect(() => recordsFromRows(rows, target.app, target.object), name);
}

/**
 * Where a CSV error is: the file line when papaparse gives a character offset; otherwise its row number, which
 * counts data rows only (no header, no blank lines) and so cannot be turned into a line.
 */
function csvPlace(error: Papa.ParseError, text: string): string {
  if (typeof error.index === 'number') return `:${text.slice(0, error.index).split('\n').length}`;
  return typeof error.row === 'number' ? `: data row ${error.row + 1}` : '';
}

/** An empty CSV cell is a missing value, as it is in the app the rows were exported from. */
function withoutEmptyCells(row: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, value === '' ? null : value]));
}

/**
 * Without a target every value must be a native payload. With one, values that no app's detector claims are
 * flat rows of the target object; payloads in the same array are still parsed natively.
 */
function fromJsonValue(json: unknown, target: RecordTarget | undefined): NormalizedRecord[] {
  if (!target) {
    try {
      return parsePayload(json);
    } catch (error) {
      if (error instanceof UnknownPayloadError && detectPayloadApp(json) === null && looksFlat(json)) {
        throw new UnknownPayloadError(`${error.message} (flat rows of field values need --app and --object)`);
      }
      throw error;
    }
  }
  const values = Array.isArray(json) ? json : [json];
  return values.flatMap((value, index) => {
    const app = detectPayloadApp(value);
    // --app/--object describe flat rows; a native payload says what it is, and only borrows the object name.
    if (app !== null) return parsePayload(value, app === target.app ? target : {});
    if (!isFlatRow(value)) {
      const where = Array.isArray(json) ? `item ${index + 1} of the array` : 'the value';
      throw new Error(`${where} is neither a payload of a known app nor a row of field values`);
    }
    return recordsFromRows([value], target.app, target.object);
  });
}

function isFlatRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects (or arrays of them) whose values are all plain values: an export, not an API payload. */
function looksFlat(json: unknown): boolean {
  const rows = Array.isArray(json) ? json : [json];
  return rows.length > 0 && rows.every((row) => isFlatRow(row) && Object.values(row).every((value) => value === null || typeof value !== 'object'));
}

/** Any error while turning one value into records is that input's problem; the other inputs still count. */
function collect(produce: () => NormalizedRecord[], where: string): InputRecords {
  try {
    return { records: produce(), problems: [] };
  } catch (error) {
    return failed(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failed(problem: string): InputRecords {
  return { records: [], problems: [problem] };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** V8 reports a character offset; a line and column are what an editor can jump to. */
function jsonErrorOf(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line} column ${column}`;
}
