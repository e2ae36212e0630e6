/**
 * The content scripts stay free of zod (about 25 KB gzipped of a 60 KB budget): validation happens in the
 * background. This walks every import a content script's modules make at run time (type-only imports are
 * erased) and fails with the chain that reaches zod.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typesOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined && !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly));
      if (!typesOnly && ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** The chain of modules from `entry` to an import of zod, or null. */
function pathToZod(entry: string): string[] | null {
  const parents = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const specifier of runtimeImports(file)) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) {
        const chain = [specifier];
        for (let at: string | null = file; at !== null; at = parents.get(at) ?? null) chain.push(relative(ROOT, at));
        return chain.reverse();
      }
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(file, specifier);
      if (target === null || parents.has(target)) continue;
      parents.set(target, file);
      queue.push(target);
    }
  }
  return null;
}

const entries = [
  ...readdirSync(join(ROOT, 'entrypoints'))
    .filter((name) => name.endsWith('.content'))
    .map((name) => join(ROOT, 'entrypoints', name, 'index.ts')),
  join(ROOT, 'entrypoints', 'main-world.ts'),
];

describe('content scripts without zod', () => {
  it('checks the five content scripts and the main-world script', () => {
    expect(entries).toHaveLength(6);
  });

  it.each(entries.map((entry) => [relative(ROOT, entry), entry]))('%s imports no zod at run time', (_name, entry) => {
    expect(pathToZod(entry)).toBeNull();
  });

  it('would notice: the background does import it', () => {
    expect(pathToZod(join(ROOT, 'entrypoints', 'background.ts'))?.at(-1)).toBe('zod');
  });
});
