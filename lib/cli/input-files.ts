/**
 * Turns the FILE arguments of `check` into texts to parse: directories expand to their record files (sorted,
 * so output order does not depend on the file system), `-` reads stdin once. A path that cannot be read is a
 * problem for that input only; the others are still checked.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const RECORD_EXTENSIONS = ['.json', '.ndjson', '.jsonl', '.csv'] as const;

export interface InputText {
  /** The path as the user wrote it (joined under its directory), or "stdin". */
  readonly name: string;
  readonly text: string;
}

export interface ReadResult {
  readonly inputs: readonly InputText[];
  readonly problems: readonly string[];
}

export async function readInputs(paths: readonly string[], readStdin: () => Promise<string>): Promise<ReadResult> {
  const inputs: InputText[] = [];
  const problems: string[] = [];
  let stdin: Promise<string> | undefined;
  for (const path of paths) {
    if (path === '-') {
      stdin ??= readStdin();
      inputs.push({ name: 'stdin', text: await stdin });
      continue;
    }
    let files: string[];
    try {
      files = await filesOf(path);
    } catch (error) {
      problems.push(`${path}: cannot read: ${reasonOf(error)}`);
      continue;
    }
    if (files.length === 0) problems.push(`${path}: no ${RECORD_EXTENSIONS.join('/')} files in this directory`);
    for (const file of files) {
      try {
        inputs.push({ name: file, text: await readFile(file, 'utf8') });
      } catch (error) {
        problems.push(`${file}: cannot read: ${reasonOf(error)}`);
      }
    }
  }
  return { inputs, problems };
}

async function filesOf(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && (RECORD_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(path, name));
}

/** The system's words for why a file is unusable, without the errno prefix and syscall noise. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
