/**
 * The built manifests of both browsers against the least-privilege policy of test/packaging/policy.ts: run after
 * `npm run build && npm run build:firefox` (the CLI/packaging suite of the test command).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtManifest, scriptSources, TARGETS } from './built-manifest';
import {
  ALLOWED_PERMISSIONS,
  ALLOWED_SCRIPT_SOURCES,
  appPatternProblem,
  patternCoversHost,
  REQUIRED_APP_HOSTS,
  WEB_ACCESSIBLE_FILES,
} from './policy';

const BROAD_PATTERNS = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

describe.each(TARGETS)('the built %s manifest', (target) => {
  const manifest = builtManifest(target);

  it('asks only for allowed API permissions, required or optional', () => {
    const unexpected = [...manifest.apiPermissions, ...manifest.optionalApiPermissions].filter((permission) => !(permission in ALLOWED_PERMISSIONS));
    expect(
      unexpected,
      `permissions outside the policy (${Object.keys(ALLOWED_PERMISSIONS).join(', ')}): ${unexpected.join(', ')}; ` +
        'add one to test/packaging/policy.ts only with a reason a reviewer accepts',
    ).toEqual([]);
  });

  it('requires host access only to the five apps, never to every site', () => {
    const problems = manifest.requiredHosts.map(appPatternProblem).filter((problem) => problem !== null);
    expect(problems, `required host permissions: ${problems.join('; ')}`).toEqual([]);
    expect(manifest.requiredHosts.filter((host) => BROAD_PATTERNS.includes(host))).toEqual([]);
  });

  it('injects content scripts only on the five apps', () => {
    expect(manifest.contentScriptMatches.length).toBeGreaterThan(0);
    const problems = manifest.contentScriptMatches.map(appPatternProblem).filter((problem) => problem !== null);
    expect(problems, `content-script matches: ${problems.join('; ')}`).toEqual([]);
  });

  it("covers every app's UI host, and Salesforce's API host for the background", () => {
    const reachable = [...manifest.requiredHosts, ...manifest.contentScriptMatches];
    const uncovered = REQUIRED_APP_HOSTS.filter((host) => !reachable.some((pattern) => patternCoversHost(pattern, host)));
    expect(uncovered).toEqual([]);
    expect(manifest.requiredHosts.some((pattern) => patternCoversHost(pattern, 'acme.my.salesforce.com'))).toBe(true);
  });

  it('leaves custom domains to optional https host permissions, asked for at runtime', () => {
    const notHttps = manifest.optionalHosts.filter((pattern) => !pattern.startsWith('https://'));
    expect(notHttps, `optional host permissions must be https patterns: ${notHttps.join(', ')}`).toEqual([]);
  });

  it('lets pages load only the main-world bridge, and only on app hosts', () => {
    expect(manifest.webAccessible.flatMap((entry) => entry.resources).filter((file) => !WEB_ACCESSIBLE_FILES.includes(file))).toEqual([]);
    for (const entry of manifest.webAccessible) {
      if (entry.matches === 'mv2') continue; // MV2 has no per-resource matches; Firefox gates it by the content scripts' hosts
      expect(entry.matches.length).toBeGreaterThan(0);
      expect(entry.matches.map(appPatternProblem).filter((problem) => problem !== null)).toEqual([]);
    }
  });

  it('keeps a content security policy that loads no remote script and allows no eval', () => {
    for (const policy of manifest.cspPolicies) {
      for (const [directive, sources] of scriptSources(policy)) {
        const foreign = sources.filter((source) => !ALLOWED_SCRIPT_SOURCES.includes(source.toLowerCase()));
        expect(foreign, `${directive} in "${policy}"`).toEqual([]);
      }
    }
  });

  it('ships every script it names', () => {
    expect(manifest.scriptFiles.length).toBeGreaterThan(0);
    expect(manifest.scriptFiles.filter((file) => !existsSync(join(manifest.dir, file)))).toEqual([]);
  });
});

describe('the Firefox manifest', () => {
  const manifest = builtManifest('firefox-mv2');

  it('has an add-on id and declares that no data is collected', () => {
    expect(manifest.raw.browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.raw.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});

describe('the policy itself', () => {
  it('refuses broad and foreign patterns and accepts app subdomains', () => {
    expect(appPatternProblem('<all_urls>')).toMatch(/every site/);
    expect(appPatternProblem('*://*/*')).toMatch(/https-only/);
    expect(appPatternProblem('https://*/*')).toMatch(/every host/);
    expect(appPatternProblem('https://*.salesforce.com.evil.example/*')).toMatch(/outside/);
    expect(appPatternProblem('https://evilzendesk.com/*')).toMatch(/outside/);
    expect(appPatternProblem('https://app-eu1.hubspot.com/*')).toBeNull();
    expect(appPatternProblem('https://*.atlassian.net/browse/*')).toBeNull();
  });
});
