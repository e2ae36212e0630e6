/**
 * Adding and removing custom domains, for the options page. Call `addCustomDomain` straight from the click handler:
 * browsers grant optional permissions only during a user gesture, and Firefox only while the handler itself runs,
 * so the permission request is its first asynchronous step.
 *
 *   button.onclick = async () => show(await addCustomDomain(input.value, app));
 *
 * The background (sync.ts) sees the new preference and the granted permission and registers the app's content
 * script on the domain; removing the domain unregisters it.
 */
import { browser } from 'wxt/browser';
import type { App } from '../records/model';
import { readPrefs, updatePrefs } from '../store/prefs';
import type { CustomDomain } from '../store/types';
import { permissionOrigins, validateCustomOrigin } from './origins';

/** The parts of `browser.permissions` used here, so tests can pass a fake. */
export interface PermissionRequests {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export type AddCustomDomainResult =
  | { readonly ok: true; readonly domain: CustomDomain }
  | { readonly ok: false; readonly reason: 'invalid' | 'refused' | 'failed'; readonly error: string };

export interface RemoveCustomDomainResult {
  readonly removed: boolean;
  /** False when the browser kept the host permission (the domain's script is gone either way). */
  readonly permissionRemoved: boolean;
}

export interface CustomDomainStatus extends CustomDomain {
  /** Whether the host permission is granted; a revoked one can be granted again with `addCustomDomain`. */
  readonly granted: boolean;
}

/**
 * Validates the origin, asks the browser for its host permission, and saves the domain once granted. A refusal or
 * an invalid origin changes nothing. Adding an origin again (for another app, or after a revocation) replaces it.
 */
export async function addCustomDomain(input: string, app: App, permissions: PermissionRequests = browser.permissions): Promise<AddCustomDomainResult> {
  const check = validateCustomOrigin(input, app);
  if (!check.ok) return { ok: false, reason: 'invalid', error: check.error };
  const { domain } = check;
  let granted: boolean;
  try {
    granted = await permissions.request({ origins: permissionOrigins(domain) });
  } catch (error) {
    return { ok: false, reason: 'failed', error: `The browser did not ask for access to ${domain.origin}: ${messageOf(error)}` };
  }
  if (!granted) return { ok: false, reason: 'refused', error: `Access to ${domain.origin} was not granted, so nothing was added.` };
  try {
    await updatePrefs((prefs) => ({ ...prefs, customDomains: [...prefs.customDomains.filter((known) => known.origin !== domain.origin), domain] }));
  } catch (error) {
    return { ok: false, reason: 'failed', error: `Access was granted but the domain could not be saved: ${messageOf(error)}` };
  }
  return { ok: true, domain };
}

/** Forgets the domain and gives its host permission back. */
export async function removeCustomDomain(origin: string, permissions: PermissionRequests = browser.permissions): Promise<RemoveCustomDomainResult> {
  let removedDomain: CustomDomain | undefined;
  await updatePrefs((prefs) => {
    removedDomain = prefs.customDomains.find((domain) => domain.origin === origin);
    return { ...prefs, customDomains: prefs.customDomains.filter((domain) => domain.origin !== origin) };
  });
  if (removedDomain === undefined) return { removed: false, permissionRemoved: false };
  try {
    return { removed: true, permissionRemoved: await permissions.remove({ origins: permissionOrigins(removedDomain) }) };
  } catch {
    // A permission the manifest requires cannot be removed; the preference is gone, so its script is too.
    return { removed: true, permissionRemoved: false };
  }
}

/** The saved custom domains with whether each one's host permission is granted, for the options page. */
export async function listCustomDomains(permissions: Pick<PermissionRequests, 'contains'> = browser.permissions): Promise<CustomDomainStatus[]> {
  const { customDomains } = await readPrefs();
  return Promise.all(customDomains.map(async (domain) => ({ ...domain, granted: await permissions.contains({ origins: permissionOrigins(domain) }) })));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
