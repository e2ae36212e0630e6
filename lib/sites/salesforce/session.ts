/**
 * The background half of Salesforce API access, after Salesforce Inspector Reloaded (`SIR:addon/background.js`,
 * saas-apps.md §1.2): the `sid` cookie is HttpOnly, and the Lightning host's session "does not have API access",
 * so the background finds the org from the tab's cookie and calls the API with the `sid` of the org's My Domain
 * host as a bearer token.
 *
 *   registerAuthProvider(isSalesforceApiUrl, salesforceAuthHeaders(browser.cookies));   // lib/runtime/background-auth.ts
 *
 * The token is only ever attached to `/services/data/` on the API host of the tab's own org.
 */
import type { AuthHeaderProvider } from '../../runtime/background-auth';
import { apiHostFor, isLightningHost } from './urls';

export interface SessionCookie {
  readonly value: string;
  readonly domain: string;
}

/** The subset of `browser.cookies` used here, so tests can pass a fake. */
export interface SessionCookies {
  get(details: { url: string; name: string; storeId?: string }): Promise<SessionCookie | null | undefined>;
  getAll(details: { name: string; domain?: string; secure?: boolean; storeId?: string }): Promise<SessionCookie[]>;
}

export interface SalesforceSession {
  /** The My Domain host whose session may call the API (`acme.my.salesforce.com`). */
  readonly apiHost: string;
  readonly sid: string;
  readonly orgId: string;
}

export type SalesforceAuthorization =
  | { readonly ok: true; readonly headers: Readonly<Record<string, string>>; readonly session: SalesforceSession }
  | { readonly ok: false; readonly reason: string };

// SIR's list of cookie domains that can hold an API-capable session (commercial, government and China clouds).
const SESSION_COOKIE_DOMAINS = ['salesforce.com', 'cloudforce.com', 'salesforce.mil', 'cloudforce.mil', 'sfcrmproducts.cn', 'force.com'];

// Commercial, Government Cloud Plus and China (Alibaba Cloud) API hosts, as `apiHostFor` maps Lightning hosts to them.
const API_HOST = /\.my\.(?:salesforce\.com|salesforce\.mil|sfcrmproducts\.cn)$/i;

/** The org's API session for a tab on one of its Lightning pages, or null when the browser holds none. */
export async function findSalesforceSession(cookies: SessionCookies, tabUrl: string, storeId?: string): Promise<SalesforceSession | null> {
  let tab: URL;
  try {
    tab = new URL(tabUrl);
  } catch {
    return null;
  }
  if (tab.protocol !== 'https:' || !isLightningHost(tab.hostname)) return null;
  const store = storeId === undefined ? {} : { storeId };
  const tabSid = await cookies.get({ url: tab.href, name: 'sid', ...store });
  const orgId = tabSid?.value.split('!')[0];
  if (!orgId) return null;
  const ofOrg = (cookie: SessionCookie | null | undefined): cookie is SessionCookie => cookie?.value.startsWith(`${orgId}!`) === true;

  // The usual case: the My Domain host that mirrors the Lightning host.
  const mapped = apiHostFor(tab.hostname);
  if (mapped !== null) {
    const cookie = await cookies.get({ url: `https://${mapped}`, name: 'sid', ...store });
    if (ofOrg(cookie)) return { apiHost: mapped, sid: cookie.value, orgId };
  }
  // Otherwise any API host's session of the same org, as SIR searches; help.salesforce.com is Salesforce's own org.
  for (const domain of SESSION_COOKIE_DOMAINS) {
    const candidates = await cookies.getAll({ name: 'sid', domain, secure: true, ...store });
    const cookie = candidates.find((candidate) => ofOrg(candidate) && API_HOST.test(hostOf(candidate)));
    if (cookie) return { apiHost: hostOf(cookie), sid: cookie.value, orgId };
  }
  return null;
}

/** The Authorization header for one API request from a tab, if the request goes where the session may be sent. */
export async function salesforceAuthorization(
  cookies: SessionCookies,
  request: { readonly tabUrl: string; readonly requestUrl: string; readonly storeId?: string },
): Promise<SalesforceAuthorization> {
  let target: URL;
  try {
    target = new URL(request.requestUrl);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (!isSalesforceApiUrl(target)) {
    return { ok: false, reason: `${target.origin}${target.pathname} is not a Salesforce API URL` };
  }
  const session = await findSalesforceSession(cookies, request.tabUrl, request.storeId);
  if (!session) return { ok: false, reason: 'no Salesforce API session for this org in the browser (signed out, or API access not allowed)' };
  if (session.apiHost !== target.hostname.toLowerCase()) {
    return { ok: false, reason: `this org's API host is ${session.apiHost}, not ${target.hostname}` };
  }
  return { ok: true, headers: { Authorization: `Bearer ${session.sid}` }, session };
}

/** The URLs the Salesforce provider signs: REST resources on a My Domain API host. */
export function isSalesforceApiUrl(url: URL): boolean {
  return url.protocol === 'https:' && API_HOST.test(url.hostname) && url.pathname.startsWith('/services/data/');
}

/** The provider for the background's registry: headers for an allowed request, an error saying why otherwise. */
export function salesforceAuthHeaders(cookies: SessionCookies): AuthHeaderProvider {
  return async (url, context) => {
    if (context.tabUrl === undefined) throw new Error('the Salesforce API is only called for a tab');
    const auth = await salesforceAuthorization(cookies, {
      tabUrl: context.tabUrl,
      requestUrl: url.href,
      ...(context.cookieStoreId === undefined ? {} : { storeId: context.cookieStoreId }),
    });
    if (!auth.ok) throw new Error(auth.reason);
    return { ...auth.headers };
  };
}

function hostOf(cookie: SessionCookie): string {
  return cookie.domain.replace(/^\./, '').toLowerCase();
}
