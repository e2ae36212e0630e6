/**
 * HTML of the demo Lightning Experience, after saas-apps.md §1.1 and §1.3: the app shell with page hosts
 * (`div.windowViewMode-normal.active` for the current view, cached hosts of earlier views without `.active`, or
 * console workspace tabs), `one-record-home-flexipage2` with the highlights panel, the Path, and the record
 * detail as `records-record-layout-item` > `div[data-target-selection-name="sfdc:RecordField.{SObject}.{Field}"]`
 * with `.test-id__field-label`, `.test-id__field-value`, `lightning-formatted-*`, `force-lookup a` and the
 * inline-edit pencil; in edit mode the same boxes hold the inputs and the footer has `button[name="SaveEdit"]`.
 */
import { escapeHtml } from '../server';
import { displayOf, OPPORTUNITY_STAGES, PICKLISTS, recordName, type DemoRecord } from './data';

type FieldType = 'text' | 'textarea' | 'currency' | 'percent' | 'date' | 'picklist' | 'lookup' | 'name' | 'email' | 'phone';

interface LayoutField {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required?: boolean;
  /** Read-only in the layout (owner changes go through "Change Owner"). */
  readonly readOnly?: boolean;
}

interface LayoutSection {
  readonly title: string;
  readonly left: readonly LayoutField[];
  readonly right: readonly LayoutField[];
}

const OPPORTUNITY_LAYOUT: readonly LayoutSection[] = [
  {
    title: 'Opportunity Information',
    left: [
      { name: 'OwnerId', label: 'Opportunity Owner', type: 'lookup', readOnly: true },
      { name: 'Name', label: 'Opportunity Name', type: 'text', required: true },
      { name: 'AccountId', label: 'Account Name', type: 'lookup' },
      { name: 'Type', label: 'Type', type: 'picklist' },
      { name: 'LeadSource', label: 'Lead Source', type: 'picklist' },
    ],
    right: [
      { name: 'CloseDate', label: 'Close Date', type: 'date', required: true },
      { name: 'NextStep', label: 'Next Step', type: 'text' },
      { name: 'StageName', label: 'Stage', type: 'picklist', required: true },
      { name: 'Probability', label: 'Probability (%)', type: 'percent' },
      { name: 'ForecastCategoryName', label: 'Forecast Category', type: 'picklist' },
      { name: 'Amount', label: 'Amount', type: 'currency' },
    ],
  },
  { title: 'Description Information', left: [{ name: 'Description', label: 'Description', type: 'textarea' }], right: [] },
];

const LEAD_LAYOUT: readonly LayoutSection[] = [
  {
    title: 'Lead Information',
    left: [
      { name: 'OwnerId', label: 'Lead Owner', type: 'lookup', readOnly: true },
      { name: 'Name', label: 'Name', type: 'name', required: true },
      { name: 'Company', label: 'Company', type: 'text', required: true },
      { name: 'Title', label: 'Title', type: 'text' },
    ],
    right: [
      { name: 'Status', label: 'Lead Status', type: 'picklist', required: true },
      { name: 'Email', label: 'Email', type: 'email' },
      { name: 'Phone', label: 'Phone', type: 'phone' },
      { name: 'LeadSource', label: 'Lead Source', type: 'picklist' },
    ],
  },
];

export function layoutOf(object: DemoRecord['object']): readonly LayoutSection[] {
  return object === 'Opportunity' ? OPPORTUNITY_LAYOUT : LEAD_LAYOUT;
}

/** Every field a layout shows: what `layoutTypes=Full` returns from the UI API. */
export function layoutFieldNames(object: DemoRecord['object']): string[] {
  return layoutOf(object).flatMap((section) => [...section.left, ...section.right]).flatMap((field) => {
    if (field.type === 'name') return ['FirstName', 'LastName'];
    if (field.type === 'lookup') return [field.name, field.name.replace(/Id$/, '')];
    return [field.name];
  });
}

export function requiredFields(object: DemoRecord['object']): LayoutField[] {
  return layoutOf(object).flatMap((section) => [...section.left, ...section.right]).filter((field) => field.required === true);
}

const h = escapeHtml;

export interface ShellOptions {
  readonly title: string;
  /** Page hosts, the active one among them. */
  readonly hosts: string;
  /** Console apps keep each workspace tab in a `section.oneConsoleTab`. */
  readonly console?: boolean;
  /** The full edit dialog (`/edit` URLs), rendered in the app shell outside the page hosts. */
  readonly modal?: string;
}

export function lexDocument(options: ShellOptions): string {
  const stage = options.console
    ? `<section class="tabContent oneConsoleTab active">${options.hosts}</section>`
    : options.hosts;
  return `<!doctype html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8">
<title>${h(options.title)} | Salesforce</title>
<link rel="stylesheet" href="/__demo/salesforce/lex.css">
<script src="/__demo/salesforce/client.js" defer></script>
</head>
<body class="desktop">
<div id="auraLoadingBox" class="auraLoadingBox oneLoadingBox loadingHide"></div>
<div class="desktop container forceStyle oneOne navexDesktopLayoutContainer lafAppLayoutHost forceAccess">
  <div class="viewport">
    <header id="oneHeader" class="slds-global-header_container">
      <div class="slds-global-header slds-grid">
        <div class="slds-global-header__item"><span class="slds-global-header__logo">Acme</span></div>
        <div class="slds-global-header__item slds-global-header__item_search"><input type="search" class="slds-input" placeholder="Search..." aria-label="Search"></div>
        <div class="slds-global-header__item"><a class="slds-global-actions__item" href="/lightning/setup/SetupOneHome/home" title="Setup">&#9881;</a></div>
      </div>
      <one-appnav>
        <div class="slds-context-bar">
          <span class="slds-context-bar__label-action slds-context-bar__app-name">${options.console ? 'Sales Console' : 'Sales'}</span>
          <nav class="slds-context-bar__secondary" role="navigation">
            <ul class="slds-grid">
              <li class="slds-context-bar__item"><a href="/lightning/page/home" class="slds-context-bar__label-action">Home</a></li>
              <li class="slds-context-bar__item"><a href="/lightning/o/Opportunity/list?filterName=Recent" class="slds-context-bar__label-action">Opportunities</a></li>
              <li class="slds-context-bar__item"><a href="/lightning/o/Lead/list?filterName=Recent" class="slds-context-bar__label-action">Leads</a></li>
            </ul>
          </nav>
        </div>
      </one-appnav>
    </header>
    <div class="oneCenterStage">${stage}</div>
  </div>
</div>
<div class="demo-modal-root">${options.modal ?? ''}</div>
</body>
</html>`;
}

export interface HostOptions {
  readonly active: boolean;
  readonly console?: boolean;
  /** The URL the host shows, so the client can find a cached host again. */
  readonly url: string;
}

/** A page host: the unit Lightning caches per visited view. */
export function pageHost(content: string, options: HostOptions): string {
  const classes = options.console
    ? `windowViewMode-maximized oneContent lafPageHost${options.active ? ' active' : ''}`
    : `windowViewMode-normal oneContent lafPageHost${options.active ? ' active' : ''}`;
  return `<div class="${classes}" data-demo-url="${h(options.url)}">${content}</div>`;
}

export function recordPage(record: DemoRecord, others: readonly DemoRecord[]): string {
  return `<one-record-home-flexipage2>
  <div class="record-page-decorator">
    ${highlights(record)}
    <div class="slds-grid slds-gutters record-body">
      <div class="slds-col main-column">
        ${path(record)}
        <article class="slds-card">
          <lightning-tabset class="slds-tabs_default">
            <ul class="slds-tabs_default__nav" role="tablist">
              <li class="slds-tabs_default__item" role="presentation"><a class="slds-tabs_default__link" role="tab" aria-selected="false" data-tab="related">Related</a></li>
              <li class="slds-tabs_default__item slds-is-active" role="presentation"><a class="slds-tabs_default__link" role="tab" aria-selected="true" data-tab="details">Details</a></li>
            </ul>
            <div class="slds-tabs_default__content slds-hide" role="tabpanel" data-tab-panel="related"></div>
            <div class="slds-tabs_default__content slds-show" role="tabpanel" data-tab-panel="details">
              <records-lwc-detail-panel>
                <records-base-record-form>
                  <records-record-layout-event-broker data-record-id="${h(record.id)}">${detailLayout(record, 'view')}</records-record-layout-event-broker>
                </records-base-record-form>
              </records-lwc-detail-panel>
            </div>
          </lightning-tabset>
        </article>
      </div>
      <div class="slds-col side-column">${recentlyViewed(others)}</div>
    </div>
  </div>
</one-record-home-flexipage2>`;
}

function objectIcon(object: DemoRecord['object']): string {
  return `<span class="slds-icon_container slds-icon-standard-${object.toLowerCase()}" title="${h(object)}"><span class="demo-icon">${object === 'Opportunity' ? '&#9733;' : '&#9679;'}</span></span>`;
}

const HIGHLIGHT_FIELDS: Readonly<Record<DemoRecord['object'], readonly [string, string][]>> = {
  Opportunity: [['Account', 'Account Name'], ['CloseDate', 'Close Date'], ['Amount', 'Amount'], ['Owner', 'Opportunity Owner']],
  Lead: [['Title', 'Title'], ['Company', 'Company'], ['Phone', 'Phone'], ['Email', 'Email']],
};

function highlights(record: DemoRecord): string {
  const items = HIGHLIGHT_FIELDS[record.object]
    .map(([name, label]) => `<records-highlights-details-item class="slds-page-header__detail-block">
        <p class="slds-text-title slds-truncate" title="${h(label)}">${h(label)}</p>
        <p class="fieldComponent slds-text-body_regular"><lightning-formatted-text>${h(displayOf(name, record.fields[name]))}</lightning-formatted-text></p>
      </records-highlights-details-item>`)
    .join('');
  return `<records-lwc-highlights-panel>
  <records-highlights2 class="slds-page-header slds-page-header_record-home">
    <div class="slds-grid primaryFieldRow">
      <div class="slds-media">
        <div class="slds-media__figure">${objectIcon(record.object)}</div>
        <div class="slds-media__body">
          <records-entity-label class="entityNameTitle slds-line-height_reset">${h(record.object)}</records-entity-label>
          <h1 class="slds-page-header__title"><lightning-formatted-text slot="primaryField">${h(recordName(record))}</lightning-formatted-text></h1>
        </div>
      </div>
      <div class="actionsContainer">
        <ul class="slds-button-group-list">
          <li><button class="slds-button slds-button_neutral" type="button">Follow</button></li>
          <li><button class="slds-button slds-button_neutral" type="button" name="Edit">Edit</button></li>
          <li><button class="slds-button slds-button_neutral" type="button">Clone</button></li>
        </ul>
      </div>
    </div>
    <div class="slds-grid slds-page-header__detail-row secondaryFields">${items}</div>
  </records-highlights2>
</records-lwc-highlights-panel>`;
}

function pathStages(record: DemoRecord): { field: string; stages: readonly string[] } {
  if (record.object === 'Lead') return { field: 'Status', stages: PICKLISTS.Status ?? [] };
  // Lightning shows one final "Closed" step for Closed Won and Closed Lost, or the closed stage once reached.
  const current = String(record.fields.StageName ?? '');
  const closed = current.startsWith('Closed') ? current : 'Closed';
  return { field: 'StageName', stages: [...OPPORTUNITY_STAGES.filter((stage) => !stage.startsWith('Closed')), closed] };
}

function path(record: DemoRecord): string {
  const { field, stages } = pathStages(record);
  const label = field === 'StageName' ? 'Stage' : 'Status';
  const current = String(record.fields[field] ?? '');
  const currentIndex = stages.indexOf(current);
  const items = stages
    .map((stage, index) => {
      const state = index < currentIndex ? 'slds-is-complete' : index === currentIndex ? 'slds-is-current slds-is-active' : 'slds-is-incomplete';
      return `<li class="slds-path__item ${state}" role="presentation" data-name="${h(stage)}">
          <a aria-selected="${index === currentIndex}" class="slds-path__link" role="option" tabindex="${index === currentIndex ? 0 : -1}">
            <span class="slds-path__stage"><span class="slds-assistive-text">${index < currentIndex ? 'Stage Complete' : index === currentIndex ? 'Current Stage:' : ''}</span></span>
            <span class="slds-path__title">${h(stage)}</span>
          </a>
        </li>`;
    })
    .join('');
  return `<article class="slds-card path-card">
  <div class="slds-path runtime_sales_pathassistantPathAssistant" data-aura-class="runtime_sales_pathassistantPathAssistant" data-demo-field="${field}" data-demo-record="${h(record.id)}">
    <div class="slds-grid slds-path__track">
      <div class="slds-grid slds-path__scroller-container">
        <div class="slds-path__scroller" role="application">
          <div class="slds-path__scroller_inner">
            <ul class="slds-path__nav" role="listbox" aria-orientation="horizontal">${items}</ul>
          </div>
        </div>
      </div>
      <div class="slds-grid slds-path__action runtime_sales_pathassistantPathAssistantHeader">
        <span class="slds-path__stage-name">${label}: ${h(current)}</span>
        <button class="slds-button slds-button_brand slds-path__mark-complete stepAction current" type="button" data-demo-label="${label}">Mark ${label} as Complete</button>
      </div>
    </div>
  </div>
</article>`;
}

/** The Details tab's record layout, in view or inline-edit mode; the client swaps it when the pencil is clicked. */
export function detailLayout(record: DemoRecord, mode: 'view' | 'edit'): string {
  const sections = layoutOf(record.object)
    .map((section) => {
      const rows = Math.max(section.left.length, section.right.length);
      const rowHtml = Array.from({ length: rows }, (_, index) => {
        const cells = [section.left[index], section.right[index]].map((field) => (field ? layoutItem(record, field, mode) : '<div class="slds-form__item slds-no-space"></div>'));
        return `<records-record-layout-row class="slds-form__row">${cells.join('')}</records-record-layout-row>`;
      }).join('');
      return `<records-record-layout-section>
        <div class="slds-section slds-is-open">
          <h3 class="slds-section__title"><span class="slds-truncate" title="${h(section.title)}">${h(section.title)}</span></h3>
          <div class="slds-section__content"><div class="slds-form" role="list">${rowHtml}</div></div>
        </div>
      </records-record-layout-section>`;
    })
    .join('');
  const footer =
    mode === 'edit'
      ? `<div class="slds-docked-form-footer inlineFooter">
          <div class="demo-save-error slds-hide" role="alert">We hit a snag. Review the errors on this page.</div>
          <button class="slds-button slds-button_neutral" type="button" name="CancelEdit">Cancel</button>
          <button class="slds-button slds-button_brand" type="button" name="SaveEdit">Save</button>
        </div>`
      : '';
  return `<records-record-layout-block data-mode="${mode}" data-record-id="${h(record.id)}">${sections}</records-record-layout-block>${footer}`;
}

function layoutItem(record: DemoRecord, field: LayoutField, mode: 'view' | 'edit'): string {
  const editing = mode === 'edit' && field.readOnly !== true;
  const selection = `sfdc:RecordField.${record.object}.${field.name}`;
  const required = field.required ? '<abbr class="slds-required" title="required">*</abbr>' : '';
  const body = editing ? editControl(record, field) : viewValue(record, field);
  const pencil =
    mode === 'view' && field.readOnly !== true
      ? `<button class="slds-button trigger-inline-edit slds-button_icon" type="button" title="Edit ${h(field.label)}"><span class="demo-pencil" aria-hidden="true">&#9998;</span><span class="slds-assistive-text">Edit ${h(field.label)}</span></button>`
      : '';
  return `<records-record-layout-item field-label="${h(field.label)}" class="slds-form__item slds-no-space" role="listitem">
    <div class="slds-form-element slds-form-element_stacked ${editing ? 'slds-form-element_edit' : 'slds-form-element_readonly slds-hint-parent'}" data-target-selection-name="${h(selection)}">
      <div class="test-id__field-label-container slds-form-element__label">${editing ? required : ''}<span class="test-id__field-label">${h(field.label)}</span></div>
      <div class="slds-form-element__control">${body}${pencil}</div>
    </div>
  </records-record-layout-item>`;
}

function viewValue(record: DemoRecord, field: LayoutField): string {
  const value = record.fields[field.name];
  let output: string;
  if (field.type === 'lookup') {
    const related = record.fields[field.name.replace(/Id$/, '')] as { Id: string; Name: string } | null | undefined;
    const tag = field.name === 'OwnerId' ? 'force-owner-lookup' : 'force-lookup';
    const object = field.name === 'OwnerId' ? 'User' : field.name.replace(/Id$/, '');
    output = related ? `<${tag}><a href="/lightning/r/${h(object)}/${h(related.Id)}/view" data-navigation="enable">${h(related.Name)}</a></${tag}>` : '';
  } else if (field.type === 'name') {
    output = `<lightning-formatted-name>${h(recordName(record))}</lightning-formatted-name>`;
  } else if (field.type === 'currency' || field.type === 'percent') {
    output = value === null || value === undefined ? '' : `<lightning-formatted-number>${h(displayOf(field.name, value))}</lightning-formatted-number>`;
  } else if (field.type === 'email') {
    output = value ? `<lightning-formatted-email><a href="mailto:${h(String(value))}">${h(String(value))}</a></lightning-formatted-email>` : '';
  } else if (field.type === 'phone') {
    output = value ? `<lightning-formatted-phone><a href="tel:${h(String(value))}">${h(String(value))}</a></lightning-formatted-phone>` : '';
  } else {
    output = value === null || value === undefined ? '' : `<lightning-formatted-text>${h(displayOf(field.name, value))}</lightning-formatted-text>`;
  }
  return `<span class="test-id__field-value slds-form-element__static slds-grow"><slot name="outputField">${output}</slot></span>`;
}

function editControl(record: DemoRecord, field: LayoutField): string {
  const value = record.fields[field.name];
  const id = `input-${field.name}`;
  switch (field.type) {
    case 'picklist':
      return combobox(field.name, field.label, value === null || value === undefined ? null : String(value), PICKLISTS[field.name] ?? []);
    case 'lookup': {
      const related = record.fields[field.name.replace(/Id$/, '')] as { Name: string } | null | undefined;
      const pill = related ? `<span class="slds-pill"><span class="slds-pill__label">${h(related.Name)}</span></span>` : '';
      return `<records-record-picker>${pill}<input type="text" class="slds-input" id="${id}" aria-label="${h(field.label)}" placeholder="Search..." value=""></records-record-picker>`;
    }
    case 'date':
      return `<lightning-datepicker><input type="text" class="slds-input" id="${id}" aria-label="${h(field.label)}" value="${h(displayOf(field.name, value))}"></lightning-datepicker>`;
    case 'currency':
    case 'percent':
      return `<lightning-input><input type="text" inputmode="decimal" class="slds-input" id="${id}" aria-label="${h(field.label)}" value="${value === null || value === undefined ? '' : h(String(value))}"></lightning-input>`;
    case 'textarea':
      return `<lightning-textarea><textarea class="slds-textarea" id="${id}" aria-label="${h(field.label)}">${h(String(value ?? ''))}</textarea></lightning-textarea>`;
    case 'name':
      return `<lightning-input-name>
        <input type="text" class="slds-input" name="firstName" aria-label="First Name" placeholder="First Name" value="${h(String(record.fields.FirstName ?? ''))}">
        <input type="text" class="slds-input" name="lastName" aria-label="Last Name" placeholder="Last Name" value="${h(String(record.fields.LastName ?? ''))}">
      </lightning-input-name>`;
    default:
      return `<lightning-input><input type="text" class="slds-input" id="${id}" aria-label="${h(field.label)}" value="${h(String(value ?? ''))}"></lightning-input>`;
  }
}

function combobox(name: string, label: string, value: string | null, options: readonly string[]): string {
  const items = ['--None--', ...options]
    .map((option) => `<lightning-base-combobox-item role="option" class="slds-listbox__item" data-value="${option === '--None--' ? '' : h(option)}">${h(option)}</lightning-base-combobox-item>`)
    .join('');
  return `<lightning-combobox>
    <lightning-base-combobox class="slds-combobox_container">
      <button type="button" role="combobox" class="slds-combobox__input slds-input_faux" aria-label="${h(label)}" aria-expanded="false" data-field="${h(name)}" data-value="${h(value ?? '')}"><span class="slds-truncate">${h(value ?? '--None--')}</span></button>
      <div class="slds-dropdown slds-dropdown_fluid slds-hide" role="listbox">${items}</div>
    </lightning-base-combobox>
  </lightning-combobox>`;
}

function recentlyViewed(others: readonly DemoRecord[]): string {
  const links = others
    .map((other) => `<li class="slds-item"><a href="/lightning/r/${h(other.object)}/${h(other.id)}/view" data-navigation="enable">${h(recordName(other))}</a> <span class="slds-text-color_weak">${h(other.object)}</span></li>`)
    .join('');
  return `<article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title">Recently Viewed</h2></div><ul class="slds-card__body slds-has-dividers_bottom-space">${links}</ul></article>`;
}

/** The full "Edit" dialog of a record, as `/lightning/r/{SObject}/{id}/edit` opens it over the record page. */
export function editModal(record: DemoRecord): string {
  return `<section role="dialog" aria-modal="true" aria-label="Edit ${h(recordName(record))}" class="slds-modal slds-fade-in-open">
  <div class="slds-modal__container">
    <div class="slds-modal__header"><h2 class="slds-modal__title">Edit ${h(recordName(record))}</h2></div>
    <div class="slds-modal__content">
      <records-record-edit-form data-record-id="${h(record.id)}">${detailLayout(record, 'edit')}</records-record-edit-form>
    </div>
  </div>
</section>
<div class="slds-backdrop slds-backdrop_open"></div>`;
}

/** The views that are not records: home, a list view, Setup. */
export function plainPage(title: string, body: string): string {
  return `<div class="demo-plain-page slds-card"><div class="slds-page-header"><h1 class="slds-page-header__title">${h(title)}</h1></div><div class="slds-card__body">${body}</div></div>`;
}

export function listView(object: string, records: readonly DemoRecord[]): string {
  const rows = records
    .filter((record) => record.object === object)
    .map((record) => `<tr><th scope="row"><a href="/lightning/r/${h(record.object)}/${h(record.id)}/view" data-navigation="enable">${h(recordName(record))}</a></th><td>${h(displayOf('StageName', record.fields.StageName ?? record.fields.Status))}</td></tr>`)
    .join('');
  return plainPage(`Recently Viewed ${object}s`, `<table class="slds-table slds-table_bordered" role="grid"><tbody>${rows}</tbody></table>`);
}
