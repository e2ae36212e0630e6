/**
 * Reads Jira's issue view (full page, board modal, JSM queue) into a DomReading: field values shaped like the
 * REST v3 payload (`status.statusCategory.key`, `assignee.displayName`, `priority.name`, ...) so the same rules
 * run on either source, an anchor per field, and the stage the user is about to move to.
 *
 * Fields save one by one as soon as the user picks a value, so read views show saved values. Reported as
 * `editing`: the fields of an open transition screen (unsaved until it is submitted) and fields whose inline
 * editor is open (so the runtime re-reads the API once the editor closes on a save).
 */
import type { DomReading, RecordPage } from '../types';
import {
  ASSIGNEE_FIELD,
  CURRENT_ISSUE_CRUMB,
  EMPTY_VALUE_TEXTS,
  INLINE_EDITOR,
  LISTBOX,
  MODAL_FIELD_CONTROL,
  MODAL_HEADER,
  PRIORITY_FIELD,
  PROFILE_CARD_TRIGGER,
  SELECT_READ_VIEW,
  STATUS_BUTTON,
  STATUS_BUTTON_TEXT,
  STATUS_FIELD_WRAPPER,
  STATUS_LOZENGE,
  STATUS_LOZENGE_PREFIX,
  SUMMARY_HEADING,
  TRANSITION_MODAL,
  TRANSITION_OPTION,
  fieldHeading,
  selectField,
  testIdOf,
} from './selectors';
import { categoryFromId, categoryOfStatus, requestTypeFieldId, type StatusCategory } from './site-facts';

const BROWSE_HREF = /\/browse\/([A-Z][A-Z0-9_]+-\d+)(?:[/?#]|$)/;

/**
 * The element holding the issue view of `key`: the nearest ancestor of its breadcrumb that also holds the
 * summary and the status button. Keying on the breadcrumb keeps a board behind a modal, or the previous issue
 * still on screen while the next one loads, from being read as this one.
 */
export function findIssueView(doc: Document, key: string): Element | null {
  for (const crumb of doc.querySelectorAll(CURRENT_ISSUE_CRUMB)) {
    // Not aria-hidden: modal libraries set it on the page behind a dialog, and the transition screen is one.
    if (crumbKey(crumb) !== key || crumb.closest('[hidden]')) continue;
    for (let node = crumb.parentElement; node; node = node.parentElement) {
      if (node.querySelector(SUMMARY_HEADING) && node.querySelector(STATUS_BUTTON)) return node;
    }
  }
  return null;
}

export function readIssueView(root: Element, page: RecordPage): DomReading | null {
  const header = root.querySelector(SUMMARY_HEADING);
  const statusButton = root.querySelector(STATUS_BUTTON);
  if (!header || !statusButton) return null;
  const doc = root.ownerDocument;

  const values: Record<string, unknown> = { summary: text(header) };
  const labels: Record<string, string> = { summary: 'Summary', status: 'Status' };
  const anchors = new Map<string, Element>();
  const editing = new Set<string>();

  const statusName = statusNameOf(statusButton);
  const current = lozengeCategory(statusButton) ?? categoryOfStatus(statusName);
  values.status = current ? { name: statusName, statusCategory: { key: current } } : { name: statusName };
  const statusAnchor = root.querySelector(STATUS_FIELD_WRAPPER) ?? statusButton;
  anchors.set('status', statusAnchor);

  const requestTypeField = requestTypeFieldId();
  let requestTypeShown: Element | null = null;
  for (const spec of fieldSpecs(requestTypeField)) {
    const container = root.querySelector(spec.container);
    if (!container) continue;
    if (spec.field === 'requestType') requestTypeShown = container;
    anchors.set(spec.field, container);
    const label = headingText(root, spec.heading);
    if (label) labels[spec.field] = label;
    readInlineField(spec, container, page.recordId, values, editing);
  }

  const modal = openTransitionModal(doc);
  let pendingTarget: StatusCategory | null = null;
  let stageAnchor: Element = statusAnchor;
  // The gate panel goes where the user is looking: under the transition screen's header, or under the open
  // dropdown's options (inside its positioned popup, so the dropdown does not cover it).
  if (modal) {
    pendingTarget = lozengeCategory(modal);
    stageAnchor = modal.querySelector(MODAL_HEADER) ?? modal.querySelector('form') ?? modal;
    readModalFields(modal, values, anchors, editing);
    // Submitting the screen applies its fields and the new status together: judged apart, a resolution picked
    // here would read as "an open request carries a resolution".
    const target = modal.querySelector(STATUS_LOZENGE);
    if (target && pendingTarget) {
      values.status = { name: text(target), statusCategory: { key: pendingTarget } };
      editing.add('status');
    }
  } else if (statusButton.getAttribute('aria-expanded') === 'true') {
    const highlighted = highlightedTransition(doc);
    if (highlighted) {
      pendingTarget = highlighted.category;
      stageAnchor = highlighted.listbox;
    }
  }

  return {
    object: objectOf(values, requestTypeShown),
    values,
    editing,
    anchors,
    header,
    pendingStage: pendingTarget !== null && pendingTarget !== current ? pendingTarget : null,
    stageAnchor,
    labels,
  };
}

interface FieldSpec {
  /** The name the packs use. */
  readonly field: string;
  /** The field id in the caption's test id. */
  readonly heading: string;
  readonly container: string;
  readonly fromReadView: (container: Element) => unknown;
  /** The value of an option picked in the inline editor, from its text. */
  readonly fromText: (text: string) => unknown;
}

function fieldSpecs(requestTypeField: string): readonly FieldSpec[] {
  return [
    { field: 'assignee', heading: 'assignee', container: ASSIGNEE_FIELD, fromReadView: (container) => person(personName(container) ?? ''), fromText: person },
    { field: 'priority', heading: 'priority', container: PRIORITY_FIELD, fromReadView: (container) => named(text(container)), fromText: named },
    { field: 'resolution', heading: 'resolution', container: selectField('resolution'), fromReadView: (container) => named(selectText(container)), fromText: named },
    { field: 'requestType', heading: requestTypeField, container: selectField(requestTypeField), fromReadView: (container) => plain(selectText(container)), fromText: plain },
  ];
}

/**
 * The value last shown in each field's read view, per issue. An open inline editor replaces the read view with a
 * picker whose search text is not a value; until the pick is saved the field still holds what was shown.
 */
const lastShown = new Map<string, unknown>();

/**
 * Read views show saved values. An open inline editor is reported as an edit: when it closes (the pick is saved
 * at once, or cancelled) the runtime asks the API again, as saas-apps.md §4.3 advises after field mutations.
 */
function readInlineField(spec: FieldSpec, container: Element, key: string, values: Record<string, unknown>, editing: Set<string>): void {
  const memory = `${key}\u0000${spec.field}`;
  const editor = container.querySelector(INLINE_EDITOR);
  if (!editor) {
    const value = spec.fromReadView(container);
    values[spec.field] = value;
    lastShown.set(memory, value);
    return;
  }
  if (editor.tagName === 'SELECT') {
    const select = editor as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    values[spec.field] = !option || select.value === '' ? spec.fromText('') : spec.fromText(text(option));
  } else if (lastShown.has(memory)) {
    values[spec.field] = lastShown.get(memory);
  } else {
    return;
  }
  editing.add(spec.field);
}

/** As the API parser decides: a request type value makes the issue a JSM request. */
function objectOf(values: Record<string, unknown>, requestTypeField: Element | null): string | null {
  if (typeof values.requestType === 'string') return 'request';
  // While the request type is being edited the page cannot tell; the API reading decides.
  return requestTypeField && !('requestType' in values) ? null : 'issue';
}

function crumbKey(crumb: Element): string | null {
  const link = crumb.matches('a') ? crumb : crumb.querySelector('a');
  const href = link?.getAttribute('href');
  const fromHref = href ? BROWSE_HREF.exec(href)?.[1] : undefined;
  return fromHref ?? (text(crumb) || null);
}

function statusNameOf(button: Element): string {
  const label = button.querySelector(STATUS_BUTTON_TEXT);
  if (label) return text(label);
  const aria = button.getAttribute('aria-label');
  // "Done - Change status": the aria-label wraps the name when the text span is absent.
  return aria ? aria.replace(/\s+-\s+[^-]*$/, '').trim() : text(button);
}

/** The category a status lozenge's test id encodes, on the element or inside it. */
function lozengeCategory(scope: Element): StatusCategory | null {
  const lozenge = scope.matches(STATUS_LOZENGE) ? scope : scope.querySelector(STATUS_LOZENGE);
  const id = lozenge ? testIdOf(lozenge)?.slice(STATUS_LOZENGE_PREFIX.length).split('-')[0] : undefined;
  if (id !== undefined) {
    const category = categoryFromId(id);
    if (category) return category;
  }
  return lozenge ? categoryOfStatus(text(lozenge)) : null;
}

function personName(field: Element): string | null {
  const trigger = field.querySelector(PROFILE_CARD_TRIGGER);
  if (!trigger) return null;
  const labelled = trigger.querySelector('[aria-label]')?.getAttribute('aria-label');
  const name = labelled?.replace(/^More information about\s+/i, '').trim();
  return name || text(trigger) || null;
}

function selectText(field: Element): string {
  return text(field.querySelector(SELECT_READ_VIEW) ?? field);
}

function headingText(root: Element, fieldId: string): string | null {
  const heading = root.querySelector(fieldHeading(fieldId));
  return heading ? text(heading) || null : null;
}

function openTransitionModal(doc: Document): Element | null {
  const modal = doc.querySelector(TRANSITION_MODAL);
  return modal && !modal.closest('[hidden]') ? modal : null;
}

/** The values chosen on the transition screen: unsaved until the user submits it. */
function readModalFields(modal: Element, values: Record<string, unknown>, anchors: Map<string, Element>, editing: Set<string>): void {
  for (const control of modal.querySelectorAll(MODAL_FIELD_CONTROL)) {
    const field = control.getAttribute('name');
    if (!field) continue;
    values[field] = controlValue(control);
    editing.add(field);
    anchors.set(field, control);
  }
}

function controlValue(control: Element): unknown {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return !option || select.value === '' ? null : { id: option.value, name: text(option) };
  }
  const value = (control as HTMLInputElement | HTMLTextAreaElement).value.trim();
  return value === '' ? null : value;
}

/** The transition option the user is pointing at or has moved to with the keyboard, with its target category. */
function highlightedTransition(doc: Document): { category: StatusCategory | null; listbox: Element } | null {
  for (const listbox of doc.querySelectorAll(LISTBOX)) {
    for (const option of listbox.querySelectorAll(TRANSITION_OPTION)) {
      if (isHighlighted(option, listbox)) return { category: lozengeCategory(option) ?? categoryOfStatus(text(option)), listbox };
    }
  }
  return null;
}

function isHighlighted(option: Element, listbox: Element): boolean {
  for (let node: Element | null = option; node && node !== listbox; node = node.parentElement) {
    if (node.getAttribute('aria-selected') === 'true') return true;
    if (node.id && listbox.getAttribute('aria-activedescendant') === node.id) return true;
  }
  const active = option.ownerDocument.activeElement;
  return active !== null && active !== option.ownerDocument.body && option.contains(active);
}

function named(value: string): { name: string } | null {
  return isEmptyText(value) ? null : { name: value };
}

function person(name: string): { displayName: string } | null {
  return isEmptyText(name) ? null : { displayName: name };
}

function plain(value: string): string | null {
  return isEmptyText(value) ? null : value;
}

function isEmptyText(value: string): boolean {
  return EMPTY_VALUE_TEXTS.has(value.toLowerCase());
}

function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
