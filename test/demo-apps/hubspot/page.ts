/**
 * HTML of the demo HubSpot portal, laid out as saas-apps.md §3.3 describes the real record page: a left sidebar
 * (`data-scroll-trackable-container="left-sidebar"`) with the highlight card and the "About this deal"
 * properties, each one's input, textarea or dropdown button carrying `data-selenium-test="property-input-{name}"`;
 * dropdown menus in a portal outside the sidebar; a preview side panel that shows another record's properties
 * without a URL change.
 */
import { escapeHtml } from '../server';
import { optionLabel, PROPERTY_OPTIONS } from '../../../lib/sites/hubspot/property-options';
import { DEMO_OWNERS, DEMO_PORTAL_ID, type DemoRecord } from './data';

export const CLIENT_SCRIPT_PATH = '/__demo__/hubspot/client.js';

type Kind = 'text' | 'textarea' | 'currency' | 'date' | 'readonly-date' | 'dropdown' | 'owner';

interface PropertySpec {
  readonly name: string;
  readonly label: string;
  readonly kind: Kind;
}

const DEAL_PROPERTIES: readonly PropertySpec[] = [
  { name: 'dealname', label: 'Deal name', kind: 'text' },
  { name: 'pipeline', label: 'Pipeline', kind: 'dropdown' },
  { name: 'dealstage', label: 'Deal stage', kind: 'dropdown' },
  { name: 'amount', label: 'Amount', kind: 'currency' },
  { name: 'closedate', label: 'Close date', kind: 'date' },
  { name: 'hubspot_owner_id', label: 'Deal owner', kind: 'owner' },
  { name: 'hs_next_step', label: 'Next step', kind: 'textarea' },
  { name: 'notes_last_updated', label: 'Last activity date', kind: 'readonly-date' },
  { name: 'closed_won_reason', label: 'Closed won reason', kind: 'textarea' },
  { name: 'closed_lost_reason', label: 'Closed lost reason', kind: 'textarea' },
];

const CONTACT_PROPERTIES: readonly PropertySpec[] = [
  { name: 'email', label: 'Email', kind: 'text' },
  { name: 'firstname', label: 'First name', kind: 'text' },
  { name: 'lastname', label: 'Last name', kind: 'text' },
  { name: 'phone', label: 'Phone number', kind: 'text' },
  { name: 'hubspot_owner_id', label: 'Contact owner', kind: 'owner' },
  { name: 'lifecyclestage', label: 'Lifecycle stage', kind: 'dropdown' },
  { name: 'hs_lead_status', label: 'Lead status', kind: 'dropdown' },
  { name: 'jobtitle', label: 'Job title', kind: 'text' },
  { name: 'company', label: 'Company name', kind: 'text' },
];

const OBJECT_NAMES = {
  '0-1': { singular: 'contact', plural: 'Contacts', properties: CONTACT_PROPERTIES },
  '0-3': { singular: 'deal', plural: 'Deals', properties: DEAL_PROPERTIES },
} as const;

export function recordTitle(record: DemoRecord): string {
  const p = record.properties;
  if (record.objectTypeId === '0-3') return p.dealname ?? '';
  return [p.firstname, p.lastname].filter(Boolean).join(' ') || (p.email ?? '');
}

/** A whole page: the app shell around a view. The client script swaps `#hs-app` on pushState navigation. */
export function shell(title: string, view: string): string {
  return `<!doctype html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
<script src="${CLIENT_SCRIPT_PATH}" defer></script>
</head>
<body>
<header class="hs-nav" role="banner">
  <span class="hs-logo" aria-label="HubSpot">&#9673;</span>
  <nav aria-label="Main"><a href="/contacts/${DEMO_PORTAL_ID}/objects/0-1/views/all/list">Contacts</a>
  <a href="/contacts/${DEMO_PORTAL_ID}/objects/0-3/views/all/list">Deals</a>
  <a href="/settings/${DEMO_PORTAL_ID}">Settings</a></nav>
  <span class="hs-portal">Acme Demo · ${DEMO_PORTAL_ID}</span>
</header>
<div id="hs-app">${view}</div>
</body>
</html>`;
}

export function recordView(record: DemoRecord, all: readonly DemoRecord[]): string {
  const object = OBJECT_NAMES[record.objectTypeId];
  const title = recordTitle(record);
  const p = record.properties;
  const dropdowns = object.properties.filter((spec) => spec.kind === 'dropdown' || spec.kind === 'owner');
  const associated = all.filter((other) => record.associations.includes(other.id) && other.objectTypeId !== record.objectTypeId);
  const summary =
    record.objectTypeId === '0-3'
      ? `<dl class="highlight-facts"><div><dt>Amount</dt><dd>${escapeHtml(money(p.amount) || '--')}</dd></div>` +
        `<div><dt>Close date</dt><dd>${escapeHtml(usDate(p.closedate) || '--')}</dd></div>` +
        `<div><dt>Stage</dt><dd>${escapeHtml(optionLabel('dealstage', p.dealstage ?? '') || '--')}</dd></div></dl>`
      : `<p class="highlight-sub">${escapeHtml(p.jobtitle ?? '')}${p.company ? ` at ${escapeHtml(p.company)}` : ''}</p>`;

  return `<div class="record-page" data-demo-title="${escapeHtml(`${title} | ${object.singular === 'deal' ? 'Deal' : 'Contact'}`)}">
<aside class="left-sidebar" data-scroll-trackable-container="left-sidebar">
  <div class="highlight" data-test-id="record-highlight-main-content">
    <a class="back" href="/contacts/${DEMO_PORTAL_ID}/objects/${record.objectTypeId}/views/all/list">&lsaquo; ${object.plural}</a>
    <div class="highlight-head"><span class="avatar" aria-hidden="true">${escapeHtml(initials(title))}</span>
    <h1 class="highlight-title" data-selenium-test="highlightTitle">${escapeHtml(title)}</h1></div>
    ${summary}
  </div>
  <section class="about" aria-labelledby="about-heading">
    <h2 id="about-heading">About this ${object.singular}</h2>
    ${object.properties.map((spec) => propertyRow(spec, p[spec.name] ?? null, '')).join('\n    ')}
    <div class="sidebar-footer" data-demo-footer hidden>
      <button type="button" class="primary" data-demo-save>Save</button>
      <button type="button" data-demo-cancel>Cancel</button>
    </div>
  </section>
</aside>
<main class="middle" aria-label="Activity">
  <div class="tabs" role="tablist"><span role="tab" aria-selected="true">Overview</span><span role="tab" aria-selected="false">Activities</span></div>
  <article class="timeline-card" data-selenium-test="timeline-card"><h3>Note</h3><p>${escapeHtml(timelineText(record))}</p></article>
</main>
<aside class="right-sidebar" aria-label="Associations">
  <div class="card" data-selenium-test="card-id-ASSOCIATION_TABLE/${record.objectTypeId === '0-3' ? '0-1' : '0-3'}">
    <h2>${record.objectTypeId === '0-3' ? 'Contacts' : 'Deals'} (${associated.length})</h2>
    ${associated.map((other) => associationItem(other)).join('\n    ') || '<p class="empty">No associated records.</p>'}
  </div>
</aside>
</div>
<div class="portal">
${dropdowns.map((spec) => menu(spec, p[spec.name] ?? null)).join('\n')}
</div>
${associated.map((other) => previewPanel(other)).join('\n')}`;
}

function associationItem(other: DemoRecord): string {
  return `<div class="association">
      <a href="/contacts/${DEMO_PORTAL_ID}/record/${other.objectTypeId}/${other.id}">${escapeHtml(recordTitle(other))}</a>
      <button type="button" class="link" data-demo-preview="preview-${other.id}">Preview</button>
    </div>`;
}

/** HubSpot's preview side panel: the associated record's properties, with the same input hooks, no URL change. */
function previewPanel(record: DemoRecord): string {
  const object = OBJECT_NAMES[record.objectTypeId];
  const properties = object.properties.filter((spec) => spec.kind !== 'dropdown' && spec.kind !== 'owner');
  return `<div class="preview-panel" id="preview-${record.id}" data-selenium-test="sidebar-preview-panel" data-crm-location="CRM_OBJECT_PREVIEW" hidden>
  <div class="preview-head"><h2>${escapeHtml(recordTitle(record))}</h2><button type="button" class="link" data-demo-close-preview>Close</button></div>
  ${properties.map((spec) => propertyRow(spec, record.properties[spec.name] ?? null, 'preview-')).join('\n  ')}
</div>`;
}

function propertyRow(spec: PropertySpec, value: string | null, idPrefix: string): string {
  const id = `${idPrefix}property-${spec.name}`;
  const hook = `data-selenium-test="property-input-${spec.name}"`;
  const label = `<label class="property-label" id="${id}-label" for="${id}">${escapeHtml(spec.label)}</label>`;
  let control: string;
  switch (spec.kind) {
    case 'text':
      control = `<input id="${id}" ${hook} class="private-form__control" type="text" value="${escapeHtml(value ?? '')}">`;
      break;
    case 'textarea':
      control = `<textarea id="${id}" ${hook} class="private-form__control" rows="2">${escapeHtml(value ?? '')}</textarea>`;
      break;
    case 'currency':
      // The hook sits on the wrapper: the currency sign is part of the control, not of the value.
      control = `<div class="currency-input" ${hook}><span class="currency-sign" aria-hidden="true">$</span><input id="${id}" class="private-form__control" type="text" inputmode="decimal" value="${escapeHtml(money(value, false))}"></div>`;
      break;
    case 'date':
      control = `<input id="${id}" ${hook} class="private-form__control" type="text" placeholder="MM/DD/YYYY" value="${escapeHtml(usDate(value))}">`;
      break;
    case 'readonly-date':
      control = `<input id="${id}" ${hook} class="private-form__control" type="text" readonly value="${escapeHtml(usDate(value))}">`;
      break;
    case 'dropdown':
    case 'owner': {
      const shown = spec.kind === 'owner' ? (value === null ? null : (DEMO_OWNERS[value] ?? value)) : value === null ? null : optionLabel(spec.name, value);
      const inner =
        shown === null
          ? `<span class="private-dropdown__placeholder">${spec.kind === 'owner' ? 'No owner' : 'Select'}</span>`
          : `<span class="private-dropdown__item__label">${escapeHtml(shown)}</span>`;
      control = `<button id="${id}" ${hook} type="button" class="private-dropdown" aria-haspopup="listbox" aria-expanded="false" aria-controls="menu-${spec.name}">${inner}<span class="caret" aria-hidden="true">&#9662;</span></button>`;
      break;
    }
  }
  return `<div class="property">${label}${control}</div>`;
}

function menu(spec: PropertySpec, value: string | null): string {
  const options: readonly (readonly [string, string])[] = spec.kind === 'owner' ? Object.entries(DEMO_OWNERS) : (PROPERTY_OPTIONS[spec.name] ?? []);
  return `<ul class="private-typeahead-results" id="menu-${spec.name}" role="listbox" tabindex="-1" aria-labelledby="property-${spec.name}-label" hidden>
${options
  .map(
    ([id, label], index) =>
      `  <li class="private-typeahead-result" id="typeahead-${spec.name}-${index}" role="option" aria-selected="${id === value}" data-value="${escapeHtml(id)}"><span class="private-typeahead-result-label">${escapeHtml(label)}</span></li>`,
  )
  .join('\n')}
</ul>`;
}

export function listView(objectTypeId: '0-1' | '0-3', records: readonly DemoRecord[]): string {
  const object = OBJECT_NAMES[objectTypeId];
  const rows = records
    .filter((record) => record.objectTypeId === objectTypeId)
    .map((record) => {
      const p = record.properties;
      const cells =
        objectTypeId === '0-3'
          ? [optionLabel('dealstage', p.dealstage ?? ''), money(p.amount), usDate(p.closedate)]
          : [p.email ?? '', optionLabel('lifecyclestage', p.lifecyclestage ?? ''), p.phone ?? ''];
      return `<tr><td><a href="/contacts/${DEMO_PORTAL_ID}/record/${objectTypeId}/${record.id}">${escapeHtml(recordTitle(record))}</a></td>${cells
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join('')}</tr>`;
    })
    .join('\n');
  const headings = objectTypeId === '0-3' ? ['Name', 'Deal stage', 'Amount', 'Close date'] : ['Name', 'Email', 'Lifecycle stage', 'Phone number'];
  return `<div class="index-page" data-demo-title="${object.plural}">
<h1>${object.plural}</h1>
<table class="index-table"><thead><tr>${headings.map((heading) => `<th>${heading}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
</div>`;
}

export function settingsView(): string {
  return `<div class="settings-page" data-demo-title="Settings">
<h1>Settings</h1>
<section><h2>Your preferences</h2><label for="pref-language">Language</label> <input id="pref-language" value="English"></section>
</div>`;
}

export function notFoundView(what: string): string {
  return `<div class="settings-page" data-demo-title="Not found"><h1>This record doesn't exist</h1><p>${escapeHtml(what)}</p></div>`;
}

/** HubSpot shows amounts with thousands separators, in the portal's currency. */
function money(value: string | null | undefined, withSign = true): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  const text = number.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return withSign ? `$${text}` : text;
}

/** Dates in the demo user's locale, US English. */
function usDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
}

function initials(title: string): string {
  return title
    .split(/\s+/)
    .filter((word) => /^[A-Za-z]/.test(word))
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

function timelineText(record: DemoRecord): string {
  return record.objectTypeId === '0-3'
    ? `Deal created by ${DEMO_OWNERS[record.properties.hubspot_owner_id ?? ''] ?? 'an integration'}.`
    : `Contact created from a form submission.`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 "Lexend Deca",Helvetica,Arial,sans-serif;color:#33475b;background:#f5f8fa}
a{color:#0091ae;text-decoration:none}
.hs-nav{display:flex;align-items:center;gap:24px;height:52px;padding:0 20px;background:#2d3e50;color:#fff}
.hs-nav a{color:#fff}.hs-logo{font-size:22px;color:#ff7a59}.hs-portal{margin-left:auto;font-size:12px;opacity:.8}
.hs-nav nav{display:flex;gap:18px}
/* Three columns that scroll on their own, as HubSpot's record page does (the sidebar is a scroll container). */
.record-page{display:grid;grid-template-columns:380px 1fr 320px;height:calc(100vh - 52px)}
.record-page>*{overflow:auto}
.left-sidebar{background:#fff;border-right:1px solid #cbd6e2;padding:16px 20px;overflow:auto}
.highlight{border-bottom:1px solid #eaf0f6;padding-bottom:12px;margin-bottom:12px}
.highlight-head{display:flex;align-items:center;gap:12px;margin-top:8px}
.avatar{display:inline-flex;align-items:center;justify-content:center;width:44px;height:44px;border-radius:50%;background:#eaf0f6;font-weight:600}
.highlight-title{font-size:20px;margin:0}
.highlight-facts{display:flex;gap:16px;margin:10px 0 0;font-size:12px}.highlight-facts dt{color:#7c98b6}.highlight-facts dd{margin:0;font-weight:600}
.highlight-sub{margin:6px 0 0;color:#516f90}
.about h2{font-size:14px;text-transform:none;margin:8px 0 12px}
.property{margin-bottom:14px}
.property-label{display:block;font-size:12px;color:#516f90;margin-bottom:2px}
.private-form__control{width:280px;border:1px solid transparent;border-radius:3px;padding:4px 6px;font:inherit;color:inherit;background:transparent}
.private-form__control:hover,.private-form__control:focus{border-color:#cbd6e2;background:#f5f8fa;outline:none}
.private-form__control[readonly]{color:#7c98b6}
textarea.private-form__control{resize:vertical;display:inline-block;vertical-align:top}
.currency-input{display:inline-flex;align-items:center;gap:2px}.currency-input .private-form__control{width:262px}
.private-dropdown{display:inline-flex;align-items:center;gap:8px;border:1px solid transparent;background:transparent;padding:4px 6px;font:inherit;color:inherit;cursor:pointer;border-radius:3px}
.private-dropdown:hover,.private-dropdown[aria-expanded="true"]{border-color:#cbd6e2;background:#f5f8fa}
.private-dropdown__placeholder{color:#7c98b6}
.caret{font-size:10px;color:#7c98b6}
.sidebar-footer[hidden]{display:none}
.sidebar-footer{position:sticky;bottom:0;display:flex;gap:8px;padding:10px 0;background:#fff;border-top:1px solid #eaf0f6}
button.primary{background:#ff7a59;color:#fff;border:0;border-radius:3px;padding:6px 14px;font:inherit;cursor:pointer}
button.link{background:none;border:0;color:#0091ae;cursor:pointer;font:inherit}
.middle{padding:16px 24px}
.tabs{display:flex;gap:20px;border-bottom:2px solid #cbd6e2;margin-bottom:16px}.tabs [aria-selected="true"]{border-bottom:3px solid #33475b;font-weight:600}
.timeline-card{background:#fff;border:1px solid #cbd6e2;border-radius:3px;padding:12px 16px}.timeline-card h3{margin:0 0 4px;font-size:14px}
.right-sidebar{background:#fff;border-left:1px solid #cbd6e2;padding:16px}
.card h2{font-size:14px;margin:0 0 8px}.association{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eaf0f6}
.empty{color:#7c98b6}
.private-typeahead-results{position:absolute;z-index:1000;min-width:240px;margin:0;padding:4px 0;list-style:none;background:#fff;border:1px solid #cbd6e2;border-radius:3px;box-shadow:0 2px 8px rgba(45,62,80,.2)}
.private-typeahead-results:focus{outline:none}
.private-typeahead-result{padding:6px 14px;cursor:pointer}
.private-typeahead-result[aria-selected="true"]{font-weight:600}
.private-typeahead-result.is-active{background:#e5f5f8}
.preview-panel{position:fixed;top:52px;right:0;bottom:0;width:420px;z-index:900;background:#fff;border-left:1px solid #cbd6e2;box-shadow:-4px 0 12px rgba(45,62,80,.15);padding:16px 20px;overflow:auto}
.preview-head{display:flex;justify-content:space-between;align-items:center}
.index-page,.settings-page{padding:20px 28px}
.index-table{border-collapse:collapse;background:#fff;width:100%}.index-table th,.index-table td{border:1px solid #cbd6e2;padding:8px 12px;text-align:left}
.loading{padding:40px;color:#7c98b6}
`;
