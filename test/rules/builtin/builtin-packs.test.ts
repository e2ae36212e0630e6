/**
 * Structural checks over every shipped pack: each JSON file in lib/rules/builtin is registered and valid, and
 * the packs follow the conventions the editor and the docs rely on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { OBJECTS_BY_APP } from '../../../lib/records/model';
import { BUILTIN_PACKS, builtinPacksFor, loadBuiltinPacks } from '../../../lib/rules/builtin';
import { compilePack } from '../../../lib/rules/engine';
import type { RulePack } from '../../../lib/rules/schema';
import { formatIssues, validatePack } from '../../../lib/rules/validate';

const BUILTIN_DIR = fileURLToPath(new URL('../../../lib/rules/builtin/', import.meta.url));
const files = readdirSync(BUILTIN_DIR).filter((name) => name.endsWith('.json')).sort();
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every `var` path a condition reads, so a typo in a field name cannot hide in a rule that silently never fires. */
function varPaths(logic: unknown): string[] {
  if (Array.isArray(logic)) return logic.flatMap(varPaths);
  if (logic === null || typeof logic !== 'object') return [];
  return Object.entries(logic).flatMap(([operator, args]) => {
    if (operator !== 'var') return varPaths(args);
    const path = Array.isArray(args) ? args[0] : args;
    return typeof path === 'string' && path !== '' ? [path] : [];
  });
}

function isDeclared(pack: RulePack, path: string): boolean {
  const declared = Object.keys(pack.fields ?? {});
  return path === pack.stages?.field || declared.some((field) => path === field || path.startsWith(`${field}.`));
}

describe('built-in rule packs', () => {
  test('every JSON file in the folder is registered, under its file name', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(BUILTIN_PACKS.map((pack) => `${pack.id}.json`).sort()).toEqual(files);
  });

  test('pack ids are unique', () => {
    const ids = BUILTIN_PACKS.map((pack) => pack.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(files)('%s validates', (file) => {
    const result = validatePack(JSON.parse(readFileSync(join(BUILTIN_DIR, file), 'utf8')));
    expect(result.ok, result.ok ? '' : `${file}:\n${formatIssues(result.issues)}`).toBe(true);
  });

  describe.each(BUILTIN_PACKS.map((pack) => [pack.id, pack] as const))('%s', (_id, pack) => {
    test('names a known app and object', () => {
      expect(OBJECTS_BY_APP[pack.app] as readonly string[]).toContain(pack.object);
    });

    test('follows the shipped-pack conventions', () => {
      expect(pack.id).toMatch(KEBAB);
      expect(pack.id.startsWith(`${pack.app}-`)).toBe(true);
      expect(pack.$schema).toBe('../../../public/rule-pack.schema.json');
      expect(pack.schemaVersion).toBe(1);
      expect(pack.version).toBe('1.0.0');
      expect(pack.description.length).toBeGreaterThan(40);
      expect(pack.fields).toBeDefined();
    });

    test('rule ids are kebab-case and unique', () => {
      const ids = pack.rules.map((rule) => rule.id);
      for (const id of ids) expect(id).toMatch(KEBAB);
      expect(new Set(ids).size).toBe(ids.length);
    });

    test('messages and titles are plain sentences without markup', () => {
      for (const rule of pack.rules) {
        expect(rule.message, rule.id).not.toMatch(/[<>]/);
        expect(rule.title, rule.id).not.toMatch(/[<>]/);
        expect(rule.message, rule.id).toMatch(/^[A-Z].*[.!?]$/s);
      }
    });

    test('every field a rule names or reads is declared', () => {
      for (const rule of pack.rules) {
        for (const field of rule.fields) expect(pack.fields ?? {}, `${rule.id} names ${field}`).toHaveProperty([field]);
        const read = [...varPaths(rule.when), ...varPaths(rule.check)];
        expect(read.filter((path) => !isDeclared(pack, path)), `${rule.id} reads undeclared fields`).toEqual([]);
      }
    });

    test('compiles', () => {
      expect(() => compilePack(pack)).not.toThrow();
    });
  });

  test('builtinPacksFor keeps the registry order and skips objects without packs', () => {
    expect(builtinPacksFor('salesforce', 'Opportunity').map((pack) => pack.id)).toEqual([
      'salesforce-opportunity-data-quality',
      'salesforce-opportunity-forecast-hygiene',
      'salesforce-opportunity-stage-gates',
    ]);
    expect(builtinPacksFor('jira', 'request').map((pack) => pack.id)).toEqual(['jira-request-status-hygiene']);
    expect(builtinPacksFor('hubspot', 'company')).toEqual([]);
  });

  test('the registry is read-only', () => {
    expect(Object.isFrozen(BUILTIN_PACKS)).toBe(true);
  });

  test('an invalid shipped pack stops loading with every issue and its path', () => {
    const [first] = BUILTIN_PACKS;
    const broken = { ...first, id: 'broken-pack', rules: [{ ...first?.rules[0], gate: 'Closed Won', fields: ['NoSuchField'] }] };
    expect(() => loadBuiltinPacks([broken])).toThrow('built-in rule pack "broken-pack" is invalid:\n');
    const message = (() => {
      try {
        loadBuiltinPacks([broken]);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('$.rules[0].gate: ');
    expect(message).toContain('$.rules[0].fields[0]: ');
  });
});
