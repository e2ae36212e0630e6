/**
 * The command line, parsed and checked into a typed command. Every mistake becomes a CliError that says what
 * to type instead, so `main` never has to interpret raw arguments.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { APPS, OBJECTS_BY_APP, type App } from '../records/model';
import { CliError } from './cli-error';
import { checkTimeZone, parseNow } from './now';

export interface RecordTarget {
  readonly app: App;
  readonly object: string;
}

export interface CheckCommand {
  readonly kind: 'check';
  readonly inputs: readonly string[];
  readonly packs: readonly string[];
  /** Epoch milliseconds from --now; absent means "the current time", which only main may read. */
  readonly now?: number;
  readonly timeZone: string;
  readonly json: boolean;
  readonly target?: RecordTarget;
}

export type Command =
  | CheckCommand
  | { readonly kind: 'validate'; readonly files: readonly string[] }
  | { readonly kind: 'schema' }
  | { readonly kind: 'packs' }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

const CHECK_OPTIONS = {
  ...HELP_OPTION,
  pack: { type: 'string', multiple: true },
  now: { type: 'string' },
  'time-zone': { type: 'string' },
  json: { type: 'boolean' },
  app: { type: 'string' },
  object: { type: 'string' },
} as const;

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  switch (first) {
    case 'check':
      return parseCheck(rest);
    case 'validate':
      return parseValidate(rest);
    case 'schema':
    case 'packs': {
      const { values, positionals } = parse(rest, HELP_OPTION, first);
      if (values.help) return { kind: 'help' };
      if (positionals.length > 0) throw new CliError(`${first} takes no arguments (got "${positionals[0]}")`);
      return { kind: first };
    }
    default:
      throw new CliError(
        first.startsWith('-')
          ? `unknown option "${first}"; run "fieldguard --help" for usage`
          : `unknown command "${first}"; commands are check, validate, schema, packs, help`,
      );
  }
}

function parseCheck(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv, CHECK_OPTIONS, 'check');
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) throw new CliError('check needs at least one FILE or directory (or - for stdin)');
  const timeZone = checkTimeZone(values['time-zone'] ?? 'UTC');
  const target = targetOf(values.app, values.object);
  return {
    kind: 'check',
    inputs: positionals,
    packs: values.pack ?? [],
    ...(values.now === undefined ? {} : { now: parseNow(values.now, timeZone) }),
    timeZone,
    json: values.json ?? false,
    ...(target ? { target } : {}),
  };
}

function parseValidate(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv, HELP_OPTION, 'validate');
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) throw new CliError('validate needs at least one PACK.json');
  return { kind: 'validate', files: positionals };
}

function targetOf(app: string | undefined, object: string | undefined): RecordTarget | undefined {
  if (app === undefined && object === undefined) return undefined;
  if (app === undefined || object === undefined) throw new CliError('--app and --object go together; give both or neither');
  if (!isApp(app)) throw new CliError(`--app: unknown app "${app}"; use one of ${APPS.join(', ')}`);
  const objects: readonly string[] = OBJECTS_BY_APP[app];
  if (!objects.includes(object)) throw new CliError(`--object: unknown ${app} object "${object}"; use one of ${objects.join(', ')}`);
  return { app, object };
}

function isApp(value: string): value is App {
  return (APPS as readonly string[]).includes(value);
}

/** node:util parseArgs with its messages rewritten: they are written for programmers, not for users. */
function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T, command: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]*)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`${command}: unknown option "${option}"; run "fieldguard --help" for usage`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const problem = /does not take/.test((error as Error).message) ? 'takes no value' : 'needs a value';
      throw new CliError(`${command}: option "${option}" ${problem}`);
    }
    throw error;
  }
}
