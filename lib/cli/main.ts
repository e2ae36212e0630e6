/**
 * The `fieldguard` command. The only module that touches the process: it reads argv, the environment, the
 * clock and stdin, runs one command and writes what the command returned. Everything else takes data and
 * returns data, so it can be tested without spawning anything.
 */
import { readFileSync } from 'node:fs';
import { BUILTIN_PACKS } from '../rules/builtin';
import { rulePackJsonSchemaText } from '../rules/json-schema';
import { parseCommandLine, type Command } from './args';
import { runCheck } from './check';
import { CliError, EXIT, type Outcome } from './cli-error';
import { formatPackList } from './list-packs';
import { USAGE } from './usage';
import { runValidate } from './validate-packs';

async function run(command: Command): Promise<Outcome> {
  switch (command.kind) {
    case 'check':
      return runCheck(command, {
        now: Date.now(),
        color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
        readStdin,
      });
    case 'validate':
      return runValidate(command.files);
    case 'schema':
      return printed(rulePackJsonSchemaText());
    case 'packs':
      return printed(formatPackList(BUILTIN_PACKS));
    case 'help':
      return printed(USAGE);
    case 'version':
      return printed(`${version()}\n`);
  }
}

function printed(stdout: string): Outcome {
  return { stdout, stderr: [], exitCode: EXIT.ok };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function writeStderr(lines: readonly string[]): void {
  if (lines.length > 0) process.stderr.write(lines.map((line) => `fieldguard: ${line}\n`).join(''));
}

// A reader that stops early (`fieldguard check . | head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  const outcome = await run(parseCommandLine(process.argv.slice(2)));
  process.stdout.write(outcome.stdout);
  writeStderr(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (error) {
  if (error instanceof CliError) {
    writeStderr(error.message.split('\n'));
  } else {
    // Not the user's fault: keep the stack so the bug can be reported and fixed.
    process.stderr.write(`fieldguard: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = EXIT.unusable;
}
