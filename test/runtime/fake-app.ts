/**
 * A made-up app for runtime tests: a record view in plain HTML, an adapter over it, a pack, and a background
 * stand-in. Nothing here imitates a real app; the real adapters have their own tests.
 */
import { vi } from 'vitest';
import type { Acknowledgement, AckRequest, PageReport } from '../../lib/messaging';
import type { NormalizedRecord } from '../../lib/records/model';
import type { Backend } from '../../lib/runtime/backend';
import type { RuntimeContext } from '../../lib/runtime/run';
import type { RulePack } from '../../lib/rules/schema';
import { validatePack } from '../../lib/rules/validate';
import type { ApiAccess, ApiOutcome, DomReading, PageInfo, SiteAdapter } from '../../lib/sites/types';
import { must } from './dom-helpers';

export const ORIGIN = 'https://fake.example';
export const recordUrl = (id: string) => `${ORIGIN}/tickets/${id}`;

const packResult = validatePack({
  schemaVersion: 1,
  id: 'test-ticket',
  name: 'Test tickets',
  version: '1.0.0',
  description: 'Rules for the runtime tests.',
  app: 'zendesk',
  object: 'ticket',
  fields: {
    subject: { type: 'string' },
    priority: { type: 'picklist' },
    type: { type: 'picklist', label: 'Ticket type' },
    status: { type: 'picklist' },
    assignee_id: { type: 'user' },
  },
  stages: { field: 'status', values: [{ value: 'new' }, { value: 'open' }, { value: 'solved', label: 'Solved' }] },
  rules: [
    { id: 'subject', title: 'Subject missing', message: 'Write a subject people can search for.', severity: 'error', fields: ['subject'], check: { '!': { is_empty: [{ var: 'subject' }] } } },
    { id: 'priority', title: 'Priority missing', message: 'Set a priority.', severity: 'warning', fields: ['priority'], check: { '!': { is_empty: [{ var: 'priority' }] } } },
    { id: 'type', title: 'Type missing', message: 'Set a type.', severity: 'info', fields: ['type'], check: { '!': { is_empty: [{ var: 'type' }] } } },
    { id: 'solve-assignee', title: 'Solving needs an assignee', message: 'Assign the ticket before solving it.', severity: 'error', fields: ['assignee_id'], gate: 'solved', check: { '!': { is_empty: [{ var: 'assignee_id' }] } } },
  ],
});
if (!packResult.ok) throw new Error(JSON.stringify(packResult.issues));
// Pack validation refuses markup in messages; the overlay must not interpret it anyway, so the test pack has some.
export const TEST_PACK: RulePack = {
  ...packResult.pack,
  rules: packResult.pack.rules.map((rule) => (rule.id === 'subject' ? { ...rule, message: 'Write a <b>subject</b> people can search for.' } : rule)),
};

export interface FakeTicket {
  readonly subject: string | null;
  readonly priority: string | null;
  readonly type: string | null;
  readonly status: string;
  readonly assignee_id: string | null;
}

export const CLEAN: FakeTicket = { subject: 'Printer on fire', priority: 'high', type: 'incident', status: 'open', assignee_id: '42' };
export const DIRTY: FakeTicket = { subject: '', priority: null, type: null, status: 'open', assignee_id: null };

const PAGE_FIELDS = ['subject', 'priority', 'assignee_id'] as const;

/** The record view as the fake app renders it: a label and an input per field, a title, a status picker. */
export function renderTicket(doc: Document, id: string, ticket: FakeTicket): HTMLElement {
  const main = doc.createElement('main');
  main.dataset.record = id;
  const title = doc.createElement('h1');
  title.textContent = `Ticket ${id}`;
  const status = doc.createElement('select');
  status.id = 'status';
  status.dataset.saved = ticket.status;
  for (const value of ['new', 'open', 'solved']) {
    const option = doc.createElement('option');
    option.value = value;
    option.textContent = value;
    status.append(option);
  }
  status.value = ticket.status;
  main.append(title, status);
  for (const field of PAGE_FIELDS) {
    const row = doc.createElement('div');
    row.className = 'field';
    row.dataset.field = field;
    const label = doc.createElement('label');
    label.textContent = field === 'assignee_id' ? 'Assignee' : field.charAt(0).toUpperCase() + field.slice(1);
    const input = doc.createElement('input');
    input.name = field;
    input.value = ticket[field] ?? '';
    row.append(label, input);
    main.append(row);
  }
  doc.body.replaceChildren(main);
  return main;
}

export function recordOf(id: string, ticket: FakeTicket): NormalizedRecord {
  return { app: 'zendesk', object: 'ticket', id, fields: { ...ticket }, labels: { subject: 'Subject (API)' } };
}

export interface FakeAdapter extends SiteAdapter {
  /** What the fake API answers, by record id; a string is a failure reason. */
  readonly api: Map<string, FakeTicket | string>;
  readonly fetchRecord: ReturnType<typeof vi.fn<SiteAdapter['fetchRecord']>>;
}

export function fakeAdapter(): FakeAdapter {
  const api = new Map<string, FakeTicket | string>();
  return {
    app: 'zendesk',
    api,
    detect(url: URL): PageInfo | null {
      if (url.origin !== ORIGIN) return null;
      const record = /^\/tickets\/(\d+)$/.exec(url.pathname);
      if (record?.[1]) return { kind: 'record', app: 'zendesk', object: 'ticket', recordId: record[1] };
      if (url.pathname === '/tickets') return { kind: 'list', app: 'zendesk', object: 'ticket', listId: null };
      return null;
    },
    activeRoot: (doc, page) => doc.querySelector(`main[data-record="${page.recordId}"]`),
    read(root): DomReading {
      const values: Record<string, unknown> = {};
      const editing = new Set<string>();
      const anchors = new Map<string, Element>();
      const labels: Record<string, string> = {};
      for (const row of root.querySelectorAll<HTMLElement>('.field')) {
        const field = must(row.dataset.field);
        const input = must(row.querySelector('input'));
        const label = must(row.querySelector('label'));
        values[field] = input.value === '' ? null : input.value;
        if (input.hasAttribute('data-editing')) editing.add(field);
        anchors.set(field, label);
        labels[field] = label.textContent ?? field;
      }
      const status = root.querySelector<HTMLSelectElement>('#status');
      values.status = status?.dataset.saved ?? null;
      const pendingStage = status && status.value !== status.dataset.saved ? status.value : null;
      return { object: 'ticket', values, editing, anchors, header: root.querySelector('h1'), pendingStage, stageAnchor: status, labels };
    },
    fetchRecord: vi.fn(async (page): Promise<ApiOutcome> => {
      const answer = api.get(page.recordId);
      if (answer === undefined) return { ok: false, reason: 'HTTP 404' };
      if (typeof answer === 'string') return { ok: false, reason: answer };
      return { ok: true, record: recordOf(page.recordId, answer) };
    }),
    selectorHealth: (doc) => [{ name: 'field rows', found: doc.querySelectorAll('.field').length, required: true }],
  };
}

export interface FakeBackend extends Backend {
  readonly reports: PageReport[];
  readonly clears: number[];
  readonly acks: Acknowledgement[];
}

export function fakeBackend(packs: readonly RulePack[] = [TEST_PACK]): FakeBackend {
  const reports: PageReport[] = [];
  const clears: number[] = [];
  const acks: Acknowledgement[] = [];
  return {
    reports,
    clears,
    acks,
    getPacks: async (app, object) => packs.filter((pack) => pack.app === app && pack.object === object),
    report: async (report) => {
      reports.push(report);
    },
    clearReport: async () => {
      clears.push(reports.length);
    },
    listAcks: async (_app, recordId) => acks.filter((ack) => ack.recordId === recordId),
    addAck: async (request: AckRequest) => {
      const ack: Acknowledgement = { ...request, by: 'this browser', createdAt: 1, expiresAt: Date.now() + request.days * 86_400_000 };
      acks.push(ack);
      return ack;
    },
  };
}

export const noApiAccess: ApiAccess = {
  pageFetch: () => Promise.reject(new Error('not in tests')),
  backgroundFetch: () => Promise.reject(new Error('not in tests')),
  pageValue: async () => null,
  parse: () => Promise.reject(new Error('not in tests')),
};

/** A content-script context whose location changes the test triggers. */
export function fakeContext() {
  const controller = new AbortController();
  const handlers: ((event: { newUrl: URL }) => void)[] = [];
  const ctx = {
    signal: controller.signal,
    addEventListener: (_target: unknown, type: string, handler: (event: { newUrl: URL }) => void) => {
      if (type === 'wxt:locationchange') handlers.push(handler);
    },
  } as unknown as RuntimeContext;
  return {
    ctx,
    navigate(url: string) {
      window.history.pushState({}, '', url);
      for (const handler of handlers) handler({ newUrl: new URL(url) });
    },
    invalidate: () => controller.abort(),
  };
}

export const hosts = (kind: 'marker' | 'chip' | 'gate') => [...document.querySelectorAll<HTMLElement>(`[data-fieldguard="${kind}"]`)];
