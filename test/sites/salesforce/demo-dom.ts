/**
 * Loads the demo Lightning pages into the test's happy-dom document and does what the demo's client script does
 * (inline edit, picking a picklist value, selecting a Path stage), so the reader is tested against the same
 * markup the end-to-end tests drive. Records are those of 2026-11-25, the day the examples were written for.
 */
import { detailLayout, editModal, lexDocument, pageHost, recordPage } from '../../demo-apps/salesforce/page';
import { demoRecords, OPPORTUNITY_IDS, type DemoRecord } from '../../demo-apps/salesforce/data';
import { detectSalesforcePage } from '../../../lib/sites/salesforce/urls';
import type { RecordPage } from '../../../lib/sites/types';

export const EXAMPLES_DAY = Date.UTC(2026, 10, 25);
export const NOW = { now: '2026-11-25T12:00:00Z' };

export function demoRecord(id: string): DemoRecord {
  const record = demoRecords(EXAMPLES_DAY).get(id);
  if (!record) throw new Error(`no demo record ${id}`);
  return record;
}

export function recordUrl(record: DemoRecord, mode: 'view' | 'edit' = 'view'): string {
  return `https://acme.lightning.force.com/lightning/r/${record.object}/${record.id}/${mode}`;
}

export function recordPageOf(url: string): RecordPage {
  const page = detectSalesforcePage(new URL(url));
  if (page?.kind !== 'record') throw new Error(`not a record page: ${url}`);
  return page;
}

export interface ShowOptions {
  /** Console app: hosts in a workspace tab section, maximized. */
  readonly console?: boolean;
  /** The record whose page host stays cached, inactive, beside the active one (null for none). */
  readonly cachedId?: string | null;
  /** The full edit dialog open over the page, as at `/edit` URLs. */
  readonly modal?: boolean;
  readonly lang?: string;
  /** Replaces the active host's content (a loading placeholder, a page that is not a record). */
  readonly content?: string;
}

export function showRecord(id: string, options: ShowOptions = {}): DemoRecord {
  const record = demoRecord(id);
  const cachedId = options.cachedId === undefined ? (id === OPPORTUNITY_IDS.pastCloseDate ? OPPORTUNITY_IDS.noNextStep : OPPORTUNITY_IDS.pastCloseDate) : options.cachedId;
  const cached = cachedId === null ? null : demoRecord(cachedId);
  const hostOptions = { console: options.console ?? false };
  const hosts =
    (cached ? pageHost(recordPage(cached, []), { ...hostOptions, active: false, url: recordUrl(cached) }) : '') +
    pageHost(options.content ?? recordPage(record, []), { ...hostOptions, active: true, url: recordUrl(record) });
  let markup = lexDocument({
    title: record.id,
    hosts,
    console: options.console ?? false,
    ...(options.modal ? { modal: editModal(record) } : {}),
  }).replace(/<script[^>]*><\/script>/g, '');
  if (options.lang) markup = markup.replace('lang="en-US"', `lang="${options.lang}"`);
  document.open();
  document.write(markup);
  document.close();
  return record;
}

export function activeHost(): Element {
  const host = document.querySelector('.lafPageHost.active');
  if (!host) throw new Error('no active page host');
  return host;
}

function box(field: string, scope: ParentNode = activeHost()): Element {
  const found = scope.querySelector(`[data-target-selection-name$=".${field}"]`);
  if (!found) throw new Error(`no field box for ${field}`);
  return found;
}

/** The pencil's effect: the record layout re-renders with inputs in every editable field. */
export function startInlineEdit(record: DemoRecord): void {
  const broker = activeHost().querySelector('records-record-layout-event-broker');
  if (!broker) throw new Error('no record layout');
  broker.innerHTML = detailLayout(record, 'edit');
}

export function typeInto(field: string, text: string, scope?: ParentNode): void {
  const input = box(field, scope).querySelector<HTMLInputElement | HTMLTextAreaElement>('input:not([type="checkbox"]), textarea');
  if (!input) throw new Error(`no input for ${field}`);
  input.value = text;
}

export function choose(field: string, value: string): void {
  const button = box(field).querySelector('button[role="combobox"]');
  if (!button) throw new Error(`no picklist for ${field}`);
  button.setAttribute('data-value', value);
  button.textContent = value;
}

/** A click on a Path stage: it becomes selected (`slds-is-active`) while the current stage stays current. */
export function selectPathStage(stage: string): void {
  for (const item of activeHost().querySelectorAll('li.slds-path__item')) {
    item.classList.toggle('slds-is-active', item.getAttribute('data-name') === stage);
  }
}
