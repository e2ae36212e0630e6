/**
 * Reads an issue through Jira's REST v3 with the user's own session: a same-origin GET from the page, which
 * carries the session cookies and needs no XSRF header (saas-apps.md §4.2). The payload goes through the shared
 * Jira parser (in the background, `ApiAccess.parse`), which validates it and decides issue versus JSM request from
 * its request type value.
 */
import type { ApiAccess, ApiOutcome, RecordPage } from '../types';
import { learnFromIssuePayload } from './site-facts';
import { jiraIssueApiPath } from './urls';

export async function fetchJiraIssue(page: RecordPage, api: ApiAccess, signal: AbortSignal): Promise<ApiOutcome> {
  try {
    const response = await api.pageFetch(jiraIssueApiPath(page.recordId), {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal,
    });
    const body = await response.text();
    if (!response.ok) return { ok: false, reason: `Jira API answered ${response.status}${errorDetail(body)}` };
    const json: unknown = JSON.parse(body);
    const [record] = await api.parse(json, { app: 'jira' });
    if (!record) return { ok: false, reason: 'Jira API returned no issue' };
    learnFromIssuePayload(json);
    return { ok: true, record };
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: 'aborted' };
    return { ok: false, reason: `Jira API unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function errorDetail(body: string): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return '';
  }
  // Jira's error body: {"errorMessages":[...],"errors":{field: message}}, or {"message": ...} from the gateway.
  if (!isObject(json)) return '';
  const messages = [...strings(json.errorMessages), ...strings(isObject(json.errors) ? Object.values(json.errors) : [])];
  if (typeof json.message === 'string' && json.message) messages.push(json.message);
  return messages.length > 0 ? `: ${messages.join(' ')}` : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
