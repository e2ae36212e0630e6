/**
 * The UI16 classic form (`/{table}.do?sys_id=…`), as the platform renders it server-side: `form[name="incident.do"]`,
 * `div.form-group#element.{table}.{field}` containers, `div#label.…` label cells with `label[for] span.label-text`,
 * hidden `sys_original.*` inputs with the values at load, references as a hidden sys_id plus `sys_display.*`
 * text box, read-only fields as `sys_readonly.*`, and the header's `span.navbar_ui_actions` buttons
 * (saas-apps.md §2.3; names and nesting as in the form POSTs and Selenium page objects of public projects).
 */
import { escapeHtml } from '../server';
import { displayValueOf, recordsOf, REFERENCE_NAMES, TABLES, type DemoRecord, type FieldDef, type ServiceNowStore, type TableDef } from './data';
import { DEMO_FORM_SCRIPT, DEMO_SESSION_SCRIPT, DEMO_STYLESHEET } from './assets';

const MANDATORY_TITLE = 'Mandatory - must be populated before Submit';

export function formPage(store: ServiceNowStore, record: DemoRecord, sysId: string, isNew: boolean): string {
  const def = TABLES[record.table];
  const { table } = def;
  const values = record.values;
  const state = values.state ?? '';
  const number = values.number ?? '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(isNew ? `${def.label} | New record` : `${number} | ${def.label}`)} | ServiceNow</title>
<link rel="stylesheet" href="${DEMO_STYLESHEET}">
<script src="${DEMO_SESSION_SCRIPT}"></script>
<script src="${DEMO_FORM_SCRIPT}" defer></script>
</head>
<body class="form-body">
<form id="${table}.do" name="${table}.do" method="POST" action="${table}.do" novalidate>
<div class="section_header_content_no_scroll">
  <nav class="navbar navbar-default section_zero" role="navigation" aria-label="${escapeHtml(def.label)} form header">
    <div class="container-fluid">
      <div class="navbar-header">
        <a class="btn btn-default icon-chevron-left navbar-btn" href="${table}_list.do" aria-label="Back to ${escapeHtml(def.plural)}">&lsaquo;</a>
        <h1 class="form_header navbar-title">
          <span class="navbar-title-caption">${escapeHtml(def.label)}</span>
          <span class="navbar-title-display-value">${escapeHtml(isNew ? 'New record' : number)}</span>
        </h1>
      </div>
      <div class="navbar-right">
        <span class="navbar_ui_actions">
          ${recordArrows(store, record, sysId)}
          <button type="submit" id="sysverb_update_and_stay" name="sys_action" value="sysverb_update_and_stay" class="form_action_button header action_context btn btn-default">Save</button>
          <button type="submit" id="sysverb_update" name="sys_action" value="sysverb_update" class="form_action_button header action_context btn btn-primary">${isNew ? 'Submit' : 'Update'}</button>
        </span>
      </div>
    </div>
  </nav>
</div>
<div id="output_messages" class="outputmsg_container" aria-live="polite"></div>
<input type="hidden" name="sysparm_ck" id="sysparm_ck" value="${store.token}">
<input type="hidden" name="sys_target" id="sys_target" value="${table}">
<input type="hidden" name="sys_uniqueName" id="sys_uniqueName" value="sys_id">
<input type="hidden" name="sys_uniqueValue" id="sys_uniqueValue" value="${sysId}">
<div class="form_body">
${def.sections.map((section, index) => sectionHtml(def, section, index, values, state)).join('\n')}
</div>
</form>
${referenceLists(def)}
</body>
</html>`;
}

function recordArrows(store: ServiceNowStore, record: DemoRecord, sysId: string): string {
  const list = recordsOf(store, record.table);
  const at = list.findIndex((candidate) => candidate.values.sys_id === sysId);
  if (at === -1) return '';
  const link = (target: DemoRecord | undefined, label: string, glyph: string) =>
    target
      ? `<a class="btn btn-default btn-icon navbar-btn record-nav" href="${record.table}.do?sys_id=${target.values.sys_id ?? ''}" aria-label="${label} (${escapeHtml(target.values.number ?? '')})">${glyph}</a>`
      : `<span class="btn btn-default btn-icon navbar-btn disabled" aria-disabled="true" aria-label="${label}">${glyph}</span>`;
  return `${link(list[at - 1], 'Previous record', '&uarr;')}${link(list[at + 1], 'Next record', '&darr;')}`;
}

function sectionHtml(def: TableDef, section: TableDef['sections'][number], index: number, values: Record<string, string>, state: string): string {
  const field = (name: string) => {
    const fieldDef = def.fields[name];
    return fieldDef ? fieldHtml(def, fieldDef, values[name] ?? '', state) : '';
  };
  const caption = section.caption
    ? `<h2 class="section_header tab_caption_text">${escapeHtml(section.caption)}</h2>`
    : '';
  return `<div class="section tabs2_section" id="section-${index}" role="region" aria-label="${escapeHtml(section.caption ?? def.label)}">
  ${caption}
  <div class="section-content row">
    <div class="col-xs-12 col-md-6 form-column">${section.left.map(field).join('')}</div>
    <div class="col-xs-12 col-md-6 form-column">${section.right.map(field).join('')}</div>
  </div>
  <div class="section-content row wide">${section.full.map(field).join('')}</div>
</div>`;
}

function fieldHtml(def: TableDef, field: FieldDef, value: string, state: string): string {
  const { table } = def;
  const id = `${table}.${field.name}`;
  const shown = !field.shownInStates || field.shownInStates.includes(state);
  const conditional = field.mandatoryInStates !== undefined;
  const mandatory = field.mandatory === true || (field.mandatoryInStates?.includes(state) ?? false);
  const marker = field.mandatory || conditional
    ? `<span id="status.${id}" class="${mandatory ? 'mandatory ' : ''}required-marker label_description" mandatory="${mandatory}"${mandatory ? '' : ' hidden'} aria-label="${MANDATORY_TITLE}" title="${MANDATORY_TITLE}">*</span>`
    : '';
  const policy = [
    field.shownInStates ? ` data-shown-in-states="${field.shownInStates.join(' ')}"` : '',
    field.mandatoryInStates ? ` data-mandatory-in-states="${field.mandatoryInStates.join(' ')}"` : '',
  ].join('');
  return `
    <div id="element.${id}" class="form-group${field.kind === 'text' ? ' is-wide' : ''}"${shown ? '' : ' style="display: none;"'}${policy}>
      <div id="label.${id}" class="label_left col-xs-12 col-md-3 col-lg-4 control-label" type="${field.kind}" nowrap="true">
        <label for="${id}" dir="ltr">${marker}<span class="label-text" data-html="false">${escapeHtml(field.label)}</span></label>
      </div>
      <div class="col-xs-10 col-sm-9 col-md-6 col-lg-5 form-field input_controls">
        <input type="hidden" id="sys_original.${id}" name="sys_original.${id}" value="${escapeHtml(value)}">
        ${controlHtml(def, field, value, mandatory)}
      </div>
      <div class="col-xs-2 col-sm-3 col-lg-2 form-field-addons">${addonsHtml(table, field, value)}</div>
    </div>`;
}

function controlHtml(def: TableDef, field: FieldDef, value: string, mandatory: boolean): string {
  const id = `${def.table}.${field.name}`;
  const transitions = field.name === 'state' ? def.transitions : undefined;
  const required = ` aria-required="${mandatory}"`;
  if (field.readOnly) {
    const shown = field.kind === 'choice'
      ? `<select id="sys_readonly.${id}" class="form-control disabled" disabled aria-label="${escapeHtml(field.label)}">${optionsHtml(field, value, transitions)}</select>`
      : `<input id="sys_readonly.${id}" class="form-control disabled" readonly value="${escapeHtml(value)}" aria-label="${escapeHtml(field.label)}">`;
    return `<input type="hidden" id="${id}" name="${id}" value="${escapeHtml(value)}">${shown}`;
  }
  switch (field.kind) {
    case 'choice':
      return `<select id="${id}" name="${id}" class="form-control"${required}>${optionsHtml(field, value, transitions)}</select>`;
    case 'text':
      return `<textarea id="${id}" name="${id}" class="form-control" rows="3"${required}>${escapeHtml(value)}</textarea>`;
    case 'reference': {
      const display = displayValueOf(field, value);
      return `<input type="hidden" id="${id}" name="${id}" value="${escapeHtml(value)}">
        <input type="hidden" id="sys_display.original.${id}" name="sys_display.original.${id}" value="${escapeHtml(display)}">
        <div class="input-group ref-container">
          <input id="sys_display.${id}" name="sys_display.${id}" type="search" class="form-control element_reference_input" value="${escapeHtml(display)}" autocomplete="off" role="combobox" aria-autocomplete="list" list="ref_list.${field.reference ?? ''}" aria-label="${escapeHtml(field.label)}"${required}>
          <span class="input-group-btn"><button type="button" id="lookup.${id}" class="btn btn-default lookup" aria-label="Look up value for field: ${escapeHtml(field.label)}"><span class="icon icon-search" aria-hidden="true"></span></button></span>
        </div>`;
    }
    case 'datetime':
      return `<input id="${id}" name="${id}" type="text" class="form-control" value="${escapeHtml(value)}" placeholder="yyyy-MM-dd HH:mm:ss"${required}>`;
    default:
      return `<input id="${id}" name="${id}" type="text" class="form-control" value="${escapeHtml(value)}" maxlength="160"${required}>`;
  }
}

/** The state choice list offers the current state and the state model's next states, as the platform filters it. */
function optionsHtml(field: FieldDef, value: string, transitions: TableDef['transitions']): string {
  const allowed = transitions ? new Set([value, ...(transitions[value] ?? [])]) : null;
  const none = field.name === 'state' ? '' : `<option value=""${value === '' ? ' selected' : ''}>-- None --</option>`;
  return none + (field.choices ?? [])
    .filter((choice) => allowed === null || allowed.has(choice.value))
    .map((choice) => `<option value="${escapeHtml(choice.value)}"${choice.value === value ? ' selected' : ''}>${escapeHtml(choice.label)}</option>`)
    .join('');
}

function addonsHtml(table: string, field: FieldDef, value: string): string {
  if (field.kind === 'reference' && value !== '' && field.reference) {
    return `<a id="viewr.${table}.${field.name}" class="btn btn-default btn-ref" href="${field.reference}.do?sys_id=${value}" aria-label="Preview record for field: ${escapeHtml(field.label)}">i</a>`;
  }
  if (field.kind === 'datetime' && !field.readOnly) {
    return `<button type="button" class="btn btn-default date_time_trigger" aria-label="Select ${escapeHtml(field.label)} date and time"><span class="icon icon-calendar" aria-hidden="true"></span></button>`;
  }
  return '';
}

/** The reference typeahead's suggestions: a datalist per referenced table, each option carrying its sys_id. */
function referenceLists(def: TableDef): string {
  const tables = new Set(Object.values(def.fields).flatMap((field) => (field.reference ? [field.reference] : [])));
  return [...tables]
    .map((table) => `<datalist id="ref_list.${table}">${Object.entries(REFERENCE_NAMES[table] ?? {})
      .map(([sysId, name]) => `<option value="${escapeHtml(name)}" data-sys-id="${sysId}"></option>`)
      .join('')}</datalist>`)
    .join('\n');
}
