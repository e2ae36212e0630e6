/**
 * The content-script side of the board's `board-fetch` (lib/board/transport.ts): the board page (an extension
 * page) asks the app tab it was opened from to call the app's list or search API, because only the page's own
 * origin carries the session (cookies, ServiceNow's `X-UserToken`, HubSpot's CSRF header).
 *
 * Checked by hand (no zod in content scripts): the sender is this extension's own page, the path is on this page's
 * origin, and it is one of the few list/search resources of this tab's app, with GET, or POST for HubSpot's CRM
 * search only. Anything else is refused, so the responder cannot be turned into a general fetch with the session.
 */
import { browser } from 'wxt/browser';
import type { BoardFetchAnswer, BoardFetchEnvelope, BoardFetchResponse } from '../messaging';
import type { App } from '../records/model';
import { csrfToken } from '../sites/hubspot/api';
import { SESSION_TOKEN_INPUT } from '../sites/servicenow/selectors';
import type { ApiAccess } from '../sites/types';
import { logError } from './log';

interface AllowedCall {
  readonly method: 'GET' | 'POST';
  readonly path: RegExp;
}

/** The list and search resources each app's board source calls (lib/board/sources/). */
export const BOARD_API_PATHS: Readonly<Record<App, readonly AllowedCall[]>> = {
  salesforce: [],
  servicenow: [{ method: 'GET', path: /^\/api\/now\/table\/[a-z][a-z0-9_]*$/ }],
  jira: [
    { method: 'GET', path: /^\/rest\/api\/3\/search\/jql$/ },
    { method: 'GET', path: /^\/rest\/servicedeskapi\/servicedesk$/ },
    { method: 'GET', path: /^\/rest\/servicedeskapi\/servicedesk\/\d+\/queue\/\d+$/ },
  ],
  zendesk: [
    { method: 'GET', path: /^\/api\/v2\/views\/\d+\/tickets(?:\.json)?$/ },
    { method: 'GET', path: /^\/api\/v2\/search(?:\.json)?$/ },
  ],
  hubspot: [
    { method: 'POST', path: /^\/api\/crm\/v3\/objects\/deals\/search$/ },
    { method: 'GET', path: /^\/api\/crm\/v3\/owners\/?$/ },
  ],
};

const MAX_REQUEST_BODY = 20_000;
const MAX_RESPONSE_BODY = 30_000_000;
const KEPT_HEADERS = ['x-total-count', 'link', 'retry-after'] as const;

export type BoardFetchCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

/** Whether a message is a board fetch this tab may make, and the URL it would fetch. */
export function checkBoardFetch(message: unknown, app: App, origin: string): BoardFetchCheck | null {
  if (message === null || typeof message !== 'object') return null;
  const envelope = message as Partial<Record<keyof BoardFetchEnvelope, unknown>>;
  if (envelope.tag !== 'fieldguard/board-fetch') return null;
  if (envelope.app !== app) return { ok: false, reason: `this tab is not a ${String(envelope.app)} page` };
  if (envelope.method !== 'GET' && envelope.method !== 'POST') return { ok: false, reason: 'only GET and POST' };
  if (typeof envelope.path !== 'string' || !envelope.path.startsWith('/') || envelope.path.startsWith('//') || envelope.path.length > 8000) {
    return { ok: false, reason: 'not a path on this page' };
  }
  if (envelope.body !== undefined && (typeof envelope.body !== 'string' || envelope.body.length > MAX_REQUEST_BODY)) {
    return { ok: false, reason: 'invalid request body' };
  }
  if ((envelope.method === 'POST') !== (envelope.body !== undefined)) return { ok: false, reason: 'a POST needs a body and a GET has none' };
  let url: URL;
  try {
    url = new URL(envelope.path, origin);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.origin !== origin) return { ok: false, reason: 'not this page\'s origin' };
  const allowed = BOARD_API_PATHS[app].some((call) => call.method === envelope.method && call.path.test(url.pathname));
  return allowed ? { ok: true, url } : { ok: false, reason: `${String(envelope.method)} ${url.pathname} is not a list API FieldGuard's board uses` };
}

/** Answers the board page's fetches for this tab until `signal` aborts. */
export function registerBoardResponder(app: App, api: ApiAccess, doc: Document, signal: AbortSignal): void {
  if (signal.aborted || BOARD_API_PATHS[app].length === 0) return;
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }): Promise<BoardFetchAnswer> | undefined => {
    const check = checkBoardFetch(message, app, doc.location.origin);
    if (check === null) return undefined;
    // Only this extension's own pages (no tab) may ask; content scripts of other tabs go through the background.
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return Promise.resolve({ ok: false, error: 'unknown sender' });
    if (!check.ok) return Promise.resolve({ ok: false, error: check.reason });
    const envelope = message as BoardFetchEnvelope;
    return boardFetch(app, api, doc, envelope, check.url).then(
      (value): BoardFetchAnswer => ({ ok: true, value }),
      (error: unknown): BoardFetchAnswer => {
        logError('a board fetch failed', error);
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      },
    );
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}

async function boardFetch(app: App, api: ApiAccess, doc: Document, envelope: BoardFetchEnvelope, url: URL): Promise<BoardFetchResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(await sessionHeaders(app, api, doc)) };
  if (envelope.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await api.pageFetch(`${url.pathname}${url.search}`, {
    method: envelope.method,
    credentials: 'same-origin',
    headers,
    ...(envelope.body === undefined ? {} : { body: envelope.body }),
  });
  const body = await response.text();
  if (body.length > MAX_RESPONSE_BODY) throw new Error(`the answer is too large (${body.length} characters)`);
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return { status: response.status, body, headers: kept };
}

/** The app's CSRF token header, where its API wants one with the session cookie. */
async function sessionHeaders(app: App, api: ApiAccess, doc: Document): Promise<Record<string, string>> {
  if (app === 'servicenow') {
    let token: string | null = null;
    try {
      token = await api.pageValue('g_ck');
    } catch {
      // The bridge may be blocked; the form's hidden input carries the same token.
    }
    token ??= doc.querySelector<HTMLInputElement>(SESSION_TOKEN_INPUT)?.value || null;
    return token ? { 'X-UserToken': token } : {};
  }
  if (app === 'hubspot') {
    const csrf = csrfToken(doc.cookie);
    return csrf ? { 'X-HubSpot-CSRF-hubspotapi': csrf } : {};
  }
  return {};
}
