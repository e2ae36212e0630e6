/**
 * HubSpot's record read with the user's session. HubSpot has no supported session API: the public CRM v3 API
 * wants a private-app or OAuth token, and the endpoint the record page itself calls
 * (`/api/inbounddb-objects/v1/crm-objects/{typeId}/batch`) is internal and undocumented (saas-apps.md §3.2).
 * So it is used only when the user turns it on (issue #4 adds the setting); otherwise the page is read.
 */
import type { ApiAccess, ApiOutcome, RecordPage } from '../types';

/** Off until the user opts in: an internal endpoint can change or vanish with any HubSpot release. */
export const HUBSPOT_INTERNAL_API_DEFAULT = false;

/**
 * Why the page is read, shown in the summary chip ("Read from the page (API unavailable: …)") when the internal
 * API is off, which is the normal case for HubSpot.
 */
export const HUBSPOT_NO_SESSION_API_REASON = 'HubSpot has no supported session API';

export interface HubSpotApiOptions {
  /** Whether to call HubSpot's internal record endpoint before reading the page. */
  readonly internalApi: boolean;
  /** The page's cookies (`document.cookie`), where HubSpot keeps the CSRF token its API wants back as a header. */
  readonly cookies?: () => string;
}

/** The CSRF cookie, newer name first (`csrf.app`); older code reads `hubspotapi-csrf` (saas-apps.md §3.2). */
const CSRF_COOKIES = ['csrf.app', 'hubspotapi-csrf'] as const;
const CSRF_HEADER = 'X-HubSpot-CSRF-hubspotapi';

export async function fetchHubSpotRecord(
  page: RecordPage,
  api: ApiAccess,
  signal: AbortSignal,
  options: HubSpotApiOptions,
): Promise<ApiOutcome> {
  if (!options.internalApi) return { ok: false, reason: HUBSPOT_NO_SESSION_API_REASON };
  const portalId = page.context?.portalId;
  const objectTypeId = page.context?.objectTypeId;
  if (!portalId || !objectTypeId) return { ok: false, reason: 'the HubSpot URL names no portal' };
  const csrf = csrfToken(options.cookies?.() ?? documentCookies());
  if (csrf === null) return { ok: false, reason: "HubSpot's CSRF cookie is missing, so its internal API would refuse the call" };

  const query = new URLSearchParams({
    portalId,
    id: page.recordId,
    allPropertiesFetchMode: 'latest_version',
    includeAllProperties: 'true',
  });
  try {
    const response = await api.pageFetch(`/api/inbounddb-objects/v1/crm-objects/${encodeURIComponent(objectTypeId)}/batch?${query}`, {
      headers: { accept: 'application/json', [CSRF_HEADER]: csrf },
      credentials: 'same-origin',
      signal,
    });
    if (!response.ok) return { ok: false, reason: `HubSpot's internal API answered ${response.status}` };
    const body: unknown = await response.json();
    // Fail closed: a body that does not name the URL's record must not lint it (Portal Peeker's guard). The
    // batch answers an id it cannot read by leaving it out, down to an empty object.
    const notReturned = { ok: false, reason: `HubSpot's internal API did not return ${page.object ?? 'record'} ${page.recordId}` } as const;
    if (typeof body !== 'object' || body === null || !Object.hasOwn(body, page.recordId)) return notReturned;
    const records = await api.parse(body, { app: 'hubspot' });
    const record = records.find((candidate) => candidate.id === page.recordId && candidate.object === page.object);
    if (!record) return notReturned;
    return { ok: true, record };
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: 'the read was cancelled' };
    return { ok: false, reason: `HubSpot's internal API gave an unusable answer (${error instanceof Error ? error.message : String(error)})` };
  }
}

export function csrfToken(cookieHeader: string): string | null {
  const cookies = new Map(
    cookieHeader
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const equals = pair.indexOf('=');
        return equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
      }),
  );
  for (const name of CSRF_COOKIES) {
    const value = cookies.get(name);
    if (value) return decoded(value);
  }
  return null;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function documentCookies(): string {
  return typeof document === 'undefined' ? '' : document.cookie;
}
