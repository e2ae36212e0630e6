/**
 * Reads an issue through Jira's REST v3 with the user's own session: a same-origin GET from the page, which
 * carries the session cookies and needs no XSRF header (saas-apps.md §4.2). The payload goes through the shared
 * Jira parser, which validates it and decides issue versus JSM request from its request type value.
 */
import { z } from 'zod';
import { parsePayload } from '../../records/parse';
import type { ApiAccess, ApiOutcome, RecordPage } from '../types';
import { learnFromIssuePayload } from './site-facts';
import { jiraIssueApiPath } from './urls';

// Jira's error body: {"errorMessages":[...],"errors":{field: message}}.
const errorBodySchema = z.looseObject({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
  message: z.string().optional(),
});

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
    const [record] = parsePayload(json, { app: 'jira' });
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
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return '';
  const messages = [...(parsed.data.errorMessages ?? []), ...Object.values(parsed.data.errors ?? {})];
  if (parsed.data.message) messages.push(parsed.data.message);
  return messages.length > 0 ? `: ${messages.join(' ')}` : '';
}
