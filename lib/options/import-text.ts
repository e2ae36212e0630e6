/**
 * Reads the text of a pack file the admin picked or pasted. JSON that does not parse is reported with its line and
 * column (V8 only gives a character offset, Firefox already says "line 3 column 5"), so the admin can find the typo.
 */
import type { ImportIssue } from '../store/types';

export type ImportText = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly issue: ImportIssue };

export function parseImportText(text: string): ImportText {
  if (text.trim() === '') return { ok: false, issue: { path: '', message: 'the file is empty' } };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, issue: { path: '', message: describeJsonError(text, (error as Error).message) } };
  }
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function describeJsonError(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '');
  const firefoxPlace = /at line (\d+) column (\d+)/.exec(message);
  const place = position?.[1] !== undefined ? lineColumnAt(text, Number(position[1])) : firefoxPlace ? { line: Number(firefoxPlace[1]), column: Number(firefoxPlace[2]) } : null;
  return place ? `not valid JSON at line ${place.line}, column ${place.column}: ${reason}` : `not valid JSON: ${reason}`;
}
