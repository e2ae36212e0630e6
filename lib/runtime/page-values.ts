/**
 * The page values FieldGuard may read from the app's own JavaScript (main world), and how. A whitelist read by
 * explicit code, never a path walked from a caller's string: the bridge cannot be turned into a general reader.
 */

/** Event names between the content script and `entrypoints/main-world.ts`, suffixed with a per-injection channel. */
export const BRIDGE_EVENT_PREFIX = 'fieldguard-bridge';

export const PAGE_VALUE_NAMES = [
  /** ServiceNow's session CSRF token, sent as `X-UserToken` with Table API calls. */
  'g_ck',
  /** ServiceNow's sys_id of the record on a classic form. */
  'NOW.sysId',
] as const;

export type PageValueName = (typeof PAGE_VALUE_NAMES)[number];

export function isPageValueName(name: unknown): name is PageValueName {
  return (PAGE_VALUE_NAMES as readonly unknown[]).includes(name);
}

export function readPageValue(page: object, name: PageValueName): string | null {
  const globals = page as { g_ck?: unknown; NOW?: { sysId?: unknown } | null };
  switch (name) {
    case 'g_ck':
      return nonEmptyString(globals.g_ck);
    case 'NOW.sysId':
      return nonEmptyString(globals.NOW?.sysId);
  }
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export interface BridgeRequest {
  readonly id: number;
  readonly name: PageValueName;
}

export interface BridgeResponse {
  readonly id: number;
  readonly value: string | null;
}

/** Events carry JSON text: strings cross between the isolated and the main world unchanged in every browser. */
export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  const parsed = parseJsonObject(detail);
  if (!parsed || typeof parsed.id !== 'number' || !isPageValueName(parsed.name)) return null;
  return { id: parsed.id, name: parsed.name };
}

export function parseBridgeResponse(detail: unknown): BridgeResponse | null {
  const parsed = parseJsonObject(detail);
  if (!parsed || typeof parsed.id !== 'number') return null;
  return { id: parsed.id, value: typeof parsed.value === 'string' ? parsed.value : null };
}

/**
 * The main world's side: answers the content script's requests on `channel` with values read from `page` (the
 * page's `window`). Called by `entrypoints/main-world.ts`.
 */
export function answerPageValueRequests(doc: Document, page: object, channel: string): void {
  doc.addEventListener(`${BRIDGE_EVENT_PREFIX}:${channel}:request`, (event) => {
    const request = parseBridgeRequest((event as CustomEvent<unknown>).detail);
    if (!request) return;
    const response: BridgeResponse = { id: request.id, value: readPageValue(page, request.name) };
    doc.dispatchEvent(new CustomEvent(`${BRIDGE_EVENT_PREFIX}:${channel}:response`, { detail: JSON.stringify(response) }));
  });
}

function parseJsonObject(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string') return null;
  try {
    const value: unknown = JSON.parse(detail);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
