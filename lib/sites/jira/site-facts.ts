/**
 * What the adapter learns about the user's Jira site from API payloads and keeps for reading the DOM: which
 * status category each status name belongs to (the page shows names, rules key on categories) and which custom
 * field holds the JSM request type (its id differs per site).
 *
 * A content script serves one site, so one module-level store per script is one per site.
 */
export type StatusCategory = 'new' | 'indeterminate' | 'done' | 'undefined';

const CATEGORY_BY_ID: Readonly<Record<string, StatusCategory>> = { '1': 'undefined', '2': 'new', '3': 'done', '4': 'indeterminate' };
const CATEGORY_KEYS: ReadonlySet<string> = new Set(Object.values(CATEGORY_BY_ID));

/**
 * Status names of Jira's and JSM's default workflows, for when the API has not told us the site's own: a
 * renamed or custom status is unknown rather than guessed.
 */
const DEFAULT_WORKFLOW_STATUSES: Readonly<Record<string, StatusCategory>> = {
  'to do': 'new',
  open: 'new',
  backlog: 'new',
  'selected for development': 'new',
  'waiting for support': 'new',
  'waiting for triage': 'new',
  'in progress': 'indeterminate',
  'in review': 'indeterminate',
  'waiting for customer': 'indeterminate',
  'waiting for approval': 'indeterminate',
  pending: 'indeterminate',
  'work in progress': 'indeterminate',
  escalated: 'indeterminate',
  'under investigation': 'indeterminate',
  implementing: 'indeterminate',
  done: 'done',
  resolved: 'done',
  closed: 'done',
  canceled: 'done',
  cancelled: 'done',
  declined: 'done',
  completed: 'done',
};

/** The request type field id most JSM sites get when the project is created. */
export const DEFAULT_REQUEST_TYPE_FIELD = 'customfield_10010';

const learnedStatuses = new Map<string, StatusCategory>();
let learnedRequestTypeField: string | null = null;

export function categoryFromId(id: string | number): StatusCategory | null {
  return CATEGORY_BY_ID[String(id)] ?? null;
}

/** The category of a status shown by name: learned from this site's API first, then Jira's defaults. */
export function categoryOfStatus(name: string): StatusCategory | null {
  const normalized = normalizeName(name);
  return learnedStatuses.get(normalized) ?? DEFAULT_WORKFLOW_STATUSES[normalized] ?? null;
}

export function requestTypeFieldId(): string {
  return learnedRequestTypeField ?? DEFAULT_REQUEST_TYPE_FIELD;
}

/** Remembers the statuses and request type field an issue payload reveals; ignores what it cannot read. */
export function learnFromIssuePayload(json: unknown): void {
  if (!isObject(json) || !isObject(json.fields)) return;
  const transitions = Array.isArray(json.transitions) ? json.transitions : [];
  for (const status of [json.fields.status, ...transitions.map((transition: unknown) => (isObject(transition) ? transition.to : undefined))]) {
    if (!isObject(status) || typeof status.name !== 'string' || !isObject(status.statusCategory)) continue;
    const key = status.statusCategory.key;
    if (typeof key === 'string' && CATEGORY_KEYS.has(key)) learnedStatuses.set(normalizeName(status.name), key as StatusCategory);
  }
  const names = isObject(json.names) ? Object.entries(json.names) : [];
  const requestTypeField = names.find(([, label]) => typeof label === 'string' && label.trim().toLowerCase() === 'request type')?.[0];
  if (requestTypeField !== undefined) learnedRequestTypeField = requestTypeField;
}

/** For tests: forget everything learned. */
export function forgetSiteFacts(): void {
  learnedStatuses.clear();
  learnedRequestTypeField = null;
}

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Plain checks rather than zod: this module runs in the content script, which stays free of zod. */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
