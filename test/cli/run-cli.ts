/** Runs the real `fieldguard` binary the way a user would, from the repo root, without colours. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLES = 'test/fixtures/samples';
export const SALESFORCE_SAMPLE = `${SAMPLES}/salesforce-uiapi-record-opportunity.json`;
export const ZENDESK_SAMPLE = `${SAMPLES}/zendesk-ticket-show-official-example.json`;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      ['lib/cli/fieldguard.js', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (code === null) fail(error);
        else done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** A scratch directory for one test file; `write` returns the absolute path of what it wrote. */
export async function scratchDirectory() {
  const directory = await mkdtemp(join(tmpdir(), 'fieldguard-cli-'));
  return {
    directory,
    async write(name: string, content: string | object): Promise<string> {
      const path = join(directory, name);
      await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return path;
    },
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}

/** A small Opportunity pack whose outcome on the Salesforce sample is known: one error and one warning fail. */
export const TEST_PACK = {
  schemaVersion: 1,
  id: 'cli-test-opportunity',
  name: 'CLI test: Opportunity',
  version: '1.0.0',
  description: 'Rules with a known outcome on the sample Opportunity.',
  app: 'salesforce',
  object: 'Opportunity',
  fields: {
    Amount: { type: 'currency' },
    NextStep: { type: 'string' },
    Name: { type: 'string' },
  },
  rules: [
    {
      id: 'big-deal',
      title: 'Amount above a million',
      message: 'Only deals above one million belong here.',
      severity: 'error',
      fields: ['Amount'],
      check: { '>': [{ var: 'Amount' }, 1000000] },
    },
    {
      id: 'next-step',
      title: 'Next step',
      message: 'Fill in the next step.',
      severity: 'warning',
      fields: ['NextStep'],
      check: { '!!': [{ var: 'NextStep' }] },
    },
    {
      id: 'has-name',
      title: 'Name',
      message: 'Name the deal.',
      severity: 'info',
      fields: ['Name'],
      check: { '!!': [{ var: 'Name' }] },
    },
  ],
} as const;

/** A pack the Salesforce sample passes, for exit status 0. */
export const PASSING_PACK = { ...TEST_PACK, id: 'cli-test-passing', rules: [TEST_PACK.rules[2]] };
