/**
 * Why an app's API refused the board, in words a manager can act on. Every failure of a board run ends up as one
 * `BoardError` (lib/board/types.ts): HTTP statuses, the apps' own error codes (Salesforce `API_DISABLED_FOR_ORG`,
 * `REQUEST_LIMIT_EXCEEDED`), rate limits with their `Retry-After`, the network, and answers that are not what the
 * API documents.
 */
import type { App } from '../records/model';
import type { BoardError } from './types';

const APP_NAMES: Readonly<Record<App, string>> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  servicenow: 'ServiceNow',
  jira: 'Jira',
  zendesk: 'Zendesk',
};

/** Thrown inside a run; the run turns it into its `failed` progress. */
export class BoardFailure extends Error {
  override name = 'BoardFailure';
  constructor(readonly error: BoardError) {
    super(error.message);
  }
}

export interface FailedResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export function appName(app: App): string {
  return APP_NAMES[app];
}

/** The error of an answer that is not a 2xx. */
export function errorFromResponse(app: App, response: FailedResponse): BoardError {
  const name = appName(app);
  const code = salesforceErrorCode(app, response.body);
  const detail = errorDetail(response.body);
  const said = detail ? ` ("${detail}")` : '';
  if (code === 'API_DISABLED_FOR_ORG' || code === 'API_CURRENTLY_DISABLED') {
    return {
      kind: 'api-disabled',
      message: `Salesforce refused API access for this org or user${said}.`,
      advice: 'Ask your Salesforce admin for the "API Enabled" permission (profile or permission set); Professional Edition orgs need the API add-on.',
    };
  }
  if (code === 'REQUEST_LIMIT_EXCEEDED') {
    return {
      kind: 'rate-limit',
      message: `Salesforce says the org has used up its daily API requests${said}.`,
      advice: 'Try again after the 24-hour window rolls over, or ask your admin to check Setup > Company Information > API Requests.',
    };
  }
  if (response.status === 429) {
    const seconds = retryAfterSeconds(response.headers);
    return {
      kind: 'rate-limit',
      message: `${name} is limiting requests (HTTP 429)${seconds === null ? '' : `; it asks to wait ${seconds} s`}.`,
      advice: seconds === null ? 'Wait a minute, then load the board again.' : `Wait ${seconds} seconds, then load the board again.`,
    };
  }
  if (response.status === 401 || code === 'INVALID_SESSION_ID') {
    return {
      kind: 'not-signed-in',
      message: `${name} did not accept your session (HTTP ${response.status})${said}.`,
      advice: `Sign in to ${name} in this browser, reload the ${name} tab, then open the board again from it.`,
    };
  }
  if (response.status === 403 || response.status === 404) {
    return {
      kind: 'permission',
      message: `${name} refused to list these records (HTTP ${response.status})${said}.`,
      advice: `Check that your ${name} user can see this list or view and may use the API; a narrower query may work.`,
    };
  }
  return invalidResponse(`${name} answered HTTP ${response.status}${said}.`);
}

export function networkError(app: App, cause: unknown): BoardError {
  return {
    kind: 'network',
    message: `${appName(app)} could not be reached (${messageOf(cause)}).`,
    advice: 'Check your connection and that the app tab is still open, then load the board again.',
  };
}

export function invalidResponse(message: string): BoardError {
  return {
    kind: 'invalid-response',
    message,
    advice: 'The app answered in a way FieldGuard does not understand; try again, and report it if it keeps happening.',
  };
}

/** `Retry-After` in seconds (delta form), or null when absent or given as a date. */
export function retryAfterSeconds(headers: Readonly<Record<string, string>>): number | null {
  const value = headers['retry-after'];
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Salesforce errors are `[{errorCode, message}]`; the first says what went wrong. */
function salesforceErrorCode(app: App, body: string): string | null {
  if (app !== 'salesforce') return null;
  const first = firstError(parseJson(body));
  return typeof first?.errorCode === 'string' ? first.errorCode : null;
}

/**
 * The human part of an error body: Salesforce `[{message}]`, ServiceNow `{error: {message}}`, Jira `{errorMessages}`,
 * Zendesk `{error, description}`, HubSpot `{message}`.
 */
function errorDetail(body: string): string {
  const json = parseJson(body);
  const first = firstError(json);
  if (first === null) return '';
  const candidates = [
    first.message,
    isObject(first.error) ? first.error.message : first.error,
    first.description,
    Array.isArray(first.errorMessages) ? first.errorMessages[0] : undefined,
  ];
  const text = candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');
  return text === undefined ? '' : text.trim().slice(0, 200);
}

function firstError(json: unknown): Record<string, unknown> | null {
  const first: unknown = Array.isArray(json) ? json[0] : json;
  return isObject(first) ? first : null;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
