/**
 * `npm run zip` (WXT's zip for Chromium and Firefox): made here into a temporary folder, so the packages are
 * checked without touching the `.output/` builds other suites use. The store packages hold the built extension
 * with the same manifest as the build; the Firefox sources zip (what AMO reviewers rebuild from) holds the sources
 * and none of the test keys, fixtures or outputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtManifest } from './built-manifest';
import { openZip } from './zip-entries';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
let outDir = '';

function zipFor(browser: 'chrome' | 'firefox'): void {
  const script = `import('wxt').then(({ zip }) => zip({ browser: '${browser}', outDir: ${JSON.stringify(outDir)}, logLevel: 1 }))`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'fieldguard-zip-'));
  zipFor('chrome');
  zipFor('firefox');
}, 240_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run zip', () => {
  it('makes a Chromium package, a Firefox package and a Firefox sources package', () => {
    expect(readdirSync(outDir).filter((name) => name.endsWith('.zip')).sort()).toEqual([
      `fieldguard-${version}-chrome.zip`,
      `fieldguard-${version}-firefox.zip`,
      `fieldguard-${version}-sources.zip`,
    ]);
  });

  it.each([
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ] as const)('packs the %s extension at the zip root with the policy-checked manifest', (browser, target) => {
    const archive = openZip(join(outDir, `fieldguard-${version}-${browser}.zip`));
    for (const file of ['manifest.json', 'main-world.js', 'popup.html', ...['hubspot', 'jira', 'salesforce', 'servicenow', 'zendesk'].map((app) => `content-scripts/${app}.js`)]) {
      expect(archive.names).toContain(file);
    }
    expect(JSON.parse(archive.read('manifest.json'))).toEqual(builtManifest(target).raw);
    expect(archive.names.filter((name) => /\.(map|ts|pem|key)$/.test(name))).toEqual([]);
  });

  it('ships the sources reviewers need and no test keys, fixtures or build output', () => {
    const names = openZip(join(outDir, `fieldguard-${version}-sources.zip`)).names;
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'lib/rules/engine.ts', 'entrypoints/background.ts']) {
      expect(names).toContain(file);
    }
    expect(names.filter((name) => /^(test|\.output|test-results|node_modules|\.ci)\//.test(name) || /\.(pem|key|log)$/.test(name))).toEqual([]);
  });
});
