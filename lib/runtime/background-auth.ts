/**
 * Auth headers for API calls the background makes for content scripts (`api-fetch`). An app whose API lives on
 * another host than its UI (Salesforce: `*.my.salesforce.com` behind `*.lightning.force.com`) registers a provider
 * for its API URLs; a URL no provider claims is refused, so `api-fetch` cannot be pointed anywhere else.
 *
 *   registerAuthProvider((url) => url.hostname.endsWith('.my.salesforce.com'), salesforceAuthHeaders);
 */

/** Facts about the tab that asked, for providers that need them (Firefox containers keep separate cookies). */
export interface AuthContext {
  readonly tabUrl: string | undefined;
  readonly cookieStoreId: string | undefined;
}

export type AuthHeaderProvider = (url: URL, context: AuthContext) => Promise<Record<string, string>>;

interface Registration {
  readonly claims: (url: URL) => boolean;
  readonly provide: AuthHeaderProvider;
}

const registrations: Registration[] = [];

/** Returns a function that removes the registration (tests use it). */
export function registerAuthProvider(claims: (url: URL) => boolean, provide: AuthHeaderProvider): () => void {
  const registration: Registration = { claims, provide };
  registrations.push(registration);
  return () => {
    const index = registrations.indexOf(registration);
    if (index >= 0) registrations.splice(index, 1);
  };
}

export function authProviderFor(url: URL): AuthHeaderProvider | null {
  return registrations.find((registration) => registration.claims(url))?.provide ?? null;
}
