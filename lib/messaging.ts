/**
 * The messages content scripts send to the background worker, and the background's router.
 *
 *   // background: every request is validated with zod before its handler sees it
 *   browser.runtime.onMessage.addListener(createMessageRouter(handlers));
 *   // content script (lib/runtime/client.ts imports only the types from here, so no schema ships in it)
 *   const { packs } = await sendToBackground('get-packs', { app: 'salesforce', object: 'Opportunity' });
 *
 * Answers are `{ ok: true, value }` or `{ ok: false, error }`, so a failure in the background reaches the caller
 * as a message instead of an unexplained `undefined`.
 */
import { z } from 'zod';
import type { Browser } from 'wxt/browser';
import { appSchema, type App, type NormalizedRecord } from './records/model';
import type { RulePack } from './rules/schema';
import type { SyncState } from './store/types';

/** Marks FieldGuard's messages among whatever else travels on runtime messaging. */
export const MESSAGE_TAG = 'fieldguard/v1';

const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0).max(100_000);
const severity = z.enum(['error', 'warning', 'info']);

export const ACK_DAYS = [1, 7, 30] as const;

const getPacksSchema = z.strictObject({ app: appSchema, object: text(80).min(1) });

const apiFetchSchema = z.strictObject({
  url: z.url({ protocol: /^https$/ }).max(8000),
  headers: z.record(text(100), text(4000)).optional(),
});

/**
 * A payload a content script fetched from its app's API, to be validated and normalized by `parsePayload` here:
 * the parsers' zod schemas stay out of the content scripts. The JSON itself is what `parsePayload` validates.
 */
const parseRecordSchema = z.strictObject({
  app: appSchema,
  json: z.unknown(),
  options: z.strictObject({
    object: text(80).min(1).optional(),
    origin: z.url({ protocol: /^https$/ }).max(200).optional(),
    sysparmDisplayValue: z.enum(['false', 'true', 'all']).optional(),
  }),
});

/** A finding as the popup lists it; `key` (`pack/rule`) is what a `focus-finding` tab message names. */
const reportedFindingSchema = z.strictObject({
  key: text(161),
  pack: text(80),
  rule: text(80),
  title: text(200),
  message: text(600),
  severity,
  fields: z.array(text(200)).max(50),
  /** How the page labels the field the finding is placed at (or its first field when none is on the page). */
  fieldLabel: text(200),
  shown: z.boolean(),
  acknowledged: z.boolean(),
});

/** Where the record stands against the stage gates of the stage after its current one. */
const stageStatusSchema = z.strictObject({
  /** Label of the record's current stage; null when the record has no stage the pack knows. */
  current: text(200).nullable(),
  /** Label of the next stage on the main path; null when the record is at the last one (or a lost one). */
  next: text(200).nullable(),
  /** Requirements of the next stage the record does not meet yet. */
  unmet: z.array(reportedFindingSchema).max(500),
});

const reportSchema = z.strictObject({
  url: text(8000),
  /** The page's title, to name the record in the popup. */
  title: text(300),
  /** Whether the record view is in a subframe (ServiceNow's `gsft_main`) rather than the tab's top document. */
  inFrame: z.boolean(),
  app: appSchema,
  object: text(80).nullable(),
  recordId: text(200),
  score: z.number().int().min(0).max(100),
  /** Unacknowledged error findings: what the toolbar badge shows. */
  errors: count,
  warnings: count,
  info: count,
  acknowledged: count,
  source: z.enum(['api', 'dom']),
  /** Why the API could not be used, when the values were read from the page. */
  sourceReason: text(500).nullable(),
  findings: z.array(reportedFindingSchema).max(1000),
  /** Ids of the packs the record was evaluated with; empty when none is active for its object. */
  packs: z.array(text(80)).max(200),
  /** Null when no active pack for the object defines stages. */
  stage: stageStatusSchema.nullable(),
  health: z
    .array(z.strictObject({ name: text(200), found: count, required: z.boolean() }))
    .max(500),
});

const ackAddSchema = z.strictObject({
  app: appSchema,
  object: text(80).min(1),
  recordId: text(200).min(1),
  pack: text(80).min(1),
  rule: text(80).min(1),
  days: z.union(ACK_DAYS.map((days) => z.literal(days))),
  reason: z.string().trim().min(1).max(300),
});

const ackListSchema = z.strictObject({ app: appSchema.optional(), recordId: text(200).optional() });

export const REQUEST_SCHEMAS = {
  'get-packs': getPacksSchema,
  'api-fetch': apiFetchSchema,
  'parse-record': parseRecordSchema,
  report: reportSchema,
  'report-clear': z.strictObject({}),
  'ack-add': ackAddSchema,
  'ack-list': ackListSchema,
  /** Asked by a content script on a host outside its manifest matches: the app the sender's custom domain was added for. */
  'custom-host-app': z.strictObject({}),
  /** From the options page: sync one configured remote rule-pack URL, or all of them, now. */
  'remote-sync-now': z.strictObject({ url: text(2000).optional() }),
} as const;

export type PageReport = z.infer<typeof reportSchema>;
export type ReportedFinding = z.infer<typeof reportedFindingSchema>;
export type StageStatus = z.infer<typeof stageStatusSchema>;
export type ParseRecordRequest = z.infer<typeof parseRecordSchema>;
export type AckRequest = z.infer<typeof ackAddSchema>;

/** An acknowledgement as stored: who overrode which rule on which record, why, and until when. */
export interface Acknowledgement {
  readonly app: AckRequest['app'];
  readonly object: string;
  readonly recordId: string;
  readonly pack: string;
  readonly rule: string;
  readonly reason: string;
  /** Who acknowledged it: the display name set in the options, or "this browser". */
  readonly by: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface Protocol {
  'get-packs': { request: z.infer<typeof getPacksSchema>; response: { packs: RulePack[] } };
  'api-fetch': { request: z.infer<typeof apiFetchSchema>; response: { status: number; body: string } };
  /** Fails with the `UnknownPayloadError` message when the payload fits no known shape. */
  'parse-record': { request: ParseRecordRequest; response: { records: NormalizedRecord[] } };
  report: { request: PageReport; response: null };
  'report-clear': { request: Record<string, never>; response: null };
  'ack-add': { request: AckRequest; response: Acknowledgement };
  'ack-list': { request: z.infer<typeof ackListSchema>; response: Acknowledgement[] };
  /** Null when the sender's origin is not a granted custom domain. */
  'custom-host-app': { request: Record<string, never>; response: { app: App | null } };
  /** The state of every configured remote URL after the sync; fails for a URL that is not configured. */
  'remote-sync-now': { request: { url?: string }; response: { states: SyncState[] } };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  readonly tag: typeof MESSAGE_TAG;
  readonly name: N;
  readonly data: RequestOf<N>;
}

export type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  readonly [N in MessageName]: (data: RequestOf<N>, sender: Sender) => Promise<ResponseOf<N>>;
};

/**
 * A runtime.onMessage listener that validates and dispatches FieldGuard's messages. Other messages get
 * `undefined`, which leaves them to other listeners. Only content scripts and extension pages of this extension can
 * send runtime messages at all (there is no `externally_connectable`), so the sender id check is belt and braces.
 */
export function createMessageRouter(handlers: Handlers, extensionId: string) {
  return (message: unknown, sender: Sender): Promise<Answer<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    if (sender.id !== undefined && sender.id !== extensionId) return Promise.resolve(refuse('unknown sender'));
    const name = message.name;
    const parsed = REQUEST_SCHEMAS[name].safeParse(message.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      return Promise.resolve(refuse(`invalid "${name}" message${where}: ${issue?.message ?? 'rejected'}`));
    }
    const handler = handlers[name] as (data: unknown, sender: Sender) => Promise<unknown>;
    return handler(parsed.data, sender).then(
      (value): Answer<unknown> => ({ ok: true, value }),
      (error: unknown): Answer<unknown> => refuse(error instanceof Error ? error.message : String(error)),
    );
  };
}

function isEnvelope(message: unknown): message is Envelope {
  if (message === null || typeof message !== 'object') return false;
  const { tag, name } = message as { tag?: unknown; name?: unknown };
  return tag === MESSAGE_TAG && typeof name === 'string' && Object.hasOwn(REQUEST_SCHEMAS, name);
}

function refuse(error: string): Answer<never> {
  return { ok: false, error };
}

/**
 * Messages extension pages (the popup) send to a tab's content script with `browser.tabs.sendMessage(tabId,
 * envelope, { frameId })`. The content script checks them by hand (`lib/runtime/tab-messages.ts`): no zod there.
 */
export interface TabProtocol {
  /** Scrolls to, focuses and expands the marker of the finding's field, or opens the chip's list when it has none. */
  'focus-finding': { request: { key: string }; response: { focused: 'marker' | 'list' | 'none' } };
}

export type TabMessageName = keyof TabProtocol;

export interface TabEnvelope<N extends TabMessageName = TabMessageName> {
  readonly tag: typeof MESSAGE_TAG;
  readonly name: N;
  readonly data: TabProtocol[N]['request'];
}

/**
 * The board page's API call through the content script of the app tab it was opened from
 * (`browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })`, answered by `lib/runtime/board-responder.ts`): a
 * same-origin request with the page's session to one of the app's list or search API paths. Its own tag, so the
 * other tab messages' handlers leave it alone; checked by hand in the content script (no zod there).
 */
export interface BoardFetchEnvelope {
  readonly tag: 'fieldguard/board-fetch';
  readonly app: App;
  readonly method: 'GET' | 'POST';
  /** Path and query on the tab's own origin. */
  readonly path: string;
  /** JSON text of the one POST search (HubSpot). */
  readonly body?: string;
}

export interface BoardFetchResponse {
  readonly status: number;
  readonly body: string;
  /** Lower-case names: `x-total-count`, `link`, `retry-after` when the app sent them. */
  readonly headers: Readonly<Record<string, string>>;
}

export type BoardFetchAnswer = Answer<BoardFetchResponse>;
