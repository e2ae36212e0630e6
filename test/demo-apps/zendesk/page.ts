/**
 * HTML of the demo Zendesk Agent Workspace, following the structure in saas-apps.md §5 and the hooks public
 * agent tools read: the header tab strip (`header-tablist`, tabs with `data-entity-id` and `data-selected`), one
 * `.ticket-panes-grid-layout` per open ticket (`data-is-active` on the shown one, `ticket-{id}-custom-layout`),
 * the properties sidebar with Garden comboboxes, the omni header's subject input, and the footer's status
 * dropdown with "Submit as …". Class names are ours; Zendesk's are hashed and nothing may rely on them.
 */
import { escapeHtml } from '../server';
import {
  AGENT_GROUPS,
  AGENTS,
  CUSTOM_FIELDS,
  DEMO_TICKETS,
  GROUPS,
  PRIORITIES,
  REQUESTERS,
  STATUSES,
  TYPES,
  VIEW,
  type DemoCustomField,
  type DemoTicket,
} from './data';

export const CLIENT_SCRIPT_PATH = '/demo/zendesk/client.js';
export const STYLE_PATH = '/demo/zendesk/style.css';

export type AgentRoute = { kind: 'ticket'; id: string } | { kind: 'view' } | { kind: 'dashboard' } | { kind: 'other' };

/** The whole agent page: chrome, the open ticket tabs, the view and the dashboard (only the routed one shown). */
export function agentPage(route: AgentRoute, openTickets: readonly DemoTicket[], title: string): string {
  const activeId = route.kind === 'ticket' ? route.id : null;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} – Acme Support</title>
<link rel="stylesheet" href="${STYLE_PATH}">
<script src="${CLIENT_SCRIPT_PATH}" defer></script>
</head>
<body>
<div id="root" class="zd-app">
  <nav class="zd-rail" aria-label="Product navigation">
    <a class="zd-rail-link${route.kind === 'dashboard' ? ' is-current' : ''}" href="/agent/dashboard" data-test-id="nav-home">Home</a>
    <a class="zd-rail-link${route.kind === 'view' ? ' is-current' : ''}" href="/agent/filters/${VIEW.id}" data-test-id="nav-views">Views</a>
  </nav>
  <header data-test-id="header-toolbar" data-garden-id="navigation.header" class="zd-header">
    <nav data-test-id="header-tablist" role="tablist" class="zd-tabs">
      ${openTickets.map((ticket) => ticketTab(ticket, String(ticket.id) === activeId)).join('\n      ')}
    </nav>
    <span class="zd-agent" data-test-id="header-agent-menu-button">Maya Lindqvist</span>
  </header>
  <main data-garden-id="navigation.main" class="zd-main">
    ${openTickets.map((ticket) => ticketWorkspace(ticket, String(ticket.id) === activeId)).join('\n')}
    ${viewSection(route.kind === 'view')}
    ${dashboardSection(route.kind === 'dashboard')}
    <section class="zd-page" data-demo-page="other"${route.kind === 'other' ? '' : ' hidden'}><h1>${escapeHtml(title)}</h1></section>
  </main>
</div>
</body>
</html>`;
}

export function ticketTab(ticket: DemoTicket, selected: boolean): string {
  return `<div data-test-id="header-tab" role="tab" tabindex="0" data-entity-type="ticket" data-entity-id="${ticket.id}" data-selected="${selected}" aria-selected="${selected}" class="zd-tab">
        <span class="zd-tab-status zd-status-${escapeHtml(ticket.status)}" title="${escapeHtml(statusName(ticket.status))}">${escapeHtml(statusName(ticket.status).charAt(0))}</span>
        <span class="zd-tab-text"><span class="zd-tab-subject" title="${escapeHtml(ticket.subject)}">${escapeHtml(ticket.subject)}</span><span class="zd-tab-id">#${ticket.id}</span></span>
      </div>`;
}

/** One open ticket: the pane grid (properties, conversation, context) and its footer. */
export function ticketWorkspace(ticket: DemoTicket, active: boolean): string {
  const id = String(ticket.id);
  return `<section class="ticket zd-ticket" data-ticket-id="${id}"${active ? '' : ' hidden'}>
  <div class="ticket-panes-grid-layout${active ? ' active' : ''}" data-is-active="${active}" data-test-id="ticket-${id}-custom-layout">
    <div data-test-id="column-1" data-garden-id="pane" class="zd-pane zd-properties" aria-label="Ticket properties">
      ${requesterField(ticket)}
      ${assigneeField(ticket)}
      <div class="zd-row">
        ${combobox(id, 'type', 'Type', 'ticket-fields-type-select', TYPES, ticket.type)}
        ${combobox(id, 'priority', 'Priority', 'ticket-fields-priority-select', PRIORITIES, ticket.priority)}
      </div>
      ${tagsField(ticket)}
      ${CUSTOM_FIELDS.map((field) => customDropdown(id, field, ticket.custom_fields.find((value) => value.id === field.id)?.value ?? null)).join('\n      ')}
    </div>
    <div data-test-id="column-2" data-garden-id="pane" class="zd-pane zd-conversation">
      <div class="zd-omni-header" data-test-id="omni-header">
        <input data-test-id="omni-header-subject" aria-label="Subject" class="zd-subject" value="${escapeHtml(ticket.subject)}">
        <span class="zd-omni-meta">#${id} · via ${escapeHtml(ticket.via.channel)}</span>
      </div>
      <div data-test-id="ticket_saving_error_notification" role="alert" class="zd-error" hidden></div>
      <div data-test-id="omni-log-container" class="zd-log">
        <article data-test-id="omni-log-comment-item" class="zd-comment">
          <header><strong data-test-id="omni-log-comment-user-link">${escapeHtml(REQUESTERS[ticket.requester_id] ?? 'Customer')}</strong>
          <time data-test-id="timestamp-relative" datetime="${escapeHtml(ticket.created_at)}">${escapeHtml(ticket.created_at.slice(0, 10))}</time></header>
          <p data-test-id="omni-log-message-content">${escapeHtml(ticket.description)}</p>
        </article>
      </div>
      <div class="zd-composer" data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true" aria-label="Public reply" role="textbox"></div>
    </div>
    <div data-test-id="column-3" data-garden-id="pane" class="zd-pane zd-context" aria-label="Customer context">
      <h2>${escapeHtml(REQUESTERS[ticket.requester_id] ?? 'Customer')}</h2>
      <p>Organization ${ticket.organization_id}</p>
      <p>Local time: 14:27</p>
    </div>
  </div>
  <footer data-test-id="ticket-footer" class="zd-footer">
    <div data-test-id="ticket-footer-macro-menu-autocomplete-input" class="zd-macro">Apply macro</div>
    <span class="zd-footer-spacer"></span>
    ${combobox(id, 'status', 'Status', 'ticket-fields-status-view', STATUSES, ticket.status, 'zd-status-field')}
    <button type="button" class="zd-submit" data-demo-submit="${id}">Submit as <strong>${escapeHtml(statusName(ticket.status))}</strong></button>
  </footer>
</section>`;
}

function requesterField(ticket: DemoTicket): string {
  const name = REQUESTERS[ticket.requester_id] ?? String(ticket.requester_id);
  return `<div data-garden-id="forms.field" class="zd-field">
        <label id="requester-${ticket.id}">Requester</label>
        <div data-test-id="ticket-system-field-requester-select" role="combobox" aria-labelledby="requester-${ticket.id}" class="zd-select">
          <span data-garden-id="tags.tag" title="${escapeHtml(name)}">${escapeHtml(name)}</span>
        </div>
      </div>`;
}

/** Zendesk's Assignee is "Group/Agent": the selected tag shows both, the group tag a group with no agent yet. */
export function assigneeTag(groupId: number | null, agentId: number | null): string {
  const group = groupId === null ? null : (GROUPS[groupId] ?? String(groupId));
  const agent = agentId === null ? null : (AGENTS[agentId] ?? String(agentId));
  const data = `data-group-id="${groupId ?? ''}" data-agent-id="${agentId ?? ''}"`;
  if (agent !== null) {
    return `<div data-test-id="assignee-field-selected-agent-tag" class="zd-assignee-tag" ${data}><span title="${escapeHtml(group ?? '')}">${escapeHtml(group ?? '')}</span>/<span title="${escapeHtml(agent)}">${escapeHtml(agent)}</span></div>`;
  }
  if (group !== null) {
    return `<div data-test-id="assignee-field-selected-group-tag" class="zd-assignee-tag" title="${escapeHtml(group)}" ${data}>${escapeHtml(group)}</div>`;
  }
  return `<span data-garden-id="dropdowns.combobox.value" class="zd-placeholder" ${data}>-</span>`;
}

function assigneeField(ticket: DemoTicket): string {
  const options: [string, string][] = [['', '-']];
  for (const [groupId, name] of Object.entries(GROUPS)) {
    options.push([`${groupId}:`, name]);
    for (const [group, agent] of AGENT_GROUPS) {
      if (String(group) === groupId) options.push([`${group}:${agent}`, `${name}/${AGENTS[agent] ?? agent}`]);
    }
  }
  return `<div data-test-id="assignee-field" data-garden-id="dropdowns.combobox.field" class="zd-field" data-demo-field="assignee">
        <label id="assignee-${ticket.id}">Assignee</label>
        <div data-garden-id="dropdowns.combobox" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="assignee-${ticket.id}" class="zd-select">
          ${assigneeTag(ticket.group_id, ticket.assignee_id)}
        </div>
        ${listbox(options)}
      </div>`;
}

function tagsField(ticket: DemoTicket): string {
  return `<div data-garden-id="forms.field" class="zd-field">
        <label>Tags</label>
        <div data-test-id="ticket-system-field-tags" class="zd-tags">${ticket.tags.map((tag) => `<span data-test-id="ticket-system-field-tags-item-selected" class="zd-tag">${escapeHtml(tag)}</span>`).join('')}</div>
      </div>`;
}

function combobox(
  ticketId: string,
  field: string,
  label: string,
  testId: string,
  options: readonly (readonly [string, string])[],
  value: string | null,
  extraClass = '',
): string {
  const shown = options.find(([key]) => key === value)?.[1] ?? (value === 'closed' ? 'Closed' : '-');
  const labelId = `${field}-${ticketId}`;
  const choices: (readonly [string, string])[] = field === 'status' ? [...options] : [['', '-'], ...options];
  return `<div data-garden-id="dropdowns.combobox.field" class="zd-field ${extraClass}" data-demo-field="${field}">
        <label id="${labelId}">${escapeHtml(label)}</label>
        <div data-test-id="${testId}" data-garden-id="dropdowns.combobox" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${labelId}" class="zd-select">
          <span data-garden-id="dropdowns.combobox.value" data-value="${escapeHtml(value ?? '')}">${escapeHtml(shown)}</span>
        </div>
        ${listbox(choices)}
      </div>`;
}

function customDropdown(ticketId: string, field: DemoCustomField, value: string | null): string {
  const shown = field.options.find(([key]) => key === value)?.[1] ?? '-';
  return `<div data-test-id="ticket-form-field-dropdown-field-${field.id}" data-garden-id="forms.field" class="zd-field" data-demo-field="custom">
        <label id="cf-${field.id}-${ticketId}">${escapeHtml(field.title)}</label>
        <button type="button" data-test-id="ticket-form-field-dropdown-button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="cf-${field.id}-${ticketId}" class="zd-select">
          <div title="${escapeHtml(shown)}" data-value="${escapeHtml(value ?? '')}">${escapeHtml(shown)}</div>
        </button>
        ${listbox([['', '-'], ...field.options])}
      </div>`;
}

function listbox(options: readonly (readonly [string, string])[]): string {
  return `<ul role="listbox" data-garden-id="dropdowns.combobox.listbox" class="zd-listbox" hidden>${options
    .map(([value, name]) => `<li role="option" tabindex="-1" data-garden-id="dropdowns.combobox.option" data-value="${escapeHtml(value)}">${escapeHtml(name)}</li>`)
    .join('')}</ul>`;
}

function viewSection(shown: boolean): string {
  const rows = DEMO_TICKETS.filter((ticket) => ticket.status !== 'solved' && ticket.status !== 'closed')
    .map((ticket) => `<tr data-test-id="generic-table-row">
          <td><span class="zd-tab-status zd-status-${escapeHtml(ticket.status)}">${escapeHtml(statusName(ticket.status))}</span></td>
          <td><a href="/agent/tickets/${ticket.id}" data-test-id="ticket-table-cells-subject">${escapeHtml(ticket.subject)}</a></td>
          <td>#${ticket.id}</td>
          <td>${escapeHtml(REQUESTERS[ticket.requester_id] ?? '')}</td>
          <td>${escapeHtml(ticket.priority ?? '-')}</td>
        </tr>`)
    .join('\n        ');
  return `<section class="zd-page" data-demo-page="view" data-test-id="views-page"${shown ? '' : ' hidden'}>
      <h1>${escapeHtml(VIEW.title)}</h1>
      <table data-test-id="generic-table" class="zd-table">
        <thead><tr><th>Status</th><th>Subject</th><th>ID</th><th>Requester</th><th>Priority</th></tr></thead>
        <tbody>
        ${rows}
        </tbody>
      </table>
    </section>`;
}

function dashboardSection(shown: boolean): string {
  return `<section class="zd-page" data-demo-page="dashboard" data-test-id="dashboard"${shown ? '' : ' hidden'}>
      <h1>Home</h1>
      <p>Open tickets (yours): 3 · Ticket statistics (this week): 12 solved</p>
      <p><a href="/agent/filters/${VIEW.id}">${escapeHtml(VIEW.title)}</a></p>
    </section>`;
}

export function statusName(status: string): string {
  return STATUSES.find(([value]) => value === status)?.[1] ?? status.charAt(0).toUpperCase() + status.slice(1);
}
