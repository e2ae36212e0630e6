/**
 * Reads the active Zendesk ticket from the Agent Workspace DOM.
 *
 *   const root = findActiveTicketRoot(document, '48213');
 *   const reading = root && readZendeskTicket(root);
 *
 * Several tickets stay mounted, one per header tab; only the active grid is read. The sidebar has no separate
 * edit mode: every field is live and unsaved until "Submit", so a field counts as edited when its value differs
 * from the value first read from this ticket view (the one Zendesk rendered from the saved ticket), and a status
 * picked that way is the pending stage.
 *
 * Values come out in the API's form where the DOM allows it (priority "urgent", status "hold"), but Zendesk shows
 * names, not ids: `assignee_id`, `group_id` and `requester_id` hold the names shown, which is enough for the
 * pack's "is set" checks and is what the API-less fallback can offer. Zendesk's Assignee field is "Group/Agent":
 * both `group_id` and `assignee_id` are read from it and anchored to it. Custom fields are keyed
 * `custom_fields.{fieldId}`, the dotted path rules use for the API's `custom_fields` (keyed by id by the parser);
 * a dropdown's value is the option name shown, not the option's tag the API returns.
 */
import type { DomReading } from '../types';
import {
  ACTIVE_TICKET_LAYOUT,
  ACTIVE_TICKET_LAYOUT_BY_CLASS,
  ASSIGNEE_AGENT_TAG,
  ASSIGNEE_FIELD,
  ASSIGNEE_GROUP_TAG,
  COMBOBOX_VALUE,
  CUSTOM_DROPDOWN_VALUE,
  CUSTOM_FIELD,
  CUSTOM_FIELD_TEST_ID,
  FIELD_LABEL,
  GARDEN_FIELD,
  LEGACY_PANE,
  PRIORITY,
  REQUESTER,
  SELECTED_TAB,
  STATUS,
  SUBJECT,
  TICKET_FOOTER,
  TICKET_LAYOUT,
  TICKET_LAYOUT_TEST_ID,
  TYPE,
  ticketContainerById,
} from './selectors';

// English UI labels to API values; other UI languages fall through to the lowercased label.
const STATUS_VALUES: Readonly<Record<string, string>> = {
  new: 'new', open: 'open', pending: 'pending', 'on-hold': 'hold', 'on hold': 'hold', hold: 'hold', solved: 'solved', closed: 'closed',
};
const PRIORITY_VALUES: Readonly<Record<string, string>> = { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' };
const TYPE_VALUES: Readonly<Record<string, string>> = { question: 'question', incident: 'incident', problem: 'problem', task: 'task' };

/** Zendesk's dropdowns show "-" for "no value". */
const EMPTY_DISPLAY = new Set(['', '-', '—']);

/** Values first read per ticket view: what Zendesk rendered from the saved ticket. */
const baselines = new WeakMap<Element, Map<string, string>>();

/**
 * The active ticket's root once it shows `ticketId`; null while another ticket is still active (pushState ran
 * ahead of the render) or nothing is rendered. The root is the ticket's wrapper when it has one, so the footer's
 * status control, which may sit beside the grid, is inside what the runtime watches.
 */
export function findActiveTicketRoot(doc: Document, ticketId: string): Element | null {
  const layouts = [...doc.querySelectorAll(TICKET_LAYOUT)];
  if (layouts.length > 0) {
    // Once any grid carries data-is-active, the class is not trusted: both have marked the active grid over time.
    const active = layouts.some((layout) => layout.hasAttribute('data-is-active'))
      ? doc.querySelector(ACTIVE_TICKET_LAYOUT)
      : doc.querySelector(ACTIVE_TICKET_LAYOUT_BY_CLASS);
    if (!active) return null;
    const shown = layoutTicketId(active);
    if (shown !== null && shown !== ticketId) return null;
    return active.closest(ticketContainerById(ticketId)) ?? active;
  }
  const selected = doc.querySelector(SELECTED_TAB)?.getAttribute('data-entity-id');
  if (selected != null && selected !== ticketId) return null;
  const byId = doc.querySelector(ticketContainerById(ticketId));
  if (byId) return byId;
  const visiblePanes = [...doc.querySelectorAll(LEGACY_PANE)].filter((pane) => isShown(pane) && pane.querySelector(SUBJECT));
  return visiblePanes.length === 1 ? (visiblePanes[0] ?? null) : null;
}

/** The parts of the page that belong to the ticket under `root`: the root, and the ticket wrapper around it if any. */
export interface TicketScope {
  find(selector: string): Element | null;
  findAll(selector: string): Element[];
  contains(element: Element): boolean;
}

export function ticketScope(root: Element): TicketScope {
  // The footer (status) may sit beside the grid in the ticket's wrapper rather than inside it.
  const wrapper = root.closest('[data-ticket-id]');
  const outer = wrapper ?? root;
  return {
    find: (selector) => root.querySelector(selector) ?? wrapper?.querySelector(selector) ?? null,
    findAll: (selector) => [...outer.querySelectorAll(selector)],
    contains: (element) => outer.contains(element),
  };
}

/** The custom field containers of a ticket with their kind and field id. */
export function customFieldsIn(scope: TicketScope): { element: Element; kind: string; id: string }[] {
  return scope.findAll(CUSTOM_FIELD).flatMap((element) => {
    const match = CUSTOM_FIELD_TEST_ID.exec(element.getAttribute('data-test-id') ?? '');
    return match?.[1] && match[2] ? [{ element, kind: match[1], id: match[2] }] : [];
  });
}

/** Reads the ticket under `root`; null while none of its fields has rendered. */
export function readZendeskTicket(root: Element): DomReading | null {
  const scope = ticketScope(root);

  const values: Record<string, unknown> = {};
  const anchors = new Map<string, Element>();
  const labels: Record<string, string> = {};
  const put = (field: string, value: unknown, anchor: Element, label: string | null) => {
    values[field] = value;
    anchors.set(field, anchor);
    if (label) labels[field] = label;
  };

  const subject = scope.find(SUBJECT);
  if (subject instanceof HTMLInputElement) {
    put('subject', subject.value, subject, subject.getAttribute('aria-label') ?? 'Subject');
  }

  const requester = scope.find(REQUESTER);
  if (requester) put('requester_id', displayText(requester), anchorOf(requester, scope), labelOf(requester, scope));

  const assignee = readAssignee(scope);
  if (assignee) {
    put('assignee_id', assignee.agent, assignee.anchor, assignee.label);
    // Zendesk shows the group only inside "Group/Agent", and calls it "Group" in that picker.
    put('group_id', assignee.group, assignee.anchor, 'Group');
  }

  for (const [field, selector, known] of [
    ['priority', PRIORITY, PRIORITY_VALUES],
    ['type', TYPE, TYPE_VALUES],
    ['status', STATUS, STATUS_VALUES],
  ] as const) {
    const element = scope.find(selector);
    if (element) put(field, apiValue(comboboxText(element), known), anchorOf(element, scope), labelOf(element, scope));
  }

  for (const { element, kind, id } of customFieldsIn(scope)) {
    put(`custom_fields.${id}`, customFieldValue(element, kind), anchorOf(element, scope), labelOf(element, scope));
  }

  if (anchors.size === 0) return null;

  const editing = changedSinceFirstRead(root, values, anchors);
  const status = values.status;
  return {
    object: 'ticket',
    values,
    editing,
    anchors,
    header: subject?.parentElement ?? null,
    pendingStage: editing.has('status') && typeof status === 'string' ? status : null,
    stageAnchor: stageAnchorOf(scope, anchors.get('status')),
    labels,
  };
}

interface AssigneeReading {
  readonly agent: string | null;
  readonly group: string | null;
  readonly anchor: Element;
  readonly label: string | null;
}

function readAssignee(scope: TicketScope): AssigneeReading | null {
  const field = scope.find(ASSIGNEE_FIELD);
  const agentTag = field?.querySelector(ASSIGNEE_AGENT_TAG) ?? scope.find(ASSIGNEE_AGENT_TAG);
  const groupTag = field?.querySelector(ASSIGNEE_GROUP_TAG) ?? scope.find(ASSIGNEE_GROUP_TAG);
  const container = field ?? agentTag ?? groupTag;
  if (!container) return null;
  const labelElement = field?.querySelector(FIELD_LABEL);
  const anchor = labelElement ?? container;
  const label = labelElement?.textContent?.trim() || null;
  if (agentTag) {
    const titles = [...agentTag.querySelectorAll('[title]')].map((element) => element.getAttribute('title')?.trim() ?? '');
    if (titles.length >= 2) return { group: orNull(titles[0]), agent: orNull(titles[1]), anchor, label };
    // Without per-part titles the tag reads "Group/Agent", or just "Agent" where the account has no groups.
    const parts = (agentTag.textContent ?? '').split('/').map((part) => part.trim());
    return parts.length >= 2
      ? { group: orNull(parts[0]), agent: orNull(parts.slice(1).join('/')), anchor, label }
      : { group: null, agent: orNull(parts[0]), anchor, label };
  }
  if (groupTag) return { group: orNull(groupTag.getAttribute('title') ?? groupTag.textContent), agent: null, anchor, label };
  return { group: null, agent: null, anchor, label };
}

function customFieldValue(element: Element, kind: string): unknown {
  if (kind === 'dropdown') {
    const selected = element.querySelector(CUSTOM_DROPDOWN_VALUE)?.getAttribute('title') ?? comboboxText(element);
    return orNull(selected);
  }
  if (kind === 'checkbox') {
    const box = element.querySelector('input[type="checkbox"]');
    return box instanceof HTMLInputElement ? box.checked : null;
  }
  if (kind === 'multiselect') {
    return [...element.querySelectorAll('[title]')].map((tag) => tag.getAttribute('title') ?? '').filter((text) => text !== '');
  }
  const input = element.querySelector('input, textarea');
  const text = input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement ? input.value.trim() : null;
  if (text === null || text === '') return null;
  if (kind === 'numeric' || kind === 'decimal') {
    const number = Number(text);
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

function comboboxText(element: Element): string | null {
  const value = element.matches(COMBOBOX_VALUE) ? element : element.querySelector(COMBOBOX_VALUE);
  if (value) return value.textContent;
  const select = element instanceof HTMLSelectElement ? element : element.querySelector('select');
  return select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.textContent ?? null) : null;
}

function apiValue(text: string | null, known: Readonly<Record<string, string>>): string | null {
  const shown = orNull(text);
  if (shown === null) return null;
  const key = shown.toLowerCase();
  return known[key] ?? key;
}

function displayText(element: Element): string | null {
  const titled = element.querySelector('[title]')?.getAttribute('title');
  return orNull(titled ?? comboboxText(element) ?? element.textContent);
}

function orNull(text: string | null | undefined): string | null {
  const trimmed = text?.replace(/\s+/g, ' ').trim() ?? '';
  return EMPTY_DISPLAY.has(trimmed) ? null : trimmed;
}

/**
 * Hints go right after the field's label ("Priority ⚠"): beside the name the agent reads, never over the control
 * or inside Garden's own markup. Without a label, after the control.
 */
function anchorOf(element: Element, scope: TicketScope): Element {
  const field = fieldOf(element, scope);
  return field.querySelector(FIELD_LABEL) ?? field;
}

/**
 * The gate panel goes just above the footer bar that holds the status control and Submit, so it opens between the
 * conversation and the button it is about instead of stretching the one-line footer. Our own hosts placed there
 * earlier are skipped, so the anchor stays put.
 */
function stageAnchorOf(scope: TicketScope, statusAnchor: Element | undefined): Element | null {
  if (!statusAnchor) return null;
  const footer = statusAnchor.closest(TICKET_FOOTER);
  let before = footer?.previousElementSibling ?? null;
  while (before?.hasAttribute('data-fieldguard')) before = before.previousElementSibling;
  return before && scope.contains(before) ? before : statusAnchor;
}

/** The Garden field wrapper (label and control) when it belongs to the ticket, else the control itself. */
function fieldOf(element: Element, scope: TicketScope): Element {
  const field = element.closest(GARDEN_FIELD);
  return field && scope.contains(field) ? field : element;
}

function labelOf(element: Element, scope: TicketScope): string | null {
  return fieldOf(element, scope).querySelector(FIELD_LABEL)?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

function changedSinceFirstRead(root: Element, values: Record<string, unknown>, anchors: ReadonlyMap<string, Element>): Set<string> {
  const current = new Map<string, string>();
  for (const field of anchors.keys()) current.set(field, JSON.stringify(values[field] ?? null));
  const first = baselines.get(root);
  if (!first) {
    baselines.set(root, current);
    return new Set();
  }
  const editing = new Set<string>();
  for (const [field, value] of current) {
    if (!first.has(field)) first.set(field, value);
    else if (first.get(field) !== value) editing.add(field);
  }
  return editing;
}

function layoutTicketId(layout: Element): string | null {
  const fromTestId = TICKET_LAYOUT_TEST_ID.exec(layout.getAttribute('data-test-id') ?? '')?.[1];
  return fromTestId ?? layout.closest('[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null;
}

function isShown(element: Element): boolean {
  return !element.closest('[hidden], [aria-hidden="true"]') && !(element instanceof HTMLElement && element.style.display === 'none');
}
