/**
 * HTML of the demo Jira site: the page shell, the issue view with the test ids saas-apps.md §4.3 lists (and the
 * nesting a saved Jira page shows: caption, then value container, then profile-card trigger), the JSM queue, and
 * "Your work". The client script (client.js) swaps the main content on pushState navigation and drives the
 * status dropdown, the transition screen and inline edits from the templates rendered here.
 */
import { escapeHtml } from '../server';
import {
  AGENTS,
  PRIORITIES,
  PROJECT,
  REQUEST_TYPE_FIELD,
  RESOLUTIONS,
  requestTypeName,
  statusById,
  transitionsFrom,
  type DemoIssue,
  type DemoStatus,
  type DemoTransition,
  type DemoUser,
} from './data';

export const CLIENT_SCRIPT_PATH = '/fieldguard-demo/jira-client.js';

export interface PageContent {
  readonly title: string;
  readonly html: string;
}

const QUEUE_PATH = `/jira/servicedesk/projects/${PROJECT.key}/queues/custom/${PROJECT.queueId}`;

export function queueIssuePath(key: string): string {
  return `${QUEUE_PATH}/${key}`;
}

export function page(content: PageContent): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(content.title)}</title>
<style>${STYLE}</style>
<script src="${CLIENT_SCRIPT_PATH}" defer></script>
</head>
<body>
<div id="jira-frontend">
  <header class="top-nav" data-testid="page-layout.top-nav">
    <span class="logo">Jira Service Management</span>
    <a href="/jira/your-work">Your work</a>
    <a href="${QUEUE_PATH}">Projects</a>
    <span class="search">Search</span>
  </header>
  <div class="page">
    <nav class="sidebar" data-testid="page-layout.sidebar" aria-label="Project navigation">
      <div class="project">${escapeHtml(PROJECT.name)}</div>
      <a href="${QUEUE_PATH}">Queues</a>
      <a href="${QUEUE_PATH}">${escapeHtml(PROJECT.queueName)}</a>
      <span>Reports</span>
      <span>Knowledge base</span>
    </nav>
    <main id="demo-main" data-demo-main>${content.html}</main>
  </div>
</div>
<div class="atlaskit-portal-container" data-demo-portal></div>
</body>
</html>`;
}

export function browsePage(issue: DemoIssue): PageContent {
  return { title: `[${issue.key}] ${issue.fields.summary} - Jira`, html: issueView(issue) };
}

/** JSM opens a request from the queue inside the queue page: the queue's requests stay listed beside it. */
export function queueIssuePage(issues: readonly DemoIssue[], issue: DemoIssue): PageContent {
  const links = issues
    .map((other) => {
      const current = other.key === issue.key ? ' aria-current="page"' : '';
      return `<li><a href="${queueIssuePath(other.key)}"${current}>${escapeHtml(other.key)} ${escapeHtml(other.fields.summary)}</a></li>`;
    })
    .join('');
  return {
    title: `[${issue.key}] ${issue.fields.summary} - ${PROJECT.queueName} - Jira`,
    html: `<div class="queue-issue">
  <aside class="queue-list" aria-label="${escapeHtml(PROJECT.queueName)}"><h2>${escapeHtml(PROJECT.queueName)}</h2><ul>${links}</ul></aside>
  ${issueView(issue)}
</div>`,
  };
}

export function queuePage(issues: readonly DemoIssue[]): PageContent {
  const rows = issues
    .map((issue) => `<tr data-testid="servicedesk-queues-agent-view.layout.issue-table.row">
  <td><a href="${queueIssuePath(issue.key)}">${escapeHtml(issue.key)}</a></td>
  <td><a href="${queueIssuePath(issue.key)}">${escapeHtml(issue.fields.summary)}</a></td>
  <td>${lozenge(issue.fields.status)}</td>
  <td>${escapeHtml(issue.fields.assignee?.displayName ?? 'Unassigned')}</td>
  <td>${escapeHtml(issue.fields.priority?.name ?? 'None')}</td>
</tr>`)
    .join('');
  return {
    title: `${PROJECT.queueName} - ${PROJECT.name} - Jira`,
    html: `<div class="queue">
  <h1>${escapeHtml(PROJECT.queueName)}</h1>
  <table class="queue-table"><thead><tr><th>Key</th><th>Summary</th><th>Status</th><th>Assignee</th><th>Priority</th></tr></thead>
  <tbody>${rows}</tbody></table>
</div>`,
  };
}

export function yourWorkPage(issues: readonly DemoIssue[]): PageContent {
  const items = issues
    .map((issue) => `<li><a href="/browse/${escapeHtml(issue.key)}">${escapeHtml(issue.key)}</a> ${escapeHtml(issue.fields.summary)} ${lozenge(issue.fields.status)}</li>`)
    .join('');
  return { title: 'Your work - Jira', html: `<div class="your-work"><h1>Your work</h1><h2>Recent</h2><ul>${items}</ul></div>` };
}

export function notFoundPage(key: string): PageContent {
  return { title: 'Jira', html: `<div class="empty"><h1>This issue can't be found</h1><p>${escapeHtml(key)}</p></div>` };
}

function issueView(issue: DemoIssue): string {
  const { fields } = issue;
  const requestType = requestTypeName(issue);
  return `<div class="issue-view" data-testid="issue.views.issue-details.issue-layout.issue-layout">
  <div class="issue-main">
    <nav aria-label="Work item breadcrumbs"><ol class="crumbs">
      <li><a href="${QUEUE_PATH}">${escapeHtml(PROJECT.name)}</a></li>
      <li data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container">
        <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item" href="/browse/${escapeHtml(issue.key)}"><span>${escapeHtml(issue.key)}</span></a>
      </li>
    </ol></nav>
    <h1 data-testid="issue.views.issue-base.foundation.summary.heading" data-demo-part="summary">${escapeHtml(fields.summary)}</h1>
    <h2 class="section-title">Description</h2>
    <div data-testid="issue.views.field.rich-text.description"><p>Raised through the help center by ${escapeHtml(fields.reporter?.displayName ?? 'a customer')}.</p></div>
  </div>
  <div class="issue-context">
    <div data-testid="issue.views.issue-base.context.status-and-approvals-wrapper.status-and-approval">
      <div data-testid="issue.views.issue-base.foundation.status.status-field-wrapper" data-demo-part="status">${statusButton(fields.status)}</div>
    </div>
    <section class="details" aria-label="Details">
      <h2 class="details-title">Details</h2>
      ${fieldRow('assignee', 'Assignee', `<div data-testid="issue.views.field.user.assignee" data-demo-edit="assignee" data-demo-part="assignee">${userValue(fields.assignee, true)}</div>`)}
      ${fieldRow('reporter', 'Reporter', `<div data-testid="issue.views.field.user.reporter">${userValue(fields.reporter, false)}</div>`)}
      ${fieldRow(REQUEST_TYPE_FIELD, 'Request Type', selectValue(REQUEST_TYPE_FIELD, requestType))}
      ${fieldRow('priority', 'Priority', `<div data-testid="issue-field-priority-readview-full.ui.priority.wrapper" data-demo-edit="priority" data-demo-part="priority"><span class="priority-icon priority-${escapeHtml((fields.priority?.name ?? 'none').toLowerCase())}" aria-hidden="true"></span><span>${escapeHtml(fields.priority?.name ?? 'None')}</span></div>`)}
      ${fieldRow('resolution', 'Resolution', selectValue('resolution', fields.resolution?.name ?? null))}
    </section>
  </div>
  ${templates(issue)}
</div>`;
}

function fieldRow(fieldId: string, label: string, value: string): string {
  return `<div class="field-row">
  <div class="field-heading" data-testid="issue-field-heading-styled-field-heading.${escapeHtml(fieldId)}"><span>${escapeHtml(label)}</span></div>
  <div class="field-value">${value}</div>
</div>`;
}

function statusButton(status: DemoStatus): string {
  return `<button type="button" class="status-button cat-${escapeHtml(status.statusCategory.key)}" data-testid="issue-field-status.ui.status-view.status-button.status-button" aria-label="${escapeHtml(status.name)} - Change status" aria-haspopup="listbox" aria-expanded="false"><span data-testid="issue-field-status.ui.status-view.status-button.status-button--text">${escapeHtml(status.name)}</span><span class="chevron" aria-hidden="true">▾</span></button>`;
}

function lozenge(status: DemoStatus): string {
  return `<span class="lozenge cat-${escapeHtml(status.statusCategory.key)}" data-testid="issue.fields.status.common.ui.status-lozenge.${status.statusCategory.id}"><span>${escapeHtml(status.name)}</span></span>`;
}

function userValue(user: DemoUser | null, canAssign: boolean): string {
  if (!user) {
    const assignToMe = canAssign ? '<div role="button" tabindex="0" class="link" data-testid="issue-view-layout-assignee-field.ui.assign-to-me">Assign to me</div>' : '';
    return `<span class="muted">Unassigned</span>${assignToMe}`;
  }
  const initials = user.displayName.split(' ').map((part) => part[0]).join('');
  return `<div data-testid="profilecard-next.ui.profilecard.profilecard-trigger"><span role="button" tabindex="0" aria-label="More information about ${escapeHtml(user.displayName)}"><span class="avatar" role="img" aria-hidden="true">${escapeHtml(initials)}</span><span>${escapeHtml(user.displayName)}</span></span></div>`;
}

function selectValue(fieldId: string, value: string | null): string {
  return `<div data-testid="issue.views.field.select.common.select-inline-edit.${escapeHtml(fieldId)}" data-demo-part="${escapeHtml(fieldId)}"><div data-component-selector="jira-issue-view-select-inline-edit-read-view-container">${value === null ? '<span class="muted">None</span>' : `<span>${escapeHtml(value)}</span>`}</div></div>`;
}

/** What the client clones on demand: Jira fetches these lazily; the demo ships them with the view. */
function templates(issue: DemoIssue): string {
  const transitions = transitionsFrom(issue);
  const options = transitions.map((transition) => transitionOption(transition)).join('');
  const screens = transitions.filter((transition) => transition.screen.length > 0).map((transition) => transitionScreen(issue, transition)).join('');
  const assigneeOptions = [`<option value="">Unassigned</option>`, ...AGENTS.map((agent) => `<option value="${escapeHtml(agent.accountId)}"${agent.accountId === issue.fields.assignee?.accountId ? ' selected' : ''}>${escapeHtml(agent.displayName)}</option>`)].join('');
  const priorityOptions = PRIORITIES.map((priority) => `<option value="${priority.id}"${priority.id === issue.fields.priority?.id ? ' selected' : ''}>${escapeHtml(priority.name)}</option>`).join('');
  return `<template data-demo-template="transitions" data-issue-key="${escapeHtml(issue.key)}">
  <div class="transition-popup"><div role="listbox" aria-label="Change status" class="transition-menu" tabindex="-1">${options}</div></div>
</template>
${screens}
<template data-demo-template="edit-assignee"><select aria-label="Assignee" class="inline-select">${assigneeOptions}</select></template>
<template data-demo-template="edit-priority"><select aria-label="Priority" class="inline-select">${priorityOptions}</select></template>`;
}

function transitionOption(transition: DemoTransition): string {
  const target = statusById(transition.to) as DemoStatus;
  return `<div role="option" id="transition-option-${transition.id}" aria-selected="false" data-transition-id="${transition.id}" data-has-screen="${transition.screen.length > 0}">
  <div data-testid="issue-field-status.ui.status-view.transition"><span class="transition-name">${escapeHtml(transition.name)}</span><span class="arrow" aria-hidden="true">→</span>${lozenge(target)}</div>
</div>`;
}

function transitionScreen(issue: DemoIssue, transition: DemoTransition): string {
  const target = statusById(transition.to) as DemoStatus;
  const resolutionOptions = [`<option value="">Select…</option>`, ...RESOLUTIONS.map((resolution) => `<option value="${resolution.id}">${escapeHtml(resolution.name)}</option>`)].join('');
  return `<template data-demo-template="screen-${transition.id}">
  <div class="blanket"></div>
  <section role="dialog" aria-modal="true" aria-labelledby="transition-title" data-testid="issue-transition.ui.issue-transition-modal" data-transition-id="${transition.id}" data-issue-key="${escapeHtml(issue.key)}">
    <form novalidate>
      <header class="modal-header"><h1 id="transition-title">${escapeHtml(transition.name)}</h1>${lozenge(target)}</header>
      <div class="modal-body">
        <p class="muted">${escapeHtml(issue.key)}: ${escapeHtml(issue.fields.summary)}</p>
        <label for="transition-resolution">Resolution <span class="required" aria-hidden="true">*</span></label>
        <select id="transition-resolution" name="resolution" required aria-describedby="transition-resolution-error">${resolutionOptions}</select>
        <div id="transition-resolution-error" class="field-error" role="alert" hidden>Resolution is required.</div>
      </div>
      <footer class="modal-footer"><button type="submit" class="primary">${escapeHtml(transition.name)}</button><button type="button" data-demo-cancel>Cancel</button></footer>
    </form>
  </section>
</template>`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.43 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;color:#172b4d;background:#fff}
a{color:#0c66e4;text-decoration:none}
.top-nav{height:56px;display:flex;align-items:center;gap:20px;padding:0 16px;border-bottom:1px solid #dcdfe4}
.top-nav .logo{font-weight:600;color:#0c66e4}.top-nav .search{margin-left:auto;border:1px solid #8590a2;border-radius:4px;padding:4px 60px 4px 8px;color:#626f86}
.page{display:flex;min-height:calc(100vh - 56px)}
.sidebar{width:220px;flex:none;background:#f7f8f9;border-right:1px solid #dcdfe4;padding:16px;display:flex;flex-direction:column;gap:8px}
.sidebar .project{font-weight:600;margin-bottom:8px}
main{flex:1;padding:24px 32px;min-width:0}
.issue-view{display:flex;gap:32px}
.issue-main{flex:1;min-width:0}
.issue-context{width:360px;flex:none}
.crumbs{list-style:none;display:flex;gap:8px;padding:0;margin:0 0 8px;color:#626f86}
.crumbs li+li:before{content:"/";margin-right:8px}
h1{font-size:24px;font-weight:500;margin:0 0 16px}
.section-title,.details-title{font-size:14px;font-weight:600;margin:16px 0 8px}
.details{border:1px solid #dcdfe4;border-radius:4px;padding:4px 16px 12px;margin-top:16px}
.field-row{display:flex;align-items:center;min-height:40px;gap:8px}
.field-heading{width:120px;flex:none;color:#44546f;font-weight:600;font-size:12px}
.field-value{flex:1;display:flex;align-items:center;gap:8px;min-width:0}
.field-value>div{display:flex;align-items:center;gap:8px;padding:4px 6px;border-radius:3px}
[data-demo-edit]:hover{background:#f1f2f4;cursor:pointer}
[role=button]:has(>.avatar){display:inline-flex;align-items:center}
.avatar{display:inline-flex;width:24px;height:24px;border-radius:50%;background:#0055cc;color:#fff;font-size:10px;align-items:center;justify-content:center;margin-right:6px}
.muted{color:#626f86}.link{color:#0c66e4;cursor:pointer;font-size:12px}
.priority-icon{width:12px;height:12px;border-radius:2px;background:#f5cd47}.priority-highest,.priority-high{background:#e34935}.priority-low,.priority-lowest{background:#579dff}
.status-button{border:0;border-radius:3px;padding:6px 10px;font-weight:600;font-size:14px;cursor:pointer;display:inline-flex;gap:6px}
.cat-new{background:#dcdfe4;color:#172b4d}.cat-indeterminate{background:#cce0ff;color:#0055cc}.cat-done{background:#baf3db;color:#216e4e}
.lozenge{display:inline-block;border-radius:3px;padding:0 4px;font-size:11px;font-weight:700;text-transform:uppercase}
.transition-popup{position:absolute;background:#fff;border-radius:4px;box-shadow:0 4px 8px rgba(9,30,66,.25),0 0 1px rgba(9,30,66,.31);min-width:300px;max-width:380px;z-index:510}
.transition-menu{padding:6px 0;outline:none}
.transition-menu [role=option]{padding:8px 14px;cursor:pointer}
.transition-menu [role=option][aria-selected=true]{background:#e9f2ff}
.transition-menu [role=option]>div{display:flex;align-items:center;gap:8px}
.blanket{position:fixed;inset:0;background:rgba(9,30,66,.54);z-index:600}
[role=dialog]{position:fixed;top:80px;left:50%;transform:translateX(-50%);width:560px;background:#fff;border-radius:3px;z-index:610;box-shadow:0 8px 16px rgba(9,30,66,.25)}
.modal-header{display:flex;align-items:center;gap:12px;padding:20px 24px 8px}.modal-header h1{margin:0;font-size:20px}
.modal-body{padding:8px 24px;display:flex;flex-direction:column;gap:6px}
.modal-footer{display:flex;gap:8px;justify-content:flex-end;padding:16px 24px}
.modal-footer button,.inline-select{font:inherit;padding:6px 12px;border-radius:3px;border:1px solid #8590a2;background:#fff}
.modal-footer .primary{background:#0c66e4;color:#fff;border-color:#0c66e4}
select{font:inherit;padding:4px}
.required,.field-error{color:#c9372c}
.queue-table{border-collapse:collapse;width:100%}.queue-table th,.queue-table td{text-align:left;padding:8px;border-bottom:1px solid #dcdfe4}
.queue-issue{display:flex;gap:24px}.queue-list{width:240px;flex:none;border-right:1px solid #dcdfe4;padding-right:16px}
.queue-list h2{font-size:14px}.queue-list ul{list-style:none;padding:0;margin:0}.queue-list li{padding:6px 0}
.queue-list a[aria-current=page]{font-weight:600;color:#172b4d}
.queue-issue .issue-context{width:320px}
.loading{color:#626f86}
`;
