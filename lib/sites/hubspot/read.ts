/**
 * Reads a HubSpot record page: the properties of the left sidebar, by internal name, as the API would hold them.
 * HubSpot has no supported session API (saas-apps.md §3.2), so for HubSpot this DOM reading is the primary
 * source, not a fallback: dropdown labels are mapped back to internal values, displayed dates and amounts to
 * ISO dates and plain numbers.
 */
import type { DomReading, RecordPage, SelectorHealth } from '../types';
import { optionValue, PROPERTY_OPTIONS } from './property-options';
import {
  DROPDOWN_LABEL,
  HIDDEN_VIEW,
  HIGHLIGHT_CARD,
  HIGHLIGHT_TITLE,
  LEFT_SIDEBAR,
  PREVIEW_PANELS,
  PROPERTY_INPUT,
  PROPERTY_INPUT_ATTRIBUTE,
  PROPERTY_INPUT_PREFIX,
  TYPEAHEAD_RESULT_LABEL,
} from './selectors';

/** The property whose dropdown moves a record along its pipeline. */
const STAGE_PROPERTY: Readonly<Record<string, string>> = { deal: 'dealstage', ticket: 'hs_pipeline_stage' };

/** Properties HubSpot shows formatted ("$48,000.00", "1,200"); rules compare them as numbers. */
const NUMERIC_PROPERTIES = new Set(['amount', 'amount_in_home_currency', 'hs_acv', 'hs_arr', 'hs_mrr', 'hs_tcv', 'annualrevenue', 'numberofemployees']);

type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The left sidebar of the record the page shows. The document outlives records during SPA navigation and
 * preview panels reuse the sidebar's markup, so hidden views and previews are skipped; a sidebar whose
 * properties have not rendered yet does not count.
 */
export function findActiveRecordRoot(doc: Document): Element | null {
  for (const sidebar of doc.querySelectorAll(LEFT_SIDEBAR)) {
    if (sidebar.closest(PREVIEW_PANELS) || sidebar.closest(HIDDEN_VIEW)) continue;
    if (ownProperties(sidebar).length > 0) return sidebar;
  }
  return null;
}

export function readHubSpotRecord(root: Element, page: RecordPage): DomReading {
  const locale = root.ownerDocument.documentElement.lang;
  const values: Record<string, unknown> = {};
  const labels: Record<string, string> = {};
  const anchors = new Map<string, Element>();
  const editing = new Set<string>();

  for (const element of ownProperties(root)) {
    const name = propertyName(element);
    if (name === null || anchors.has(name)) continue;
    anchors.set(name, element);
    values[name] = normalise(name, displayedValue(element), locale);
    const label = labelOf(element);
    if (label) labels[name] = label;
    if (isBeingEdited(element)) editing.add(name);
  }

  const stageProperty = page.object === null ? undefined : STAGE_PROPERTY[page.object];
  const stageControl = stageProperty === undefined ? undefined : anchors.get(stageProperty);
  const pendingStage =
    stageProperty === undefined || stageControl === undefined ? null : pickedStage(stageControl, stageProperty, values[stageProperty]);

  return {
    object: null,
    values,
    editing,
    anchors,
    // The chip goes after the whole highlight card: the title shares a flex row with the avatar and action
    // buttons, where one more sibling squeezes the record's name.
    header: firstOwn(root, HIGHLIGHT_CARD) ?? firstOwn(root, HIGHLIGHT_TITLE),
    pendingStage,
    stageAnchor: stageControl ?? null,
    labels,
  };
}

export function hubspotSelectorHealth(doc: Document): SelectorHealth[] {
  const count = (selector: string) => doc.querySelectorAll(selector).length;
  return [
    { name: 'left sidebar', found: count(LEFT_SIDEBAR), required: true },
    { name: 'property inputs', found: count(PROPERTY_INPUT), required: true },
    { name: 'highlight card', found: count(HIGHLIGHT_CARD), required: false },
    { name: 'highlight title', found: count(HIGHLIGHT_TITLE), required: false },
  ];
}

function ownProperties(root: Element): Element[] {
  return [...root.querySelectorAll(PROPERTY_INPUT)].filter((element) => !element.closest(PREVIEW_PANELS));
}

function firstOwn(root: Element, selector: string): Element | null {
  return [...root.querySelectorAll(selector)].find((element) => !element.closest(PREVIEW_PANELS)) ?? null;
}

function propertyName(element: Element): string | null {
  const name = element.getAttribute(PROPERTY_INPUT_ATTRIBUTE)?.slice(PROPERTY_INPUT_PREFIX.length) ?? '';
  return /^\w+$/.test(name) ? name : null;
}

function isFormControl(element: Element): element is FormControl {
  // Tag names, not instanceof: the element may come from another realm (the page's, or a test document).
  return element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT';
}

/** The hook sits on the input itself, or on a wrapper around it (date pickers, currency inputs). */
function controlOf(element: Element): FormControl | null {
  if (isFormControl(element)) return element;
  const inner = element.querySelector('input, textarea, select');
  return inner && isFormControl(inner) ? inner : null;
}

/** What the user sees now, unsaved typing included; a dropdown with no selected label is empty. */
function displayedValue(element: Element): string | null {
  const control = controlOf(element);
  if (control) return control.value;
  return element.querySelector(DROPDOWN_LABEL)?.textContent ?? null;
}

function isBeingEdited(element: Element): boolean {
  const control = controlOf(element);
  if (!control) return false;
  if (control.ownerDocument.activeElement === control) return true;
  // React keeps the value attribute in step with saved state only loosely, so focus is the stronger signal;
  // a value that differs from the rendered default is an unsaved edit either way.
  if (control.tagName === 'SELECT') return [...(control as HTMLSelectElement).options].some((option) => option.selected !== option.defaultSelected);
  return (control as HTMLInputElement | HTMLTextAreaElement).value !== (control as HTMLInputElement | HTMLTextAreaElement).defaultValue;
}

/**
 * The text of the control's first `<label>`. Some DOM implementations look labels up with a selector built from the
 * control's id and throw when the id holds quotes (fuzzing found it): a label that cannot be found is no label.
 */
function firstLabelText(control: Element): string | null {
  try {
    return (control as HTMLInputElement).labels?.[0]?.textContent ?? null;
  } catch {
    return null;
  }
}

function labelOf(element: Element): string | null {
  const control = controlOf(element);
  const labelled = control ?? element;
  const fromLabel = firstLabelText(labelled);
  if (fromLabel?.trim()) return tidy(fromLabel);
  const doc = element.ownerDocument;
  const ids = labelled.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const fromIds = ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
  if (fromIds.trim()) return tidy(fromIds);
  const aria = labelled.getAttribute('aria-label');
  return aria?.trim() ? tidy(aria) : null;
}

/**
 * A stage the user is about to pick: HubSpot saves a stage the moment it is chosen, so "before the move" is
 * while the stage dropdown is open, at the option under the pointer or keyboard focus (the menu's
 * `aria-activedescendant`, per the WAI-ARIA listbox pattern).
 */
function pickedStage(control: Element, property: string, current: unknown): string | null {
  if (control.getAttribute('aria-expanded') !== 'true') return null;
  const doc = control.ownerDocument;
  const menuId = control.getAttribute('aria-controls') ?? control.getAttribute('aria-owns');
  const menu = menuId ? doc.getElementById(menuId) : null;
  const activeId =
    control.getAttribute('aria-activedescendant') ??
    menu?.getAttribute('aria-activedescendant') ??
    menu?.querySelector('[aria-activedescendant]')?.getAttribute('aria-activedescendant');
  const option = activeId ? doc.getElementById(activeId) : null;
  const label = option ? (option.querySelector(TYPEAHEAD_RESULT_LABEL) ?? option).textContent : null;
  if (!label?.trim()) return null;
  const stage = optionValue(property, tidy(label));
  return stage === current ? null : stage;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Brings a displayed value to the form HubSpot's API stores, so packs written for API payloads apply. */
export function normalise(property: string, displayed: string | null, locale: string): string | null {
  if (displayed === null) return null;
  const text = tidy(displayed);
  if (text === '') return null;
  if (Object.hasOwn(PROPERTY_OPTIONS, property)) return optionValue(property, text);
  if (NUMERIC_PROPERTIES.has(property)) return displayedNumber(text) ?? text;
  return displayedDate(text, locale) ?? text;
}

/** "$48,000.00", "48.000,00 €", "USD (1,200)" → "48000", "48000", "-1200"; null when it is not an amount. */
export function displayedNumber(text: string): string | null {
  const bare = text.replace(/^[A-Z]{3}\s+|\s+[A-Z]{3}$/g, '').replace(/[$€£¥]/g, '').trim();
  if (!/\d/.test(bare) || !/^[-\u2212]?\s*\(?[\d.,\s]+\)?$/.test(bare)) return null;
  const negative = /^[-\u2212(]/.test(bare);
  const digits = bare.replace(/[^\d.,]/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastComma >= 0) decimal = /^\d{1,3}(,\d{3})+$/.test(digits) ? null : ',';
  else if (lastDot >= 0) decimal = /^\d{1,3}(\.\d{3}){2,}$/.test(digits) ? null : '.';
  const [whole, fraction] = decimal === null ? [digits, ''] : splitAtLast(digits, decimal);
  const plain = whole.replace(/[.,]/g, '') + (fraction ? `.${fraction}` : '');
  const number = Number(plain);
  if (plain === '' || !Number.isFinite(number)) return null;
  return String(negative ? -number : number);
}

function splitAtLast(text: string, separator: string): [string, string] {
  const index = text.lastIndexOf(separator);
  return [text.slice(0, index), text.slice(index + 1)];
}

/**
 * A displayed date as an ISO calendar date. HubSpot formats dates in the user's locale: month first in US
 * English (HubSpot's default), day first elsewhere; the page's `lang` tells which.
 */
export function displayedDate(text: string, locale: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}(?:[Tt ].*)?$/.test(text)) return text;
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = slashed ?? dotted;
  if (!parts) return null;
  const monthFirst = slashed !== null && /^(?:en(?:-us)?)?$/i.test(locale.trim());
  const [first, second, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const [month, day] = monthFirst ? [first, second] : [second, first];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
