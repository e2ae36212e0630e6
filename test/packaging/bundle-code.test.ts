/**
 * No remote or string-evaluated code in the built bundles of either browser. The only `Function` references are
 * zod 4's JIT (background and extension pages; content scripts are zod-free): it first probes `Function("")` in a
 * try/catch and compiles object parsers only when that probe succeeds. The manifests' CSP (manifest.test.ts: no
 * 'unsafe-eval', and MV3/MV2 defaults forbid eval) makes the probe throw, so the JIT never runs and zod falls back
 * to its interpreter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, TARGETS } from './built-manifest';

/** zod 4's eval probe (`allowsEval`) and its `Doc.compile`, as minified. */
const HARMLESS_FUNCTION_USES = [/try\{return Function\(``\),!0\}catch\{return!1\}/g, /compile\(\)\{let [\w$]+=Function,/g];

const EVALUATING_CODE: readonly (readonly [string, RegExp])[] = [
  ['eval(', /(?<![.\w$])eval\s*\(/],
  ['Function constructor', /(?<![.\w$])Function(?!\s*\.)(?![\w$])/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote import()', /\bimport\(\s*["'`](?:https?:)?\/\//],
];

const PAGE_HTML_SINKS = /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML\s*\(|document\.write\s*\(/;

function files(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name));
}

describe.each(TARGETS)('the %s bundles', (target) => {
  const dir = join(OUTPUT_DIR, target);

  it('evaluate no strings as code and import nothing remote', () => {
    const scripts = files(dir, '.js');
    expect(scripts.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of scripts) {
      let source = readFileSync(file, 'utf8');
      for (const harmless of HARMLESS_FUNCTION_USES) source = source.replace(harmless, '');
      for (const [what, pattern] of EVALUATING_CODE) {
        const match = pattern.exec(source);
        if (match) found.push(`${relative(dir, file)}: ${what} at …${source.slice(Math.max(0, match.index - 60), match.index + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it('have zod (and so its JIT) only outside content scripts', () => {
    const contentScripts = files(join(dir, 'content-scripts'), '.js');
    expect(contentScripts.length).toBe(5);
    for (const file of contentScripts) expect(readFileSync(file, 'utf8')).not.toMatch(/\bFunction\(``\)|jitless/);
  });

  it('write no HTML into app pages from content scripts or the main-world bridge', () => {
    for (const file of [...files(join(dir, 'content-scripts'), '.js'), join(dir, 'main-world.js')]) {
      expect(readFileSync(file, 'utf8'), relative(dir, file)).not.toMatch(PAGE_HTML_SINKS);
    }
  });

  it('load scripts in extension pages from the package only', () => {
    for (const file of files(dir, '.html')) {
      const html = readFileSync(file, 'utf8');
      expect(html, relative(dir, file)).not.toMatch(/<script[^>]+src=["'](?:https?:)?\/\//i);
      expect(html, relative(dir, file)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
  });
});
