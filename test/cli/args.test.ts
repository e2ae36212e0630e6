import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../lib/cli/args';
import { CliError } from '../../lib/cli/cli-error';

describe('parseCommandLine', () => {
  it('parses check with repeated packs, options after files, and stdin', () => {
    expect(
      parseCommandLine(['check', 'a.json', '--pack', 'one', '--pack=two.json', '-', '--json', '--now', '2025-01-02', '--time-zone', 'Europe/Paris']),
    ).toEqual({
      kind: 'check',
      inputs: ['a.json', '-'],
      packs: ['one', 'two.json'],
      now: Date.UTC(2025, 0, 1, 23),
      timeZone: 'Europe/Paris',
      json: true,
    });
  });

  it('leaves "now" to the caller and defaults the zone to UTC', () => {
    expect(parseCommandLine(['check', 'rows.csv', '--app', 'hubspot', '--object', 'deal'])).toEqual({
      kind: 'check',
      inputs: ['rows.csv'],
      packs: [],
      timeZone: 'UTC',
      json: false,
      target: { app: 'hubspot', object: 'deal' },
    });
  });

  it('treats everything after -- as files', () => {
    expect(parseCommandLine(['check', '--', '--odd-name.json'])).toMatchObject({ inputs: ['--odd-name.json'] });
  });

  it('recognises the other commands', () => {
    expect(parseCommandLine(['validate', 'a.json', 'b.json'])).toEqual({ kind: 'validate', files: ['a.json', 'b.json'] });
    expect(parseCommandLine(['schema'])).toEqual({ kind: 'schema' });
    expect(parseCommandLine(['packs'])).toEqual({ kind: 'packs' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine([])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['validate', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['check'], 'check needs at least one FILE'],
    [['validate'], 'validate needs at least one PACK.json'],
    [['schema', 'extra'], 'schema takes no arguments'],
    [['check', '--json=yes', 'a.json'], 'check: option "--json" takes no value'],
    [['check', '--object', 'deal', 'a.json'], '--app and --object go together'],
    [['--frobnicate'], 'unknown option "--frobnicate"'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(CliError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
