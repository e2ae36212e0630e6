/**
 * Every DOM selector the Salesforce adapter uses, with where it comes from (saas-apps.md §1.3 and §0.4). All of
 * this is private, undocumented Lightning markup: when a release breaks one, `selectorHealth` says which.
 * `data-target-selection-name` is the anchor of choice: it carries the field's API name whatever the user's language.
 */

/** The page host of a standard app's current view; cached hosts of earlier views stay in the DOM without `.active` (SIR button.js `openPopup`). */
export const ACTIVE_PAGE_HOST = 'div.windowViewMode-normal.active';

/** In console apps every workspace tab is a page host; the focused one is maximized and active (SIR button.js `openPopup`). */
export const ACTIVE_CONSOLE_PAGE_HOST = 'section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost';

/** Any page host, active or cached: what a form inside one belongs to. */
export const ANY_PAGE_HOST = '.lafPageHost, .windowViewMode-normal, .windowViewMode-maximized';

/** Root of a Lightning record page inside its host (Clockify and public scrapers). */
export const RECORD_HOME = 'one-record-home-flexipage2';

/**
 * Field containers: page-layout Record Detail items, Dynamic Forms fields, and Classic-in-Lightning page block
 * items, as SIR's "Show field API names" selects them (`record_flexipage-record-field > div,
 * records-record-layout-item > div, div .forcePageBlockItemView`, PR #202: "works on Layouts & Dynamic Forms").
 * Matched by tag name on the anchor's parent rather than by selector: some DOM engines reject the `_` in
 * `record_flexipage-record-field` as a type selector.
 */
export const FIELD_CONTAINER_TAGS: readonly string[] = ['records-record-layout-item', 'record_flexipage-record-field'];
/** Classic-in-Lightning: the page block item is itself the field box. */
export const CLASSIC_FIELD_CLASS = 'forcePageBlockItemView';

/** The field box, whose attribute is `sfdc:RecordField.{SObject}.{Field}` (SIR reads `.split(".")[2]`). */
export const FIELD_ANCHOR = '[data-target-selection-name^="sfdc:RecordField."]';
export const FIELD_ANCHOR_ATTRIBUTE = 'data-target-selection-name';
export const FIELD_ANCHOR_PREFIX = 'sfdc:RecordField.';

/**
 * The label text of a field; `records-record-layout-item` also carries it as `field-label` (public scrapers).
 * Hints go right after it, where SIR appends its API-name `<mark>`.
 */
export const FIELD_LABEL = '.test-id__field-label';
/** The label of an input in edit mode, where the page may not render `.test-id__field-label`. */
export const EDIT_LABEL = 'label.slds-form-element__label, .slds-form-element__label';
export const FIELD_LABEL_ATTRIBUTE = 'field-label';

/** The read-only value box of a field in view mode (public scrapers; `[slot="outputField"]` on Dynamic Forms). */
export const FIELD_VALUE = '.test-id__field-value, .slds-form-element__static, [slot="outputField"], [data-output-element-id="output-field"]';

/** A lookup's link to the related record; its href holds the id the API stores (public scrapers). */
export const LOOKUP_LINK = 'force-lookup a, force-owner-lookup a[href], records-hoverable-link a[href]';

/** Typed output components: numbers, currency and percent are formatted with the user's locale. */
export const FORMATTED_NUMBER = 'lightning-formatted-number';

/** A checkbox field, rendered as a disabled checkbox in view mode and an enabled one in edit mode. */
export const CHECKBOX = 'input[type="checkbox"]';

/** The inline-edit pencil of a field, titled "Edit {Label}" (public Playwright and Selenium page objects). */
export const INLINE_EDIT_BUTTON = 'button[title^="Edit "]';

/** A picklist being edited: the combobox trigger, whose `data-value` is the chosen API value (lightning-base-combobox). */
export const PICKLIST_INPUT = 'button[role="combobox"]';

/** Text, number, date and lookup inputs and text areas inside a field box in edit mode (public page objects). */
export const TEXT_INPUT = 'input:not([type="checkbox"]):not([type="hidden"]):not([type="radio"]), textarea';

/** The date picker wraps the date input; its text is a date in the user's locale. */
export const DATE_PICKER = 'lightning-datepicker';

/** A selected lookup shown as a pill in edit mode. */
export const LOOKUP_PILL = '.slds-pill, lightning-pill';

/** The record header: the highlights block, or the panel that wraps it (Clockify, public scrapers). */
export const HIGHLIGHTS = 'records-highlights2';
export const HIGHLIGHTS_PANEL = 'records-lwc-highlights-panel';

/** The Path component (Aura `runtime_sales_pathassistant:pathAssistant`), with the plain SLDS path as a fallback. */
export const PATH = '[data-aura-class="runtime_sales_pathassistantPathAssistant"], .slds-path';

/** The Path's stages; `data-name` is the stage value (public page objects). */
export const PATH_STAGE = 'ul.slds-path__nav > li.slds-path__item';
export const PATH_STAGE_NAME_ATTRIBUTE = 'data-name';
export const PATH_CURRENT_CLASS = 'slds-is-current';
/** The stage the user has selected: the current one, or a later one clicked before "Mark as Current Stage". */
export const PATH_SELECTED_CLASS = 'slds-is-active';

/**
 * The full "Edit" dialog renders outside the page host (saas-apps.md §1.3; tag names unverified on a live
 * org): its field boxes carry the same `data-target-selection-name`.
 */
export const EDIT_MODAL = '.slds-modal.slds-fade-in-open, records-record-edit-form';
