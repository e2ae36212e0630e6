/**
 * `web-ext lint` on the Firefox build, with AMO's rules: no errors, and every warning is one of the known
 * third-party patterns, each proven harmless (anything new fails here with the linter's own message).
 * - DANGEROUS_EVAL: zod 4's `Function("")` probe (bundle-code.test.ts: the CSP makes it throw, so zod's JIT is off).
 * - UNSAFE_VAR_ASSIGNMENT: React DOM's `dangerouslySetInnerHTML` support in the popup/pages bundle; FieldGuard never
 *   passes that prop (test/hardening/render-text.test.ts renders hostile text through the components).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR } from './built-manifest';

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

interface LintReport {
  readonly errors: readonly LintMessage[];
  readonly warnings: readonly LintMessage[];
  readonly notices: readonly LintMessage[];
}

const SOURCE_DIR = join(OUTPUT_DIR, 'firefox-mv2');
const WEB_EXT = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');

const KNOWN_THIRD_PARTY: readonly (readonly [code: string, context: RegExp])[] = [
  ['DANGEROUS_EVAL', /try\{return Function\(``\),!0\}catch\{return!1\}/],
  ['UNSAFE_VAR_ASSIGNMENT', /dangerouslySetInnerHTML`:if\(\w+!=null\)\{if\(typeof \w+!=`object`\|\|!\(`__html`in \w+\)\)/],
];

function lint(): LintReport {
  const output = execFileSync(WEB_EXT, ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(output) as LintReport;
}

/** The minified code around a message's position. */
function around(message: LintMessage): string {
  const lines = readFileSync(join(SOURCE_DIR, message.file ?? ''), 'utf8').split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

describe('web-ext lint on the Firefox build', () => {
  const report = lint();

  it('finds no errors', () => {
    expect(report.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`)).toEqual([]);
  });

  it('warns only about known, harmless third-party code', () => {
    const unexplained = report.warnings.filter(
      (warning) => !KNOWN_THIRD_PARTY.some(([code, context]) => code === warning.code && warning.file !== undefined && context.test(around(warning))),
    );
    expect(unexplained.map((warning) => `${warning.code} ${warning.file ?? ''}:${warning.line ?? ''}:${warning.column ?? ''}: ${warning.message}`)).toEqual([]);
  });
});
