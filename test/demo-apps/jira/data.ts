/**
 * The demo Jira site's data: the JSM requests of lib/examples/jira-requests.json (REST v3 shapes, request type in
 * customfield_10010), the project's workflow with its transitions and transition screens, and the edits the
 * demo UI makes. Each demo server gets its own copy, so tests that transition or edit do not leak into others.
 */
import examples from '../../../lib/examples/jira-requests.json';
import type { DemoState } from '../server';

export const EXAMPLE_ORIGIN = 'https://acme-it.atlassian.net';
export const PROJECT = { key: 'ITSD', name: 'IT Service Desk', queueId: '1', queueName: 'All requests' } as const;
export const REQUEST_TYPE_FIELD = 'customfield_10010';

type Json = Record<string, unknown>;

export interface DemoIssue {
  readonly id: string;
  readonly key: string;
  readonly self: string;
  readonly expand: string;
  readonly fields: Json & {
    summary: string;
    status: DemoStatus;
    priority: { name: string; id: string } | null;
    assignee: DemoUser | null;
    reporter: DemoUser | null;
    resolution: { name: string; id: string } | null;
    resolutiondate: string | null;
    updated: string;
  };
}

export interface DemoUser {
  readonly accountId: string;
  readonly displayName: string;
}

export interface DemoStatus {
  readonly id: string;
  readonly name: string;
  readonly statusCategory: { readonly id: number; readonly key: string; readonly colorName: string; readonly name: string };
}

const CATEGORIES = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
} as const;

/** The statuses of the project's workflow, with the ids the examples use. */
export const STATUSES: readonly DemoStatus[] = [
  { id: '10003', name: 'Waiting for support', statusCategory: CATEGORIES.new },
  { id: '3', name: 'In Progress', statusCategory: CATEGORIES.indeterminate },
  { id: '10004', name: 'Waiting for customer', statusCategory: CATEGORIES.indeterminate },
  { id: '10005', name: 'Resolved', statusCategory: CATEGORIES.done },
  { id: '6', name: 'Closed', statusCategory: CATEGORIES.done },
];

export interface DemoTransition {
  readonly id: string;
  readonly name: string;
  readonly to: string;
  /** Fields the transition screen asks for; Jira applies a transition without a screen at once. */
  readonly screen: readonly { readonly field: 'resolution'; readonly required: boolean }[];
}

/** Global transitions, as JSM's default "IT support" workflow offers them from every status. */
export const TRANSITIONS: readonly DemoTransition[] = [
  { id: '11', name: 'Back to waiting for support', to: '10003', screen: [] },
  { id: '21', name: 'Start work', to: '3', screen: [] },
  { id: '31', name: 'Respond to customer', to: '10004', screen: [] },
  { id: '41', name: 'Resolve', to: '10005', screen: [{ field: 'resolution', required: true }] },
  { id: '51', name: 'Close', to: '6', screen: [{ field: 'resolution', required: true }] },
];

export const PRIORITIES = [
  { id: '1', name: 'Highest' },
  { id: '2', name: 'High' },
  { id: '3', name: 'Medium' },
  { id: '4', name: 'Low' },
  { id: '5', name: 'Lowest' },
] as const;

export const RESOLUTIONS = [
  { id: '10000', name: 'Done' },
  { id: '10001', name: "Won't Do" },
  { id: '10002', name: 'Duplicate' },
  { id: '10003', name: 'Cannot Reproduce' },
] as const;

export const AGENTS: readonly DemoUser[] = [
  { accountId: '712020:3f1c2a9e-6b7d-4c1e-9a2f-1d8e5b7c4a10', displayName: 'Maya Lindqvist' },
  { accountId: '712020:8a4e7b21-0c9d-4f3a-b6e2-5c1d9f0a3e27', displayName: 'Jonas Weber' },
  { accountId: '712020:c2d5e8f1-4a7b-4d0c-8e3f-6a9b2c5d8e41', displayName: 'Fatima Zahra' },
];

export const NAMES: Readonly<Record<string, string>> = examples.names;

const stores = new WeakMap<DemoState, Map<string, DemoIssue>>();

/** The site's issues for this server, in queue order. */
export function issuesOf(state: DemoState): Map<string, DemoIssue> {
  let store = stores.get(state);
  if (!store) {
    const copies = structuredClone(examples.issues) as unknown as DemoIssue[];
    store = new Map(copies.map((issue) => [issue.key, issue]));
    stores.set(state, store);
  }
  return store;
}

export function statusById(id: string): DemoStatus | undefined {
  return STATUSES.find((status) => status.id === id);
}

export function transitionsFrom(issue: DemoIssue): DemoTransition[] {
  return TRANSITIONS.filter((transition) => transition.to !== issue.fields.status.id);
}

export function requestTypeName(issue: DemoIssue): string | null {
  const value = issue.fields[REQUEST_TYPE_FIELD] as { requestType?: { name?: string } } | null | undefined;
  return value?.requestType?.name ?? null;
}

const now = () => new Date().toISOString().replace('Z', '+0000');

/** Applies a transition as Jira's workflow would: done statuses keep the screen's resolution, others clear it. */
export function applyTransition(issue: DemoIssue, transitionId: string, fields: Json): string | null {
  const transition = transitionsFrom(issue).find((candidate) => candidate.id === transitionId);
  const target = transition ? statusById(transition.to) : undefined;
  if (!transition || !target) return `Transition ${transitionId} is not valid for ${issue.key}.`;
  const resolution = RESOLUTIONS.find((candidate) => candidate.name === (fields.resolution as { name?: string } | undefined)?.name);
  if (transition.screen.some((item) => item.required) && !resolution) return 'Resolution is required.';
  issue.fields.status = target;
  issue.fields.resolution = target.statusCategory.key === 'done' && resolution ? { ...resolution } : null;
  issue.fields.resolutiondate = issue.fields.resolution ? now() : null;
  issue.fields.updated = now();
  return null;
}

/** Inline edits of the issue view: assignee by account id (empty for unassigned), priority by id. */
export function applyFieldEdit(issue: DemoIssue, field: string, value: string): string | null {
  if (field === 'assignee') {
    const user = AGENTS.find((agent) => agent.accountId === value);
    if (value !== '' && !user) return `User ${value} does not exist.`;
    issue.fields.assignee = user ? { ...user } : null;
  } else if (field === 'priority') {
    const priority = PRIORITIES.find((candidate) => candidate.id === value);
    if (!priority) return `Priority ${value} does not exist.`;
    issue.fields.priority = { ...priority };
  } else {
    return `Field ${field} cannot be edited inline here.`;
  }
  issue.fields.updated = now();
  return null;
}

/** GET /rest/api/3/issue/{key} as Jira answers it, `self` links pointing at the host that was asked. */
export function restIssue(issue: DemoIssue, origin: string, expand: readonly string[]): Json {
  const body: Json = { ...issue };
  if (expand.includes('names')) body.names = NAMES;
  if (expand.includes('transitions')) {
    body.transitions = transitionsFrom(issue).map((transition) => ({
      id: transition.id,
      name: transition.name,
      to: restStatus(statusById(transition.to) as DemoStatus),
      hasScreen: transition.screen.length > 0,
      isGlobal: true,
      isInitial: false,
      isAvailable: true,
      isConditional: false,
      isLooped: false,
    }));
  }
  return JSON.parse(JSON.stringify(body).replaceAll(EXAMPLE_ORIGIN, origin)) as Json;
}

function restStatus(status: DemoStatus): Json {
  return {
    self: `${EXAMPLE_ORIGIN}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${EXAMPLE_ORIGIN}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${EXAMPLE_ORIGIN}/rest/api/3/statuscategory/${status.statusCategory.id}`, ...status.statusCategory },
  };
}
