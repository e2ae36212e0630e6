/**
 * The contract every site adapter fulfils. Adapters know the app (URLs, API, DOM) and nothing about rules; the
 * content-script runtime (`lib/runtime/`) drives them and hands what they read to the engine.
 */
import type { App, NormalizedRecord } from '../records/model';

/** A record page, recognised from the URL alone. */
export interface RecordPage {
  readonly kind: 'record';
  readonly app: App;
  /** The object as FieldGuard names it (`Opportunity`, `incident`, `deal`, ...), or null when the URL does not say. */
  readonly object: string | null;
  /** The id as the app's API takes it (Salesforce 15/18-char id, ServiceNow sys_id, Jira key, Zendesk and HubSpot ids). */
  readonly recordId: string;
  /** Extra URL facts an adapter needs later (HubSpot portal id, ServiceNow table, ...). */
  readonly context?: Readonly<Record<string, string>>;
}

/** A list, view, queue or board page: the forecast board can start from it. */
export interface ListPage {
  readonly kind: 'list';
  readonly app: App;
  readonly object: string | null;
  readonly listId: string | null;
  readonly context?: Readonly<Record<string, string>>;
}

export type PageInfo = RecordPage | ListPage;

/** What the adapter read from the active view of the page. */
export interface DomReading {
  /** The object the page shows, when the DOM tells (and the URL did not). */
  readonly object: string | null;
  /** Values of the fields shown in the active view, by API name, including unsaved edits. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Fields currently being edited (their value in `values` is the unsaved one). */
  readonly editing: ReadonlySet<string>;
  /** Element next to which the hint for a field goes, by API name; absent fields are "not shown", never "empty". */
  readonly anchors: ReadonlyMap<string, Element>;
  /** Where the summary chip goes (record header), if found. */
  readonly header: Element | null;
  /** A stage the user has picked but not saved (Path click, stage picklist in edit, status dropdown), if any. */
  readonly pendingStage: string | null;
  /** Where the stage-gate panel goes (next to the stage control), if found. */
  readonly stageAnchor: Element | null;
  /** Labels shown next to the fields, by API name. */
  readonly labels: Readonly<Record<string, string>>;
}

/** Which of its named selectors an adapter found on the current page: an app release that breaks one shows here. */
export interface SelectorHealth {
  readonly name: string;
  readonly found: number;
  /** Whether the page cannot work without it (for example the field containers of a record view). */
  readonly required: boolean;
}

export type ApiOutcome =
  | { readonly ok: true; readonly record: NormalizedRecord }
  | { readonly ok: false; readonly reason: string };

/** What `ApiAccess.parse` needs besides the JSON: the app, and the facts a payload may not say about itself. */
export interface PayloadFacts {
  readonly app: App;
  /** The object or table, for payloads that do not name it (a ServiceNow result without `sys_class_name`). */
  readonly object?: string;
  /** The app's web origin (`https://acme.service-now.com`), so record URLs can be absolute. */
  readonly origin?: string;
  /** The `sysparm_display_value` a ServiceNow payload was fetched with. */
  readonly sysparmDisplayValue?: 'false' | 'true' | 'all';
}

/** How an adapter reaches the app's API: same-origin from the page, or through the background (Salesforce). */
export interface ApiAccess {
  /** A same-origin fetch carrying the user's session, as the page itself would make it. */
  readonly pageFetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** Asks the background to call the app's API (needed where the API lives on another host, as Salesforce's). */
  readonly backgroundFetch: (url: string, init?: { headers?: Record<string, string> }) => Promise<{ status: number; body: string }>;
  /** A value only the page's own JavaScript holds (ServiceNow `g_ck`), read through the main-world bridge. */
  readonly pageValue: (name: string) => Promise<string | null>;
  /**
   * Validates and normalizes a payload the adapter fetched (`parsePayload` of lib/records/parse.ts, run in the
   * background so the parsers' zod schemas stay out of the content script). Rejects with the reason, such as the
   * `UnknownPayloadError` message, when the payload fits no known shape of `facts.app`.
   */
  readonly parse: (json: unknown, facts: PayloadFacts) => Promise<NormalizedRecord[]>;
}

export interface SiteAdapter {
  readonly app: App;
  /** Pure: what the URL shows, or null for pages FieldGuard leaves alone. */
  detect(url: URL): PageInfo | null;
  /** The root element of the active record view, once rendered; null while loading or when the page is unknown. */
  activeRoot(doc: Document, page: RecordPage): Element | null;
  /** Reads the active view; null when the view is not a record this adapter understands. */
  read(root: Element, page: RecordPage): DomReading | null;
  /** Reads the record through the app's API with the user's session; never throws. */
  fetchRecord(page: RecordPage, api: ApiAccess, signal: AbortSignal): Promise<ApiOutcome>;
  /** Selector report for the diagnostics. */
  selectorHealth(doc: Document): readonly SelectorHealth[];
}
