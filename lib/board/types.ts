/**
 * The forecast-hygiene board's data, shared by the loader (`lib/board/`) and the page (`components/board/`,
 * `entrypoints/board/`). The page receives these shapes; it never fetches or evaluates itself.
 */
import type { App } from '../records/model';
import type { Severity } from '../rules/schema';

/** What the board loads: where it came from (a list page, or choices made on the board) and what it asks the API. */
export interface BoardQuery {
  readonly app: App;
  /** `Opportunity`, `deal`, `incident`, `request`, `ticket`, ... */
  readonly object: string;
  /** The app's web origin (`https://acme.lightning.force.com`, `https://acme.service-now.com`, ...). */
  readonly origin: string;
  /** How the records are selected, per app: a list view, built SOQL, a `sysparm_query`, JQL, a view or a search. */
  readonly source: BoardSource;
  /** A short human description ("Open opportunities closing this quarter, my team"). */
  readonly label: string;
}

export type BoardSource =
  | { readonly kind: 'salesforce-list-view'; readonly listViewId: string }
  | {
      readonly kind: 'salesforce-soql';
      readonly closing: 'this-quarter' | 'next-quarter' | 'this-and-next-quarter';
      readonly owner: 'mine' | 'my-team' | 'everyone';
      readonly recordTypeId: string | null;
    }
  | { readonly kind: 'hubspot-view'; readonly portalId: string; readonly pipelineId: string | null; readonly viewId: string | null }
  | { readonly kind: 'servicenow-query'; readonly table: string; readonly sysparmQuery: string }
  | { readonly kind: 'jira-jql'; readonly jql: string }
  /** A JSM queue: its JQL is read from the Service Desk API when the board loads. */
  | { readonly kind: 'jira-queue'; readonly project: string; readonly queueId: string }
  | { readonly kind: 'zendesk-view'; readonly viewId: string }
  | { readonly kind: 'zendesk-search'; readonly query: string };

export interface BoardFinding {
  readonly pack: string;
  readonly rule: string;
  readonly title: string;
  readonly message: string;
  readonly severity: Severity;
  readonly fields: readonly string[];
}

/** One evaluated record. */
export interface BoardRow {
  readonly app: App;
  readonly object: string;
  readonly id: string;
  readonly title: string;
  /** Opens the record in the app. */
  readonly url: string;
  readonly ownerId: string | null;
  readonly ownerName: string;
  /** Deal amount (CRM) in the record's currency; null for tickets or when empty. */
  readonly amount: number | null;
  /** `Commit`, `Best Case`, `Pipeline`, ... (Salesforce ForecastCategoryName, HubSpot forecast category); null when absent. */
  readonly forecastCategory: string | null;
  readonly stage: string | null;
  readonly closeDate: string | null;
  readonly score: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly findings: readonly BoardFinding[];
}

export interface OwnerSummary {
  readonly ownerId: string | null;
  readonly ownerName: string;
  readonly records: number;
  readonly amount: number;
  /** Sum of amounts in the Commit forecast category. */
  readonly commitAmount: number;
  /** Mean score of the owner's records, rounded. */
  readonly score: number;
  /** Sum of amounts of Commit or Best Case records that have at least one error. */
  readonly amountAtRisk: number;
  readonly errors: number;
  readonly warnings: number;
  /** The owner's most frequent failed rules, most frequent first (at most 3). */
  readonly topProblems: readonly RuleCount[];
}

export interface RuleCount {
  readonly pack: string;
  readonly rule: string;
  readonly title: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface BoardSummary {
  readonly records: number;
  readonly amount: number;
  readonly commitAmount: number;
  readonly amountAtRisk: number;
  readonly score: number;
  readonly owners: readonly OwnerSummary[];
  /** Record counts per score band: 0-9, 10-19, ... 90-99, 100 (11 bands). */
  readonly scoreBands: readonly number[];
  /** Most-failed rules across all records, most frequent first (at most 10). */
  readonly topRules: readonly RuleCount[];
}

/** One point of the hygiene trend, from the stored history: the mean score of the week's last evaluations. */
export interface TrendPoint {
  /** Monday of the week, `YYYY-MM-DD`. */
  readonly week: string;
  readonly score: number;
  readonly records: number;
}

/** Why the API refused, and what the user can do about it. */
export interface BoardError {
  readonly kind: 'permission' | 'api-disabled' | 'rate-limit' | 'not-signed-in' | 'network' | 'invalid-response';
  readonly message: string;
  readonly advice: string;
}

export interface BoardProgress {
  readonly loaded: number;
  /** Total the API announced (Salesforce `totalSize`, ServiceNow `X-Total-Count`, ...); null when unknown. */
  readonly total: number | null;
  readonly pages: number;
  readonly state: 'loading' | 'done' | 'cancelled' | 'failed';
  /** Set when `state` is `failed`; the rows loaded until then stay. */
  readonly error: BoardError | null;
}

export interface BoardRunCallbacks {
  /** Rows evaluated so far, in load order; called after each page. */
  readonly onRows: (rows: readonly BoardRow[]) => void;
  readonly onProgress: (progress: BoardProgress) => void;
}

export interface BoardRun {
  cancel(): void;
  /** Settles when loading ends for any reason; never rejects. */
  readonly finished: Promise<BoardProgress>;
}
