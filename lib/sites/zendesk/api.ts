/**
 * Reads a ticket through Zendesk's Show Ticket API, same-origin with the agent's session cookie: Zendesk needs
 * no other credential for GET (a CSRF token only for writes; reference §5.2).
 *
 *   const outcome = await fetchZendeskTicket('48213', api, signal);
 *   if (outcome.ok) evaluate(outcome.record); else fall back to the DOM and show outcome.reason;
 */
import type { ApiAccess, ApiOutcome } from '../types';
import { zendeskTicketApiPath } from './urls';

export async function fetchZendeskTicket(ticketId: string, api: ApiAccess, signal: AbortSignal): Promise<ApiOutcome> {
  let response: Response;
  try {
    response = await api.pageFetch(zendeskTicketApiPath(ticketId), {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    return { ok: false, reason: signal.aborted ? 'cancelled' : `Zendesk API unreachable: ${messageOf(error)}` };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, reason: `Zendesk API answered ${response.status} without JSON` };
  }
  if (!response.ok) return { ok: false, reason: `Zendesk API answered ${response.status}${errorText(body)}` };
  try {
    const [record] = await api.parse(body, { app: 'zendesk', object: 'ticket', origin: originOf(response.url) });
    if (!record || record.id !== ticketId) return { ok: false, reason: `Zendesk API returned another ticket than #${ticketId}` };
    return { ok: true, record };
  } catch (error) {
    return { ok: false, reason: `unexpected Zendesk API answer: ${messageOf(error)}` };
  }
}

/** Zendesk errors are `{"error": "..."}` or `{"error": "RecordNotFound", "description": "Not found"}`. */
function errorText(body: unknown): string {
  if (body === null || typeof body !== 'object') return '';
  const { error, description } = body as { error?: unknown; description?: unknown };
  const parts = [error, description].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? `: ${parts.join(' — ')}` : '';
}

function originOf(url: string): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
