/**
 * Every DOM hook the Zendesk adapter uses. Zendesk's Agent Workspace is React on the Garden design system:
 * `data-test-id` and `data-garden-id` attributes are the durable hooks, hashed class names are not. Sources are
 * in /work/shared/reference/saas-apps.md §5 (toggl `src/content/zendesk.js`, clockify `src/integrations/zendesk.js`)
 * and in public agent tools that read the same fields; none of this is a documented API, so each alternative is
 * listed where an older layout used another hook.
 */

/** The active ticket's pane grid (2023 Agent Workspace); inactive ticket tabs stay mounted with `data-is-active="false"` (toggl). */
export const ACTIVE_TICKET_LAYOUT = '.ticket-panes-grid-layout[data-is-active="true"]';

/** The same grid as toggl matched it in Sept 2023, when only the `active` class marked it. */
export const ACTIVE_TICKET_LAYOUT_BY_CLASS = '.ticket-panes-grid-layout.active';

/** Every mounted ticket grid, active or not (diagnostics only). */
export const TICKET_LAYOUT = '.ticket-panes-grid-layout';

/** The grid's test id carries the ticket id, in the custom and the standard layout (public agent scripts). */
export const TICKET_LAYOUT_TEST_ID = /^ticket-(\d+)-(?:custom|standard)-layout$/;

/** The ticket workspace wrapper keyed by ticket id (public agent scripts query `[data-ticket-id="{id}"] [data-test-id="omni-log-container"]`). */
export const ticketContainerById = (ticketId: string): string => `[data-ticket-id="${ticketId}"]`;

/** Pre-2023 layouts: one Garden pane per mounted ticket, the hidden ones inactive (reference §5.1). */
export const LEGACY_PANE = '[data-garden-id="pane"]';

/** The selected ticket tab in the header tab strip, carrying the ticket id (toggl, clockify). */
export const SELECTED_TAB = 'header div[data-selected="true"][data-entity-id]';

/** Ticket subject, an `<input>` in the conversation header; `ticket-pane-subject` in older builds (reference §5.3). */
export const SUBJECT = 'input[data-test-id="omni-header-subject"], input[data-test-id="ticket-pane-subject"]';

/** Requester picker in the ticket properties sidebar (reference §5.3). */
export const REQUESTER = '[data-test-id="ticket-system-field-requester-select"]';

/** The whole Assignee field ("Group/Agent"), label included (public agent scripts). */
export const ASSIGNEE_FIELD = '[data-test-id="assignee-field"]';

/** Selected "Group/Agent": two `[title]` children, group first, agent second (reference §5.3; public agent scripts). */
export const ASSIGNEE_AGENT_TAG = '[data-test-id="assignee-field-selected-agent-tag"]';

/** Selected group with no agent yet (public agent scripts read it as the assignee fallback). */
export const ASSIGNEE_GROUP_TAG = '[data-test-id="assignee-field-selected-group-tag"]';

/** Priority dropdown (reference §5.3). */
export const PRIORITY = '[data-test-id="ticket-fields-priority-select"]';

/** Type dropdown (reference §5.3). */
export const TYPE = '[data-test-id="ticket-fields-type-select"]';

/** Status dropdown in the ticket footer; `ticket-fields-status` in older builds (reference §5.3). */
export const STATUS = '[data-test-id="ticket-fields-status-view"], [data-test-id="ticket-fields-status"]';

/** The ticket's footer bar (macros, status, Submit), "verified live 2026-06-22" by a public agent-workspace customizer. */
export const TICKET_FOOTER = '[data-test-id="ticket-footer"]';

/** A Garden combobox's selected-value text (reference §5.3). */
export const COMBOBOX_VALUE = '[data-garden-id="dropdowns.combobox.value"]';

/** Custom ticket fields: `ticket-form-field-{dropdown|text|multiline|numeric|...}-field-{fieldId}` (reference §5.3). */
export const CUSTOM_FIELD = '[data-test-id^="ticket-form-field-"]';
export const CUSTOM_FIELD_TEST_ID = /^ticket-form-field-([a-z]+)-field-(\d+)$/;

/** A custom dropdown's selected value, in the `title` of the button's child (reference §5.3). */
export const CUSTOM_DROPDOWN_VALUE = '[data-test-id="ticket-form-field-dropdown-button"] [title]';

/** Garden's field wrappers (label + control): forms and the newer dropdowns package. */
export const GARDEN_FIELD = '[data-garden-id="forms.field"], [data-garden-id="dropdowns.combobox.field"]';

/** A field's label inside its wrapper (Garden renders a real `<label>`). */
export const FIELD_LABEL = 'label';
