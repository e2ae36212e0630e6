/**
 * How the board page reaches an app's API with the user's session. The board is an extension page, so:
 * - Salesforce's API lives on the My Domain host, which the extension has host access to: the page calls it
 *   itself with the org's API session as a bearer token, found exactly as the background does
 *   (lib/sites/salesforce/session.ts), and keeps the response headers it needs.
 * - The other apps' APIs want the page's own origin, cookies and CSRF tokens (ServiceNow `X-UserToken`, HubSpot's
 *   CSRF header), and the extension has no host access to them: the request goes to the content script of the
 *   tab the board was opened from (`board-fetch`, answered by lib/runtime/board-responder.ts), which makes it
 *   same-origin, for allowed API paths only.
 */
import type { BoardFetchAnswer, BoardFetchEnvelope } from '../messaging';
import type { App } from '../records/model';
import { salesforceAuthorization, type SessionCookies } from '../sites/salesforce/session';
import { BoardFailure, messageOf, networkError } from './errors';

export interface PageRequest {
  readonly method: 'GET' | 'POST';
  /** Absolute URL on the app's API. */
  readonly url: string;
  /** JSON text, for the one POST search (HubSpot). */
  readonly body?: string;
}

export interface TransportResponse {
  readonly status: number;
  readonly body: string;
  /** Lower-case names; only the headers paging and errors need (`x-total-count`, `link`, `retry-after`). */
  readonly headers: Readonly<Record<string, string>>;
}

/** Resolves with any HTTP answer; rejects (with a `BoardFailure`) only when no answer came. */
export type BoardTransport = (request: PageRequest, signal: AbortSignal) => Promise<TransportResponse>;

/** The response headers a board run reads. */
export const BOARD_RESPONSE_HEADERS = ['x-total-count', 'link', 'retry-after'] as const;

export type SendToTab = (tabId: number, message: BoardFetchEnvelope, options: { frameId: number }) => Promise<unknown>;

/** Requests through the content script of the app tab (top frame), which fetches same-origin with the session. */
export function tabTransport(app: App, tabId: number, sendToTab: SendToTab): BoardTransport {
  return async (request, signal) => {
    const url = new URL(request.url);
    const envelope: BoardFetchEnvelope = {
      tag: 'fieldguard/board-fetch',
      app,
      method: request.method,
      path: `${url.pathname}${url.search}`,
      ...(request.body === undefined ? {} : { body: request.body }),
    };
    let answer: unknown;
    try {
      answer = await abortable(sendToTab(tabId, envelope, { frameId: 0 }), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new BoardFailure({
        kind: 'network',
        message: `The app tab did not answer (${messageOf(error)}).`,
        advice: 'Keep the tab the board was opened from open and signed in; reload it, then open the board again from it.',
      });
    }
    if (!isAnswer(answer)) {
      throw new BoardFailure({
        kind: 'network',
        message: 'The app tab did not answer: FieldGuard is not running in it (was it reloaded, closed or navigated away?).',
        advice: 'Reload the app tab, then open the board again from its list or board page.',
      });
    }
    if (!answer.ok) throw new BoardFailure(networkError(app, answer.error));
    return answer.value;
  };
}

export interface SalesforceTransportOptions {
  readonly cookies: SessionCookies;
  /** The Lightning page the board was opened from (or the org's Lightning origin): it names the org. */
  readonly tabUrl: string;
  readonly storeId?: string;
  readonly fetchImpl?: typeof fetch;
}

/** Calls the Salesforce REST API from the extension page with the org's API session (no ambient cookies). */
export function salesforceTransport(options: SalesforceTransportOptions): BoardTransport {
  const fetchImpl = options.fetchImpl ?? fetch;
  return async (request, signal) => {
    const auth = await salesforceAuthorization(options.cookies, {
      tabUrl: options.tabUrl,
      requestUrl: request.url,
      ...(options.storeId === undefined ? {} : { storeId: options.storeId }),
    });
    if (!auth.ok) {
      throw new BoardFailure({
        kind: 'not-signed-in',
        message: `No Salesforce API session for this org: ${auth.reason}.`,
        advice: 'Sign in to Salesforce in this browser (open any Lightning page of the org), then load the board again.',
      });
    }
    let response: Response;
    try {
      response = await fetchImpl(request.url, {
        method: request.method,
        headers: { Accept: 'application/json', ...auth.headers, ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        credentials: 'omit',
        signal,
        ...(request.body === undefined ? {} : { body: request.body }),
      });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new BoardFailure(networkError('salesforce', error));
    }
    return { status: response.status, body: await response.text(), headers: pickHeaders(response.headers) };
  };
}

export function pickHeaders(headers: Headers): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of BOARD_RESPONSE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) picked[name] = value;
  }
  return picked;
}

function isAnswer(value: unknown): value is BoardFetchAnswer {
  if (value === null || typeof value !== 'object') return false;
  const answer = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (answer.ok === false) return typeof answer.error === 'string';
  if (answer.ok !== true || answer.value === null || typeof answer.value !== 'object') return false;
  const response = answer.value as { status?: unknown; body?: unknown; headers?: unknown };
  return typeof response.status === 'number' && typeof response.body === 'string' && response.headers !== null && typeof response.headers === 'object';
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
