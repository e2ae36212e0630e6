import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { rulePackJsonSchemaText } from '../../lib/rules/json-schema';
import { REPO_ROOT, runCli, scratchDirectory, TEST_PACK } from './run-cli';

let scratch: Awaited<ReturnType<typeof scratchDirectory>>;
beforeAll(async () => {
  scratch = await scratchDirectory();
});
afterAll(() => scratch.remove());

describe('fieldguard validate', () => {
  it('says how many rules a valid pack has', async () => {
    const pack = await scratch.write('good.json', TEST_PACK);
    const result = await runCli(['validate', pack]);
    expect(result).toEqual({ code: 0, stdout: `${pack}: valid (3 rules)\n`, stderr: '' });
  });

  it('prints every issue as <file>: <path>: <message> and exits 2', async () => {
    const good = await scratch.write('also-good.json', TEST_PACK);
    const bad = await scratch.write('bad-pack.json', {
      ...TEST_PACK,
      app: 'sap',
      rules: [{ ...TEST_PACK.rules[0], severity: 'fatal', check: { frobnicate: [1] } }, TEST_PACK.rules[0]],
    });
    const result = await runCli(['validate', good, bad]);
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${good}: valid (3 rules)`);
    expect(lines).toContainEqual(expect.stringMatching(/bad-pack\.json: \$\.app: "sap" is not allowed/));
    expect(lines).toContainEqual(expect.stringMatching(/bad-pack\.json: \$\.rules\[0\]\.severity: "fatal" is not allowed; use one of "error", "warning", "info"/));
    expect(lines).toContainEqual(expect.stringMatching(/bad-pack\.json: \$\.rules\[0\]\.check\S*: .*frobnicate/));
    for (const line of lines.slice(1)) expect(line.startsWith(`${bad}: $`)).toBe(true);
  });

  it('reports a file that is not JSON or not there', async () => {
    const broken = await scratch.write('broken-pack.json', '{ "id": ');
    const result = await runCli(['validate', broken, 'missing-pack.json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/broken-pack\.json: \$: not valid JSON/);
    expect(result.stdout).toContain('missing-pack.json: cannot read: no such file or directory');
  });

  it('accepts every built-in pack file', async () => {
    const files = BUILTIN_PACKS.map((pack) => `lib/rules/builtin/${pack.id}.json`);
    const result = await runCli(['validate', ...files]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('fieldguard schema', () => {
  it('prints the generated JSON Schema, which is what public/rule-pack.schema.json ships', async () => {
    const generated = rulePackJsonSchemaText();
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(generated);
    // If this fails, regenerate the file: npm run schema
    expect(await readFile(join(REPO_ROOT, 'public/rule-pack.schema.json'), 'utf8')).toBe(generated);
  });

  it('describes rule packs with an id, a title and the condition definition', () => {
    const schema = JSON.parse(rulePackJsonSchemaText()) as Record<string, unknown>;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.any(String),
      title: expect.any(String),
      type: 'object',
      $defs: { condition: { anyOf: expect.any(Array) } },
    });
    expect(JSON.stringify(schema)).not.toContain('__schema');
  });
});

describe('fieldguard packs, help and version', () => {
  it('lists the built-in packs', async () => {
    const result = await runCli(['packs']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+APP\/OBJECT\s+RULES\s+NAME$/);
    expect(lines).toHaveLength(BUILTIN_PACKS.length + 1);
    expect(result.stdout).toMatch(/^salesforce-opportunity-forecast-hygiene\s+salesforce\/Opportunity\s+\d+\s+\S/m);
  });

  it.each([[['--help']], [['-h']], [['help']], [[]], [['check', '--help']]])('prints usage for %j', async (args) => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: fieldguard <command>/);
    expect(result.stdout).toContain('check [options] FILE...');
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('rejects an unknown command without a stack trace', async () => {
    const result = await runCli(['lint', 'x.json']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fieldguard: unknown command "lint"; commands are check, validate, schema, packs, help\n',
    });
  });
});
