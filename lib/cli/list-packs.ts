/** The `packs` command: the built-in packs as an aligned table, in the order they are shipped. */
import type { RulePack } from '../rules/schema';
import { padEnd } from './terminal-text';

export function formatPackList(packs: readonly RulePack[]): string {
  const rows = [
    ['ID', 'APP/OBJECT', 'RULES', 'NAME'],
    ...packs.map((pack) => [pack.id, `${pack.app}/${pack.object}`, String(pack.rules.length), pack.name]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return `${rows.map((row) => row.map((cell, column) => (column < 3 ? padEnd(cell, widths[column] ?? 0) : cell)).join('  ')).join('\n')}\n`;
}
