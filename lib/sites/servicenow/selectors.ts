/**
 * Every ServiceNow selector FieldGuard uses, one named constant each. UI16 forms build element ids from
 * `{table}.{field}`, which stay stable across releases; classes are only used where the reference names no id.
 * Sources: saas-apps.md §2.3 (SN Utils `inject.js` ~L2775-3010, public Selenium page objects) unless noted.
 * Ids contain dots, so they are matched with `[id="…"]` rather than `#…`.
 */

/** A CSS string literal body: table and field names come from the page, so quotes and backslashes are escaped. */
function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/** The form element: UI16 names it after its table and posts it to that URL (`<form name="incident.do">`). */
export const FORM = (table: string): string => `form[name=${quoted(`${table}.do`)}]`;

/** Field containers `div.form-group#element.{table}.{field}`; SN Utils takes the field name from this id. */
export const FIELD_CONTAINERS = (table: string): string => `div[id^=${quoted(`element.${table}.`)}]`;
export const FIELD_CONTAINER_ID_PREFIX = (table: string): string => `element.${table}.`;

/** The label cell `div#label.{table}.{field}`, parent of the `<label>`. */
export const LABEL_CELL = (table: string, field: string): string => `[id=${quoted(`label.${table}.${field}`)}]`;

/** The field's `label[for="{table}.{field}"]`: the hint goes right after it, inside the label cell. */
export const LABEL = (table: string, field: string): string => `label[for=${quoted(`${table}.${field}`)}]`;

/** The label text `label[for="{table}.{field}"] span.label-text`. */
export const LABEL_TEXT = (table: string, field: string): string => `${LABEL(table, field)} span.label-text`;

/** The submitted value: `input`, `textarea` or `select#{table}.{field}`; for references the hidden sys_id input. */
export const FIELD_VALUE = (table: string, field: string): string => `[id=${quoted(`${table}.${field}`)}]`;

/** Read-only fields render their value in `#sys_readonly.{table}.{field}` (e.g. `sys_readonly.incident.number`). */
export const READONLY_VALUE = (table: string, field: string): string => `[id=${quoted(`sys_readonly.${table}.${field}`)}]`;

/** The visible text box of a reference field (`#sys_display.incident.assignment_group`). */
export const REFERENCE_DISPLAY = (table: string, field: string): string => `[id=${quoted(`sys_display.${table}.${field}`)}]`;

/** The value at load (`#sys_original.incident.state`): differs from the field's value while an edit is unsaved. */
export const ORIGINAL_VALUE = (table: string, field: string): string => `[id=${quoted(`sys_original.${table}.${field}`)}]`;

/** The state choice list, which is the stage control of incidents, changes and problems (`select#incident.state`). */
export const STATE_SELECT = (table: string): string => `select[id=${quoted(`${table}.state`)}]`;

/** The platform's mandatory marker in a field's label. */
export const MANDATORY_MARKER = 'span.mandatory';

/** The form header's UI action buttons (`span.navbar_ui_actions > button#sysverb_update`), used by many Selenium suites. */
export const HEADER_ACTIONS = '.navbar_ui_actions';

/**
 * The record the form shows: hidden `input#sys_uniqueValue` (its sys_id; read by `gel('sys_uniqueValue')` in
 * platform scripts and posted with every form) and `input#sys_target` (its table).
 */
export const UNIQUE_VALUE = 'input[id="sys_uniqueValue"]';
export const TARGET_TABLE = 'input[id="sys_target"]';

/** The session token posted with every form (`sysparm_ck`): SN Utils' fallback when `g_ck` cannot be read. */
export const SESSION_TOKEN_INPUT = 'input[name="sysparm_ck"]';

/** The classic form's iframe in the top-frame wrappers (`nav_to.do`, inside the Polaris `[component-id]` shadow root). */
export const CLASSIC_FRAME = 'iframe#gsft_main';

/** Workspace record forms, deep inside open shadow roots (SN Utils `inject_next.js` addTechnicalNames). */
export const WORKSPACE_FORM = 'sn-form-data-connected';
