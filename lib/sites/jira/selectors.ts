/**
 * Every DOM hook the Jira adapter uses, one named constant each. Jira's issue view is private UI: these are
 * `data-testid` values Atlassian renders for its own tests (older builds wrote `data-test-id`; `byTestId` matches
 * both), collected in saas-apps.md §4.3 and from public code that has followed them for years. Expect them to
 * drift: the selector health report names the one that broke.
 */

/** Matches an element by its test id under either attribute name. */
export function byTestId(id: string, tag = ''): string {
  const value = JSON.stringify(id);
  return `${tag}[data-testid=${value}], ${tag}[data-test-id=${value}]`;
}

/** Matches test ids that start with a prefix, under either attribute name. */
export function byTestIdPrefix(prefix: string, tag = ''): string {
  const value = JSON.stringify(prefix);
  return `${tag}[data-testid^=${value}], ${tag}[data-test-id^=${value}]`;
}

export function testIdOf(element: Element): string | null {
  return element.getAttribute('data-testid') ?? element.getAttribute('data-test-id');
}

/** The issue's summary, the page's h1 (saas-apps.md §4.3; bgitzis/jira-noedit docs/atlaskit.md, verified 2026-04). */
export const SUMMARY_HEADING = byTestId('issue.views.issue-base.foundation.summary.heading', 'h1');

/** The last breadcrumb: a link to `/browse/{KEY}` naming the issue the view shows (saas-apps.md §4.1). */
export const CURRENT_ISSUE_CRUMB = byTestId('issue.views.issue-base.foundation.breadcrumbs.current-issue.item');

/** The status control: a button whose text is the current status name (saas-apps.md §4.3). */
export const STATUS_BUTTON = byTestId('issue-field-status.ui.status-view.status-button.status-button', 'button');

/** The status button's label span (saas-apps.md §4.3: "with text in `…--text`"). */
export const STATUS_BUTTON_TEXT = byTestId('issue-field-status.ui.status-view.status-button.status-button--text');

/** Wraps the status button; the stage-gate panel goes next to it (saas-apps.md §4.3). */
export const STATUS_FIELD_WRAPPER = byTestId('issue.views.issue-base.foundation.status.status-field-wrapper');

/**
 * One option of the open status dropdown, rendered in a portal outside the issue view as a child of a
 * `role="listbox"` (saas-apps.md §4.3; bgitzis/jira-noedit CLAUDE.md). Jira leaves the current status out.
 */
export const TRANSITION_OPTION = byTestId('issue-field-status.ui.status-view.transition');

/**
 * A status lozenge. Public test code shows the suffix is the status category id (`…status-lozenge.4` for
 * "In Progress"), which is what lets the adapter tell the stage of a transition's target without the API.
 */
export const STATUS_LOZENGE = byTestIdPrefix('issue.fields.status.common.ui.status-lozenge.');
export const STATUS_LOZENGE_PREFIX = 'issue.fields.status.common.ui.status-lozenge.';

/**
 * The transition screen: the modal Jira opens when a transition needs fields (a resolution, a comment) before
 * it applies. Test id from a JSM agents' userscript (AllyMech14/liferay-jira-userscript).
 */
export const TRANSITION_MODAL = byTestId('issue-transition.ui.issue-transition-modal', 'section');

/** The assignee's value: a profile-card trigger for a person, or "Unassigned" (saas-apps.md §4.3). */
export const ASSIGNEE_FIELD = byTestId('issue.views.field.user.assignee');

/** Present inside a user field only when a person is set; its aria-label names them. */
export const PROFILE_CARD_TRIGGER = byTestId('profilecard-next.ui.profilecard.profilecard-trigger');

/** Priority's read view: an icon and the priority name (public userscripts and Playwright suites). */
export const PRIORITY_FIELD = byTestId('issue-field-priority-readview-full.ui.priority.wrapper');

/** A single-select field, by field id: resolution, request type, select custom fields (saas-apps.md §4.3). */
export function selectField(fieldId: string): string {
  return byTestId(`issue.views.field.select.common.select-inline-edit.${fieldId}`);
}

/** The read view inside a select field (saas-apps.md §4.3). */
export const SELECT_READ_VIEW = '[data-component-selector="jira-issue-view-select-inline-edit-read-view-container"]';

/** A field's caption, by field id (`…field-heading.assignee`), seen in a saved Jira page. */
export function fieldHeading(fieldId: string): string {
  return byTestId(`issue-field-heading-styled-field-heading.${fieldId}`);
}

/** The listbox Jira's dropdowns render into (Atlaskit portal); it carries no test id of its own. */
export const LISTBOX = '[role="listbox"]';

/** An open inline editor inside a field container (a picker or text input replaces the read view). */
export const INLINE_EDITOR = 'input:not([type="hidden"]), select, textarea, [contenteditable="true"]';

/**
 * The transition screen's header (title and target status). Atlaskit's modal renders a header element; the
 * `--header` test id suffix is its convention for a modal with a test id.
 */
export const MODAL_HEADER = 'header, [data-testid$="--header"], [data-test-id$="--header"]';

/** A form control inside the transition screen that names the Jira field it sets. */
export const MODAL_FIELD_CONTROL = 'select[name], input[name], textarea[name]';

/**
 * What empty read views display. Jira renders a placeholder text, not an empty element, so an English word is
 * the only signal; other UI languages read as a value (documented limitation).
 */
export const EMPTY_VALUE_TEXTS: ReadonlySet<string> = new Set(['none', 'unassigned', 'unresolved', '']);
