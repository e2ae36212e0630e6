/**
 * Record page URLs per app. Without a known origin they are paths, which the extension resolves against the
 * tab it is on and the CLI prints as-is.
 */
import { originOf } from './json';

/** Accepts a bare origin or any URL on it; anything unparseable is treated as unknown. */
export function normalizeOrigin(origin: string | undefined): string {
  return originOf(origin) ?? '';
}

const segment = encodeURIComponent;

export function salesforceRecordUrl(object: string, id: string, origin?: string): string {
  return `${normalizeOrigin(origin)}/lightning/r/${segment(object)}/${segment(id)}/view`;
}

export function servicenowRecordUrl(table: string, sysId: string, origin?: string): string {
  return `${normalizeOrigin(origin)}/${segment(table)}.do?sys_id=${segment(sysId)}`;
}

export function jiraIssueUrl(key: string, origin?: string): string {
  return `${normalizeOrigin(origin)}/browse/${segment(key)}`;
}

export function zendeskTicketUrl(id: string, origin?: string): string {
  return `${normalizeOrigin(origin)}/agent/tickets/${segment(id)}`;
}

export function hubspotRecordUrl(portalId: string, objectTypeId: string, objectId: string, origin?: string): string {
  return `${normalizeOrigin(origin)}/contacts/${segment(portalId)}/record/${segment(objectTypeId)}/${segment(objectId)}`;
}
