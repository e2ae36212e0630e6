/**
 * A problem with what the user gave the CLI (arguments, files, packs). `main` prints its message without a
 * stack trace and exits 2; anything else that is thrown is a bug and keeps its stack.
 */
export class CliError extends Error {
  override name = 'CliError';
}

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What a command produced; only `main` writes it out, so commands stay testable in-process. */
export interface Outcome {
  readonly stdout: string;
  /** Lines for stderr, without the `fieldguard: ` prefix (main adds it). */
  readonly stderr: readonly string[];
  readonly exitCode: ExitCode;
}
