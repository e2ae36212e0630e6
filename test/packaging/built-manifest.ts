/**
 * The built extensions' manifests (`.output/chrome-mv3`, `.output/firefox-mv2`) read into one shape, so the policy
 * is checked the same way on MV3 (host_permissions) and MV2 (hosts mixed into permissions).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../.output');
export const TARGETS = ['chrome-mv3', 'firefox-mv2'] as const;
export type Target = (typeof TARGETS)[number];

interface RawWebAccessible {
  readonly resources?: readonly string[];
  readonly matches?: readonly string[];
}

interface RawManifest {
  readonly manifest_version: number;
  readonly permissions?: readonly string[];
  readonly optional_permissions?: readonly string[];
  readonly host_permissions?: readonly string[];
  readonly optional_host_permissions?: readonly string[];
  readonly content_scripts?: readonly { readonly matches?: readonly string[]; readonly js?: readonly string[] }[];
  readonly web_accessible_resources?: readonly (string | RawWebAccessible)[];
  readonly content_security_policy?: string | Readonly<Record<string, string>>;
  readonly background?: { readonly service_worker?: string; readonly scripts?: readonly string[] };
  readonly browser_specific_settings?: {
    readonly gecko?: { readonly id?: string; readonly data_collection_permissions?: { readonly required?: readonly string[] } };
  };
}

export interface BuiltManifest {
  readonly target: Target;
  readonly dir: string;
  readonly raw: RawManifest;
  readonly apiPermissions: readonly string[];
  readonly optionalApiPermissions: readonly string[];
  readonly requiredHosts: readonly string[];
  readonly optionalHosts: readonly string[];
  readonly contentScriptMatches: readonly string[];
  readonly webAccessible: readonly { readonly resources: readonly string[]; readonly matches: readonly string[] | 'mv2' }[];
  /** Every CSP directive that can load script, as written (one string per policy). */
  readonly cspPolicies: readonly string[];
  /** Script files the manifest names (background, content scripts, web-accessible). */
  readonly scriptFiles: readonly string[];
}

const isHost = (entry: string) => entry === '<all_urls>' || entry.includes('://');

export function builtManifest(target: Target): BuiltManifest {
  const dir = join(OUTPUT_DIR, target);
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build && npm run build:firefox\` first`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawManifest;
  const permissions = raw.permissions ?? [];
  const optional = raw.optional_permissions ?? [];
  const csp = raw.content_security_policy;
  const webAccessible = (raw.web_accessible_resources ?? []).map((entry) =>
    typeof entry === 'string'
      ? { resources: [entry], matches: 'mv2' as const }
      : { resources: entry.resources ?? [], matches: entry.matches ?? [] },
  );
  return {
    target,
    dir,
    raw,
    apiPermissions: permissions.filter((entry) => !isHost(entry)),
    optionalApiPermissions: optional.filter((entry) => !isHost(entry)),
    requiredHosts: [...(raw.host_permissions ?? []), ...permissions.filter(isHost)],
    optionalHosts: [...(raw.optional_host_permissions ?? []), ...optional.filter(isHost)],
    contentScriptMatches: (raw.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    webAccessible,
    cspPolicies: csp === undefined ? [] : typeof csp === 'string' ? [csp] : Object.values(csp),
    scriptFiles: [
      ...(raw.background?.service_worker ? [raw.background.service_worker] : []),
      ...(raw.background?.scripts ?? []),
      ...(raw.content_scripts ?? []).flatMap((script) => script.js ?? []),
      ...webAccessible.flatMap((entry) => entry.resources.filter((resource) => resource.endsWith('.js'))),
    ],
  };
}

/** The source list of each directive that governs scripts: script-src, else default-src; worker-src and object-src too. */
export function scriptSources(policy: string): Map<string, readonly string[]> {
  const directives = new Map<string, readonly string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  const governing = new Map<string, readonly string[]>();
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src', 'object-src']) {
    const sources = directives.get(name) ?? directives.get('default-src');
    if (sources) governing.set(name, sources);
  }
  return governing;
}
