/**
 * Reads a Lightning record page: the active page host only (cached hosts of earlier records and background
 * console tabs stay in the DOM), each field by the API name in its `data-target-selection-name`, unsaved
 * values from inline-edit inputs and the full edit dialog, the highlights header and the Path.
 *
 * Fields that are not rendered (the lazy Details tab, fields off the layout) are absent from the reading: not
 * shown, never empty. Values are read as the API would store them where the display allows (ids of lookups,
 * numbers, ISO dates); picklists give their label, which is the value in orgs that do not translate them.
 */
import type { DomReading, RecordPage, SelectorHealth } from '../types';
import * as S from './selectors';
import { knownObject } from './urls';
import { parseLocaleDate, parseLocaleNumber } from './values';

/** The field the standard Path follows, per object. */
const PATH_FIELD: Readonly<Record<string, string>> = { Opportunity: 'StageName', Lead: 'Status', Case: 'Status' };

/** Shown for an empty picklist in edit mode. */
const NONE_OPTION = '--None--';

const LOOKUP_HREF_ID = /\/lightning\/r\/(?:[A-Za-z][A-Za-z0-9_]*\/)?([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\/view/;

export function activeRoot(doc: Document, page: RecordPage): Element | null {
  const host = activeHost(doc);
  if (!host) return null;
  const q = queryFor(host);
  // While Lightning loads a record, the host holds placeholders only: wait for the record page itself.
  if (!q.first(host, `${S.RECORD_HOME}, ${S.FIELD_ANCHOR}, ${S.HIGHLIGHTS}, ${S.HIGHLIGHTS_PANEL}`)) return null;
  // Right after a pushState the host may still show the record before; fields of only another object say so.
  // (Two records of one object look alike: the runtime re-reads when the new one renders.)
  if (page.object !== null) {
    const objects = new Set(fieldBoxes(host, q).map((field) => field.object));
    if (objects.size > 0 && !objects.has(page.object)) return null;
  }
  return host;
}

function activeHost(doc: Document): Element | null {
  return doc.querySelector(S.ACTIVE_CONSOLE_PAGE_HOST) ?? doc.querySelector(S.ACTIVE_PAGE_HOST);
}

interface FieldRead {
  readonly name: string;
  /** Where the hint goes: the field's label, or its box when it has none. */
  readonly anchor: Element;
  readonly box: Element;
  readonly label: string | null;
  /** Absent for a compound field's part in view mode, whose value the combined display does not give. */
  readonly value?: { readonly current: unknown };
  readonly editing: boolean;
}

interface ReadContext {
  readonly q: Query;
  readonly locale: string;
}

export function readRecord(root: Element, page: RecordPage): DomReading | null {
  const context: ReadContext = { q: queryFor(root), locale: localeOf(root.ownerDocument) };
  const pageFields = fieldBoxes(root, context.q);
  const object = page.object ?? objectOf(pageFields);
  if (object === null) return null;

  const values = new Map<string, unknown>();
  const labels: Record<string, string> = {};
  const anchors = new Map<string, Element>();
  /** The field boxes, for the gate panel under a stage picklist being edited. */
  const boxes = new Map<string, Element>();
  const editing = new Set<string>();
  const take = (field: FieldRead, replace: boolean) => {
    if (anchors.has(field.name) && !replace) return;
    anchors.set(field.name, field.anchor);
    boxes.set(field.name, field.box);
    if (field.value) values.set(field.name, field.value.current);
    else values.delete(field.name);
    if (field.label !== null) labels[field.name] = field.label;
    if (field.editing) editing.add(field.name);
    else editing.delete(field.name);
  };

  for (const box of pageFields.filter((candidate) => candidate.object === object)) {
    for (const field of readFields(box, context)) {
      // The same field can sit in two sections; the copy being edited holds the value that counts.
      take(field, field.editing && !editing.has(field.name));
    }
  }
  // The full edit dialog renders outside the page host, in the app shell; while it is open its inputs hold the
  // unsaved record. A form inside a cached host belongs to another record.
  const modal = [...root.ownerDocument.querySelectorAll(S.EDIT_MODAL)].find((candidate) => {
    const host = candidate.closest(S.ANY_PAGE_HOST);
    return host === null || host === root;
  });
  if (modal) {
    const modalContext: ReadContext = { ...context, q: queryFor(modal) };
    for (const box of fieldBoxes(modal, modalContext.q).filter((candidate) => candidate.object === object)) {
      for (const field of readFields(box, modalContext)) take(field, true);
    }
  }

  const path = readPath(root, context.q);
  const pathField = PATH_FIELD[object];
  const editedStage = pathField !== undefined && editing.has(pathField) ? values.get(pathField) : undefined;
  const pendingStage =
    path.selected ?? (typeof editedStage === 'string' && path.current !== null && editedStage !== path.current ? editedStage : null);

  return {
    object,
    values: Object.fromEntries(values),
    editing,
    anchors,
    header: context.q.first(root, S.HIGHLIGHTS) ?? context.q.first(root, S.HIGHLIGHTS_PANEL),
    pendingStage,
    stageAnchor: path.anchor ?? (editedStage !== undefined && pathField !== undefined ? (boxes.get(pathField) ?? null) : null),
    labels,
  };
}

export function selectorHealth(doc: Document): SelectorHealth[] {
  const host = activeHost(doc);
  const scope = host ?? doc.documentElement;
  const q = queryFor(scope);
  const count = (selector: string) => q.all(scope, selector).length;
  return [
    { name: 'ACTIVE_PAGE_HOST', found: host ? 1 : 0, required: true },
    { name: 'RECORD_HOME', found: count(S.RECORD_HOME), required: false },
    { name: 'FIELD_CONTAINER', found: fieldBoxes(scope, q).length, required: true },
    { name: 'FIELD_ANCHOR', found: count(S.FIELD_ANCHOR), required: true },
    { name: 'FIELD_LABEL', found: count(S.FIELD_LABEL), required: false },
    { name: 'FIELD_VALUE', found: count(S.FIELD_VALUE), required: false },
    { name: 'HIGHLIGHTS', found: count(S.HIGHLIGHTS), required: false },
    { name: 'INLINE_EDIT_BUTTON', found: count(S.INLINE_EDIT_BUTTON), required: false },
    { name: 'PATH_STAGE', found: count(S.PATH_STAGE), required: false },
  ];
}

interface FieldBox {
  readonly object: string;
  readonly name: string;
  readonly box: Element;
  readonly container: Element;
}

/** Field boxes under `scope`, each with the object and field its `sfdc:RecordField.{SObject}.{Field}` names. */
function fieldBoxes(scope: Element, q: Query): FieldBox[] {
  return q.all(scope, S.FIELD_ANCHOR).flatMap((box) => {
    // Under native shadow the box is the first child of its container's shadow root.
    const parent = box.parentElement ?? (box.parentNode instanceof ShadowRoot ? box.parentNode.host : null);
    const container = box.classList.contains(S.CLASSIC_FIELD_CLASS)
      ? box
      : parent && S.FIELD_CONTAINER_TAGS.includes(parent.localName) ? parent : null;
    const [object, name] = (box.getAttribute(S.FIELD_ANCHOR_ATTRIBUTE) ?? '').slice(S.FIELD_ANCHOR_PREFIX.length).split('.');
    return container && object && name ? [{ object, name, box, container }] : [];
  });
}

/**
 * Without an object in the URL, the page's own fields tell: the object most of them belong to (a related
 * record's fields may share the page), if FieldGuard knows it.
 */
function objectOf(fields: readonly FieldBox[]): string | null {
  const counts = new Map<string, number>();
  for (const field of fields) counts.set(field.object, (counts.get(field.object) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? knownObject(top[0]) : null;
}

const NOT_EDITING = Symbol('not editing');

// Inputs of lightning-input-name and lightning-input-address, by their `name`, to the API field each edits.
const NAME_PARTS = { salutation: 'Salutation', firstName: 'FirstName', middleName: 'MiddleName', lastName: 'LastName', suffix: 'Suffix' };
const ADDRESS_PARTS = { street: 'Street', city: 'City', province: 'State', postalCode: 'PostalCode', country: 'Country' };

/**
 * Compound fields show as one box (`sfdc:RecordField.Lead.Name`, `....Account.BillingAddress`) while rules name
 * their parts (LastName, BillingCountry): the parts are anchored at the compound's box. Their values are read
 * from the part inputs in edit mode only; the combined display ("Dr. Tom Becker") cannot be split reliably.
 */
function compoundParts(object: string, field: string): Readonly<Record<string, string>> | null {
  if (field === 'Name') return object === 'Lead' || object === 'Contact' ? NAME_PARTS : null;
  if (!field.endsWith('Address')) return null;
  const prefix = field.slice(0, -'Address'.length);
  return Object.fromEntries(Object.entries(ADDRESS_PARTS).map(([input, part]) => [input, `${prefix}${part}`]));
}

function readFields(field: FieldBox, context: ReadContext): FieldRead[] {
  const { q } = context;
  const labelElement = q.first(field.box, S.FIELD_LABEL);
  const label = textOf(labelElement) || field.container.getAttribute(S.FIELD_LABEL_ATTRIBUTE) || null;
  const anchor = labelElement ?? q.first(field.box, S.EDIT_LABEL) ?? field.box;
  const parts = compoundParts(field.object, field.name);
  if (parts) {
    return Object.entries(parts).map(([inputName, name]) => {
      const input = q.first(field.box, `input[name="${inputName}"], button[role="combobox"][name="${inputName}"]`);
      const edited = input ? inputValue(input, field.box, context) : NOT_EDITING;
      return edited === NOT_EDITING
        ? { name, anchor, box: field.box, label, editing: false }
        : { name, anchor, box: field.box, label, value: { current: edited }, editing: true };
    });
  }
  const input = q.first(field.box, S.PICKLIST_INPUT) ?? q.first(field.box, S.CHECKBOX) ?? q.first(field.box, S.TEXT_INPUT);
  const edited = input ? inputValue(input, field.box, context) : NOT_EDITING;
  return [
    edited === NOT_EDITING
      ? { name: field.name, anchor, box: field.box, label, value: { current: viewValue(field.box, context) }, editing: false }
      : { name: field.name, anchor, box: field.box, label, value: { current: edited }, editing: true },
  ];
}

/** The unsaved value of an edit control, or NOT_EDITING for the disabled controls view mode shows. */
function inputValue(control: Element, box: Element, { q, locale }: ReadContext): unknown {
  if (control.matches(S.PICKLIST_INPUT)) {
    const value = control.getAttribute('data-value') ?? textOf(control);
    return value === '' || value === NONE_OPTION ? null : value;
  }
  const input = control as HTMLInputElement | HTMLTextAreaElement;
  if (input.disabled || input.readOnly) return NOT_EDITING;
  if (input.matches(S.CHECKBOX)) return (input as HTMLInputElement).checked;
  const text = input.value.trim();
  if (input.closest(S.DATE_PICKER)) return text === '' ? null : (parseLocaleDate(text, locale) ?? text);
  if (input.getAttribute('type') === 'number' || ['decimal', 'numeric'].includes(input.getAttribute('inputmode') ?? '')) {
    return parseLocaleNumber(text, locale);
  }
  // A chosen lookup shows as a pill beside an empty search input.
  return text || textOf(q.first(box, S.LOOKUP_PILL)) || null;
}

function viewValue(box: Element, { q, locale }: ReadContext): unknown {
  const checkbox = q.first(box, S.CHECKBOX) as HTMLInputElement | null;
  if (checkbox) return checkbox.checked;
  const lookup = q.first(box, S.LOOKUP_LINK);
  if (lookup) return LOOKUP_HREF_ID.exec(lookup.getAttribute('href') ?? '')?.[1] ?? (textOf(lookup) || null);
  const output = q.first(box, S.FIELD_VALUE);
  if (!output) return null;
  const number = q.first(output, S.FORMATTED_NUMBER);
  if (number) return parseLocaleNumber(textOf(number), locale);
  const text = textOf(output);
  if (text === '') return null;
  return parseLocaleDate(text, locale) ?? text;
}

interface PathReading {
  readonly current: string | null;
  /** A stage selected in the Path but not (yet) made current. */
  readonly selected: string | null;
  readonly anchor: Element | null;
}

function readPath(root: Element, q: Query): PathReading {
  const stages = q.all(root, S.PATH_STAGE);
  if (stages.length === 0) return { current: null, selected: null, anchor: null };
  const nameOf = (stage: Element | undefined) => stage?.getAttribute(S.PATH_STAGE_NAME_ATTRIBUTE) || null;
  const current = stages.find((stage) => stage.classList.contains(S.PATH_CURRENT_CLASS));
  const selected = stages.find((stage) => stage.classList.contains(S.PATH_SELECTED_CLASS));
  return {
    current: nameOf(current),
    selected: selected && selected !== current ? nameOf(selected) : null,
    anchor: stages[0]?.closest(S.PATH) ?? stages[0]?.parentElement ?? null,
  };
}

function localeOf(doc: Document): string {
  return doc.documentElement.lang || doc.defaultView?.navigator.language || 'en-US';
}

function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface Query {
  all(scope: Element, selector: string): Element[];
  first(scope: Element, selector: string): Element | null;
}

const LIGHT_DOM: Query = {
  all: (scope, selector) => [...scope.querySelectorAll(selector)],
  first: (scope, selector) => scope.querySelector(selector),
};

const DEEP_DOM: Query = {
  all: (scope, selector) => deepQueryAll(scope, selector),
  first: (scope, selector) => scope.querySelector(selector) ?? deepQueryAll(scope, selector)[0] ?? null,
};

/**
 * LEX still renders LWC with synthetic shadow, which is light DOM to a content script, but Salesforce is moving
 * to native shadow: one walk per read tells whether plain queries are enough for this view.
 */
function queryFor(root: Element): Query {
  return shadowRootsUnder(root).length > 0 ? DEEP_DOM : LIGHT_DOM;
}

type Scope = Element | ShadowRoot;

/** querySelectorAll that also searches open shadow roots, and closed ones where the browser lets extensions in. */
export function deepQueryAll(scope: Scope, selector: string): Element[] {
  const found = [...scope.querySelectorAll(selector)];
  for (const shadow of shadowRootsUnder(scope)) found.push(...deepQueryAll(shadow, selector));
  return found;
}

interface ExtensionDom {
  openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null;
}

function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  // Closed roots would be LWC components, i.e. custom elements; asking the browser about every element costs.
  if (!element.localName.includes('-')) return null;
  // Firefox gives extensions a property on the element, Chromium a function in `chrome.dom` (Chrome 88+).
  if ('openOrClosedShadowRoot' in element) return (element as { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
  const dom = (globalThis as { chrome?: { dom?: ExtensionDom } }).chrome?.dom;
  return dom?.openOrClosedShadowRoot?.(element as HTMLElement) ?? null;
}

/** The shadow roots directly under `scope` (nested ones are found when those roots are searched in turn). */
function shadowRootsUnder(scope: Scope): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  if (scope.nodeType === Node.ELEMENT_NODE) {
    const own = shadowRootOf(scope as Element);
    if (own) roots.push(own);
  }
  const walker = (scope.ownerDocument as Document).createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = shadowRootOf(node as Element);
    if (shadow) roots.push(shadow);
  }
  return roots;
}
