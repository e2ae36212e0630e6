/**
 * HubSpot pages recognised from the URL alone (saas-apps.md §3.1). Every CRM page lives under
 * `/contacts/{portalId}/...` on app.hubspot.com or a regional host, and the portal id must accompany every call
 * to HubSpot's internal API, so it is passed on in `context`.
 *
 *   detectHubSpotPage(new URL(location.href)) // {kind:'record', object:'deal', recordId:'18220945831', context:{portalId, objectTypeId}}
 */
import type { PageInfo } from '../types';

/** app.hubspot.com (na1) and the data-centre hosts app-eu1, app-na2, ...: the same paths are served on each. */
const HUBSPOT_HOST = /^app(?:-[a-z]{2,3}\d{1,2})?\.hubspot\.com$/;

/** HubSpot's fixed object type ids; custom objects (`2-NNNN`) have no packs, so FieldGuard leaves them alone. */
const OBJECT_BY_TYPE_ID: Readonly<Record<string, string>> = { '0-1': 'contact', '0-2': 'company', '0-3': 'deal', '0-5': 'ticket' };
const TYPE_ID_BY_OBJECT: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(OBJECT_BY_TYPE_ID).map(([typeId, object]) => [object, typeId]),
);
/** The plural object names of the legacy list URLs (`/contacts/{portalId}/deals/board/view/all/`). */
const OBJECT_BY_PLURAL: Readonly<Record<string, string>> = { contacts: 'contact', companies: 'company', deals: 'deal', tickets: 'ticket' };

// `?portalId=…&clienttimeout=…`, which SPA navigation may append, is query, not path, so it never gets in the way.
const RECORD = /^\/contacts\/(\d+)\/record\/(\d+-\d+)\/(\d+)\/?$/;
const LEGACY_RECORD = /^\/contacts\/(\d+)\/(contact|company|deal|ticket)\/(\d+)\/?$/;
const OBJECT_VIEW = /^\/contacts\/(\d+)\/objects\/(\d+-\d+)\/views\/([^/]+)\/(list|board)\/?$/;
// The older index pages, still linked from many places; HubSpot served them under /sales/ too.
const LEGACY_VIEW = /^\/(?:contacts|sales)\/(\d+)\/(contacts|companies|deals|tickets)\/(list|board)\/view\/([^/]+)\/?$/;
/** Segments (formerly "lists"): their members can be of any object, which the URL does not say. */
const SEGMENT = /^\/contacts\/(\d+)\/objectLists\/(\d+)\/?$/;

export function isHubSpotHost(hostname: string): boolean {
  return HUBSPOT_HOST.test(hostname);
}

/** The FieldGuard object for a HubSpot object type id (`0-3` → `deal`), or null for custom and unknown types. */
export function hubspotObjectOf(objectTypeId: string): string | null {
  return OBJECT_BY_TYPE_ID[objectTypeId] ?? null;
}

export function detectHubSpotPage(url: URL): PageInfo | null {
  if (url.protocol !== 'https:' || !isHubSpotHost(url.hostname)) return null;
  const path = url.pathname;

  let match = RECORD.exec(path);
  if (match) return record(match[1], match[2], match[3]);
  match = LEGACY_RECORD.exec(path);
  if (match) return record(match[1], TYPE_ID_BY_OBJECT[match[2] ?? ''], match[3]);

  match = OBJECT_VIEW.exec(path);
  if (match) return list(match[1], match[2], match[3], match[4]);
  match = LEGACY_VIEW.exec(path);
  if (match) return list(match[1], TYPE_ID_BY_OBJECT[OBJECT_BY_PLURAL[match[2] ?? ''] ?? ''], match[4], match[3]);

  match = SEGMENT.exec(path);
  if (match?.[1] && match[2]) return { kind: 'list', app: 'hubspot', object: null, listId: match[2], context: { portalId: match[1] } };
  return null;
}

function record(portalId: string | undefined, objectTypeId: string | undefined, objectId: string | undefined): PageInfo | null {
  if (!portalId || !objectTypeId || !objectId) return null;
  const object = hubspotObjectOf(objectTypeId);
  if (object === null) return null;
  return { kind: 'record', app: 'hubspot', object, recordId: objectId, context: { portalId, objectTypeId } };
}

function list(
  portalId: string | undefined,
  objectTypeId: string | undefined,
  viewId: string | undefined,
  layout: string | undefined,
): PageInfo | null {
  if (!portalId || !objectTypeId || !viewId || !layout) return null;
  const object = hubspotObjectOf(objectTypeId);
  if (object === null) return null;
  return { kind: 'list', app: 'hubspot', object, listId: viewId, context: { portalId, objectTypeId, layout } };
}
