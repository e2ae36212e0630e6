/**
 * The page values FieldGuard may read from the app's own JavaScript (main world), and the few page calls it may
 * make, and how. A whitelist run by explicit code, never a path walked or a function named by a caller's string:
 * the bridge cannot be turned into a general reader or caller.
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

/** The app's own field messages (ServiceNow `g_form.showFieldMsg`), shown next to a field by the page itself. */
export const FIELD_MESSAGE_TYPES = ['error', 'info'] as const;
export type FieldMessageType = (typeof FIELD_MESSAGE_TYPES)[number];

/** Added by the main world to every message it shows, so the page never shows FieldGuard's words as its own. */
const FIELD_MESSAGE_PREFIX = 'FieldGuard: ';

/** Field names as ServiceNow's `g_form` takes them; anything else could address more than a field. */
const FIELD_NAME = /^[a-z0-9_.]{1,100}$/;
export const MAX_MESSAGE_CHARS = 500;

export function isFieldName(field: unknown): field is string {
  return typeof field === 'string' && FIELD_NAME.test(field);
}

/** The commands the main world carries out: a whitelist of `g_form` calls with checked arguments, text only. */
export type PageCommand =
  | { readonly command: 'show-field-message'; readonly field: string; readonly text: string; readonly type: FieldMessageType }
  | { readonly command: 'hide-field-message'; readonly field: string };

export type BridgeRequest = { readonly id: number } & ({ readonly name: PageValueName } | PageCommand);

export interface BridgeResponse {
  readonly id: number;
  readonly value: string | null;
}

/** What a command answers when the page carried it out; null when the page has no `g_form` to do it. */
export const COMMAND_DONE = 'done';

/** Events carry JSON text: strings cross between the isolated and the main world unchanged in every browser. */
export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  const parsed = parseJsonObject(detail);
  if (!parsed || typeof parsed.id !== 'number') return null;
  const { id } = parsed;
  if (isPageValueName(parsed.name)) return { id, name: parsed.name };
  if (!isFieldName(parsed.field)) return null;
  if (parsed.command === 'hide-field-message') return { id, command: 'hide-field-message', field: parsed.field };
  if (parsed.command !== 'show-field-message' || !isMessageText(parsed.text)) return null;
  const type = FIELD_MESSAGE_TYPES.find((candidate) => candidate === parsed.type);
  return type ? { id, command: 'show-field-message', field: parsed.field, text: parsed.text, type } : null;
}

/** Plain text only: `showFieldMsg` may render markup, so nothing that could open a tag reaches it. */
function isMessageText(text: unknown): text is string {
  return typeof text === 'string' && text.length > 0 && text.length <= MAX_MESSAGE_CHARS && !/[<>]/.test(text);
}

export function parseBridgeResponse(detail: unknown): BridgeResponse | null {
  const parsed = parseJsonObject(detail);
  if (!parsed || typeof parsed.id !== 'number') return null;
  return { id: parsed.id, value: typeof parsed.value === 'string' ? parsed.value : null };
}

/**
 * The main world's side: answers the content script's requests on `channel` with values read from `page` (the
 * page's `window`) and carries out its commands. Called by `entrypoints/main-world.ts`.
 */
export function answerPageValueRequests(doc: Document, page: object, channel: string): void {
  doc.addEventListener(`${BRIDGE_EVENT_PREFIX}:${channel}:request`, (event) => {
    const request = parseBridgeRequest((event as CustomEvent<unknown>).detail);
    if (!request) return;
    let value: string | null = null;
    try {
      value = 'name' in request ? readPageValue(page, request.name) : runPageCommand(doc, page, request);
    } catch {
      // The page's own g_form threw: the answer says it was not done, and nothing escapes into the page.
    }
    const response: BridgeResponse = { id: request.id, value };
    doc.dispatchEvent(new CustomEvent(`${BRIDGE_EVENT_PREFIX}:${channel}:response`, { detail: JSON.stringify(response) }));
  });
}

interface GlideFormLike {
  showFieldMsg?: unknown;
  hideFieldMsg?: unknown;
  getTableName?: unknown;
}

/**
 * `g_form.showFieldMsg(field, text, type, false)` (no scrolling) with FieldGuard's prefix. Hiding removes only
 * FieldGuard's own messages where the classic form shows them (`#element.{table}.{field} .fieldmsg-container`):
 * `hideFieldMsg(field, true)` clears the app's own messages on that field too, so it is only the fallback for a
 * form whose markup is not the known one.
 */
function runPageCommand(doc: Document, page: object, command: PageCommand): string | null {
  const form = (page as { g_form?: GlideFormLike | null }).g_form;
  if (!form) return null;
  if (command.command === 'show-field-message') {
    if (typeof form.showFieldMsg !== 'function') return null;
    form.showFieldMsg(command.field, `${FIELD_MESSAGE_PREFIX}${command.text}`, command.type, false);
    return COMMAND_DONE;
  }
  const table: unknown = typeof form.getTableName === 'function' ? form.getTableName() : null;
  const container = typeof table === 'string' ? doc.getElementById(`element.${table}.${command.field}`) : null;
  if (container) {
    for (const box of container.querySelectorAll('.fieldmsg-container')) {
      if (box.textContent?.includes(FIELD_MESSAGE_PREFIX)) box.remove();
    }
    return COMMAND_DONE;
  }
  if (typeof form.hideFieldMsg !== 'function') return null;
  form.hideFieldMsg(command.field, true);
  return COMMAND_DONE;
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
