/**
 * Every DOM selector the HubSpot adapter uses. HubSpot marks its UI with two test-hook attributes,
 * `data-selenium-test` and `data-test-id`: neither is contractual, both have been stable for years
 * (saas-apps.md §3.3). Classes are used only where no hook exists (the dropdown label).
 */

/** The record page's left sidebar: highlight card plus the "About this deal" properties (clockify hubspot.js, public code). */
export const LEFT_SIDEBAR = '[data-scroll-trackable-container="left-sidebar"]';

/** The highlight card at the top of the left sidebar; the summary chip goes after it (clockify hubspot.js). */
export const HIGHLIGHT_CARD = '[data-test-id="record-highlight-main-content"]';

/** The record's name in the highlight card, where the chip goes if the card's hook is gone (clockify hubspot.js). */
export const HIGHLIGHT_TITLE = '[data-selenium-test="highlightTitle"]';

/**
 * One property's input, textarea or dropdown button in the sidebar, `property-input-{internalName}`
 * (Selenium suites in public code: `button[data-selenium-test='property-input-dealstage']`).
 */
export const PROPERTY_INPUT = '[data-selenium-test^="property-input-"]';
export const PROPERTY_INPUT_ATTRIBUTE = 'data-selenium-test';
export const PROPERTY_INPUT_PREFIX = 'property-input-';

/** The selected option's label inside a dropdown button, such as the deal owner's name (saas-apps.md §3.3). */
export const DROPDOWN_LABEL = 'span.private-dropdown__item__label';

/** An option's label in an open dropdown's typeahead menu (Selenium suites in public code). */
export const TYPEAHEAD_RESULT_LABEL = '.private-typeahead-result-label';

/**
 * Side panels that show another record without changing the URL: they reuse the property inputs, so anything
 * inside them is not the page's record (saas-apps.md §3.1 and §3.3, clockify hubspot.js).
 */
export const PREVIEW_PANELS = [
  '[data-selenium-test="sidebar-preview-panel"]',
  '[data-test-id="IndexPageInlineSidebar"]',
  '[data-crm-location="CRM_OBJECT_PREVIEW"]',
].join(', ');

/** Ancestors that take a cached or transitioning view out of sight. */
export const HIDDEN_VIEW = '[hidden], [aria-hidden="true"]';
