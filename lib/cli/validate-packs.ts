/**
 * The `validate` command: every issue of every pack file, each on its own `<file>: <path>: <message>` line so
 * editors and CI annotations can point at it.
 */
import { readFile } from 'node:fs/promises';
import { parsePackJson } from '../rules/validate';
import { EXIT, type Outcome } from './cli-error';
import { reasonOf } from './input-files';

export async function runValidate(files: readonly string[]): Promise<Outcome> {
  const lines: string[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      failed = true;
      lines.push(`${file}: cannot read: ${reasonOf(error)}`);
      continue;
    }
    const result = parsePackJson(text.replace(/^\uFEFF/, ''));
    if (result.ok) {
      lines.push(`${file}: valid (${result.pack.rules.length} rule${result.pack.rules.length === 1 ? '' : 's'})`);
    } else {
      failed = true;
      lines.push(...result.issues.map((issue) => `${file}: ${issue.path}: ${issue.message}`));
    }
  }
  return { stdout: `${lines.join('\n')}\n`, stderr: [], exitCode: failed ? EXIT.unusable : EXIT.ok };
}
