/**
 * Reads a ServiceNow record view from the DOM: the UI16 classic form (in `gsft_main` or opened directly) field by
 * field, and, for workspaces, only where the form is.
 *
 * Classic forms are server-rendered and every field carries its value at load in `#sys_original.{table}.{field}`,
 * so unsaved edits are the fields whose input differs from it, and a changed state select is the pending stage.
 * Workspace field components keep their name and value in JavaScript properties (`.name`, `.dictionary`), which a
 * content script's isolated world cannot see; there FieldGuard reads the record from the API and lists findings in
 * the summary chip only (a main-world reader of `nowRecordFormBlob` would be needed to anchor them).
 */
import type { DomReading, RecordPage, SelectorHealth } from '../types';
import {
  CLASSIC_FRAME,
  FIELD_CONTAINERS,
  FIELD_CONTAINER_ID_PREFIX,
  FIELD_VALUE,
  FORM,
  HEADER_ACTIONS,
  LABEL,
  LABEL_CELL,
  LABEL_TEXT,
  MANDATORY_MARKER,
  ORIGINAL_VALUE,
  READONLY_VALUE,
  REFERENCE_DISPLAY,
  SESSION_TOKEN_INPUT,
  STATE_SELECT,
  TARGET_TABLE,
  UNIQUE_VALUE,
  WORKSPACE_FORM,
} from './selectors';
import { detectServiceNowPage } from './urls';

/** The field whose value is the stage of every ServiceNow table FieldGuard knows. */
const STATE_FIELD = 'state';

export function serviceNowActiveRoot(doc: Document, page: RecordPage): Element | null {
  const table = page.object;
  if (table === null) return null;
  if (page.context?.ui === 'workspace') return queryDeep(doc, WORKSPACE_FORM)[0] ?? null;
  const form = doc.querySelector(FORM(table));
  if (!form) return null;
  // A form that shows another record than the URL names (a redirect, a stale frame) must not be linted as this one.
  const shown = inputValue(form.ownerDocument.querySelector(UNIQUE_VALUE));
  if (page.context?.newRecord !== 'true' && shown !== null && shown !== '' && shown !== page.recordId) return null;
  return form;
}

export function readServiceNow(root: Element, page: RecordPage): DomReading | null {
  const table = page.object;
  if (table === null) return null;
  if (root.matches(WORKSPACE_FORM)) return workspaceReading(table);
  if (!root.matches(FORM(table))) return null;
  return classicReading(root, table);
}

function classicReading(form: Element, table: string): DomReading {
  const values: Record<string, unknown> = {};
  const labels: Record<string, string> = {};
  const editing = new Set<string>();
  const anchors = new Map<string, Element>();
  const prefix = FIELD_CONTAINER_ID_PREFIX(table);
  for (const container of form.querySelectorAll(FIELD_CONTAINERS(table))) {
    const field = container.id.slice(prefix.length);
    // Dot-walked fields (`element.incident.caller_id.email`) show the referenced record, not this one.
    if (field === '' || field.includes('.')) continue;
    // Everything about a field sits inside its container, so lookups stay within a few elements per field.
    const value = fieldValue(container, table, field);
    if (value === null) continue;
    values[field] = value;
    const original = inputValue(container.querySelector(ORIGINAL_VALUE(table, field)));
    if (original !== null && original !== storedValue(container, table, field, value)) editing.add(field);
    const label = container.querySelector(LABEL_TEXT(table, field))?.textContent?.trim();
    if (label) labels[field] = label;
    // Fields hidden by a UI policy or on a hidden form section keep their value but have nowhere to show a hint.
    if (isShown(container, form)) anchors.set(field, anchorOf(container, table, field) ?? container);
  }
  const stateSelect = form.querySelector<HTMLSelectElement>(STATE_SELECT(table));
  const stateOriginal = inputValue(form.querySelector(ORIGINAL_VALUE(table, STATE_FIELD)));
  const pendingStage = stateSelect && stateOriginal !== null && stateSelect.value !== stateOriginal ? stateSelect.value : null;
  const stateContainer = stateSelect?.closest(FIELD_CONTAINERS(table)) ?? null;
  return {
    object: inputValue(form.ownerDocument.querySelector(TARGET_TABLE)) || table,
    values,
    editing,
    anchors,
    header: form.ownerDocument.querySelector(HEADER_ACTIONS),
    pendingStage,
    stageAnchor: stateContainer && isShown(stateContainer, form) ? stateContainer : null,
    labels,
  };
}

/**
 * The runtime inserts the marker right after the anchor: after the `<label>` it reads as "Priority ⚠" inside the
 * label cell, outside the label (a click on the marker must not focus the input) and away from the inputs.
 */
function anchorOf(container: Element, table: string, field: string): Element | null {
  return container.querySelector(LABEL(table, field)) ?? container.querySelector(LABEL_CELL(table, field));
}

/**
 * What the user sees in the field now. References: the hidden input holds the sys_id, but the text box is what the
 * user edits; an emptied box means an empty reference even before the platform clears the sys_id, and a typed
 * name not yet resolved to a sys_id still means "filled".
 */
function fieldValue(container: Element, table: string, field: string): string | null {
  const input = inputValue(container.querySelector(FIELD_VALUE(table, field)));
  const display = inputValue(container.querySelector(REFERENCE_DISPLAY(table, field)));
  if (display !== null) {
    if (display.trim() === '') return '';
    return input !== null && input !== '' ? input : display;
  }
  return input ?? inputValue(container.querySelector(READONLY_VALUE(table, field)));
}

/** The value to compare with `sys_original`, which holds the reference's sys_id, not a typed display name. */
function storedValue(container: Element, table: string, field: string, value: string): string {
  const display = container.querySelector(REFERENCE_DISPLAY(table, field));
  return display && value !== '' ? (inputValue(container.querySelector(FIELD_VALUE(table, field))) ?? value) : value;
}

function inputValue(element: Element | null): string | null {
  if (!element) return null;
  if ('value' in element && typeof element.value === 'string') return element.value;
  return null;
}

/** Inline `display: none` and `hidden` are what UI policies (`g_form.setDisplay`) and form tabs use to hide fields. */
function isShown(element: Element, until: Element): boolean {
  for (let current: Element | null = element; current && current !== until; current = current.parentElement) {
    if (current.hasAttribute('hidden')) return false;
    // Duck-typed rather than `instanceof HTMLElement`, which depends on the realm the element was made in.
    if ((current as Partial<HTMLElement>).style?.display === 'none') return false;
  }
  return true;
}

function workspaceReading(table: string): DomReading {
  return {
    object: table,
    values: {},
    editing: new Set(),
    anchors: new Map(),
    header: null,
    pendingStage: null,
    stageAnchor: null,
    labels: {},
  };
}

export function serviceNowSelectorHealth(doc: Document): readonly SelectorHealth[] {
  const page = pageOf(doc);
  if (page?.kind === 'record' && page.context?.ui === 'workspace') {
    return [{ name: 'workspace form (sn-form-data-connected)', found: queryDeep(doc, WORKSPACE_FORM).length, required: true }];
  }
  const table = inputValue(doc.querySelector(TARGET_TABLE)) || page?.object;
  if (!table) {
    // A top-frame wrapper: its only job is holding the form's iframe.
    return [{ name: 'classic form frame (iframe#gsft_main)', found: queryDeep(doc, CLASSIC_FRAME).length, required: false }];
  }
  const count = (selector: string) => doc.querySelectorAll(selector).length;
  return [
    { name: `form (${FORM(table)})`, found: count(FORM(table)), required: true },
    { name: `field containers (${FIELD_CONTAINERS(table)})`, found: count(FIELD_CONTAINERS(table)), required: true },
    { name: 'field labels (label[for] span.label-text)', found: count(`${FIELD_CONTAINERS(table)} label[for] span.label-text`), required: false },
    { name: 'values at load (sys_original.*)', found: count(`input[id^="sys_original.${table}."]`), required: false },
    { name: `state select (${STATE_SELECT(table)})`, found: count(STATE_SELECT(table)), required: false },
    { name: `header actions (${HEADER_ACTIONS})`, found: count(HEADER_ACTIONS), required: false },
    { name: `record id (${UNIQUE_VALUE})`, found: count(UNIQUE_VALUE), required: false },
    { name: `session token (${SESSION_TOKEN_INPUT})`, found: count(SESSION_TOKEN_INPUT), required: false },
    { name: `mandatory markers (${MANDATORY_MARKER})`, found: count(`${FIELD_CONTAINERS(table)} ${MANDATORY_MARKER}`), required: false },
  ];
}

function pageOf(doc: Document) {
  try {
    return detectServiceNowPage(new URL(doc.URL));
  } catch {
    return null;
  }
}

/** querySelectorAll that also searches open shadow roots, as Next Experience nests every component in one. */
export function queryDeep(root: Document | Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...queryDeep(element.shadowRoot, selector));
  }
  return found;
}
