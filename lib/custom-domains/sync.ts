/**
 * The background half of custom domains: keeps the registered content scripts equal to the custom domains whose
 * host permission is granted, and tells a content script on a custom host which app that host was added for.
 *
 *   startCustomDomainSync();            // once, in startBackground: on start, prefs change, permission added/removed
 *   await customHostApp(sender.url);    // the `custom-host-app` message
 *
 * A domain stays in the preferences when its permission is revoked (chrome://extensions, about:addons): its script
 * is unregistered, and the options page can offer to grant it again.
 */
import { browser } from 'wxt/browser';
import type { App } from '../records/model';
import { logError } from '../runtime/log';
import { onPrefsChanged, readPrefs } from '../store/prefs';
import type { CustomDomain } from '../store/types';
import { CUSTOM_SCRIPT_PREFIX, customDomainScripts, type CustomDomainScript } from './content-scripts';
import { findCustomDomain, isCustomDomainApp, permissionOrigins } from './origins';

/** The parts of `browser.scripting` and `browser.permissions` used here, so tests can pass fakes. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<readonly RegisteredScript[]>;
  registerContentScripts(scripts: CustomDomainScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

export interface RegisteredScript {
  readonly id: string;
  readonly js?: readonly string[];
  readonly matches?: readonly string[];
  readonly runAt?: string;
  readonly allFrames?: boolean;
}

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export interface SyncApis {
  readonly scripting: ScriptingApi;
  readonly permissions: PermissionsApi;
  readonly readDomains: () => Promise<readonly CustomDomain[]>;
}

export interface SyncResult {
  /** The registrations in force after the sync. */
  readonly scripts: readonly CustomDomainScript[];
  readonly registered: readonly string[];
  readonly unregistered: readonly string[];
}

const defaultApis = (): SyncApis => ({
  scripting: browser.scripting as unknown as ScriptingApi,
  permissions: browser.permissions,
  readDomains: async () => (await readPrefs()).customDomains,
});

// Syncs run one after another: two at once (a permission event and the prefs write of the same click) would both
// register the same id, and Chrome refuses a duplicate id.
let queue: Promise<unknown> = Promise.resolve();

/** Registers the scripts granted custom domains need, and unregisters FieldGuard's others. */
export function syncCustomDomainScripts(apis: SyncApis = defaultApis()): Promise<SyncResult> {
  const run = queue.catch(() => undefined).then(() => syncNow(apis));
  queue = run;
  return run;
}

async function syncNow(apis: SyncApis): Promise<SyncResult> {
  const granted = await grantedDomains(apis);
  const wanted = customDomainScripts(granted);
  const existing = (await apis.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(CUSTOM_SCRIPT_PREFIX));
  const stale = existing.filter((script) => !wanted.some((want) => sameScript(want, script))).map((script) => script.id);
  const missing = wanted.filter((want) => !existing.some((script) => sameScript(want, script)));
  if (stale.length > 0) await apis.scripting.unregisterContentScripts({ ids: stale });
  if (missing.length > 0) await apis.scripting.registerContentScripts(missing);
  return { scripts: wanted, registered: missing.map((script) => script.id), unregistered: stale };
}

/** The app a custom host was added for, when its permission is granted; null for any other page. */
export async function customHostApp(pageUrl: string | undefined, apis: Pick<SyncApis, 'permissions' | 'readDomains'> = defaultApis()): Promise<App | null> {
  let origin: string;
  try {
    origin = new URL(pageUrl ?? '').origin;
  } catch {
    return null;
  }
  const domain = findCustomDomain(await apis.readDomains(), origin);
  if (domain === null || !isCustomDomainApp(domain.app)) return null;
  return (await apis.permissions.contains({ origins: permissionOrigins(domain) })) ? domain.app : null;
}

/** Syncs now and after every change of the preferences or of the granted permissions. */
export function startCustomDomainSync(apis: SyncApis = defaultApis()): void {
  const sync = () => void syncCustomDomainScripts(apis).catch((error: unknown) => logError('registering custom domain scripts failed', error));
  onPrefsChanged(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}

async function grantedDomains(apis: SyncApis): Promise<CustomDomain[]> {
  const domains = (await apis.readDomains()).filter((domain) => isCustomDomainApp(domain.app));
  const granted = await Promise.all(domains.map((domain) => apis.permissions.contains({ origins: permissionOrigins(domain) })));
  return domains.filter((_domain, index) => granted[index]);
}

function sameScript(want: CustomDomainScript, have: RegisteredScript): boolean {
  return (
    want.id === have.id &&
    sameList(want.js, have.js ?? []) &&
    sameList(want.matches, have.matches ?? []) &&
    want.runAt === (have.runAt ?? 'document_idle') &&
    want.allFrames === (have.allFrames ?? false)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
