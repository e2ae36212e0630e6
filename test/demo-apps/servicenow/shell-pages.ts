/**
 * Pages around the form: the UI16 top frame (`/nav_to.do?uri=…`) with its application navigator and
 * `iframe#gsft_main`, the Next Experience wrapper (`/now/nav/ui/classic/params/target/…`) whose `#gsft_main` sits in
 * the shadow root of a `[component-id]` macroponent, its home page, classic lists (`/{table}_list.do`) and a
 * workspace record.
 */
import { escapeHtml } from '../server';
import { displayValueOf, recordsOf, TABLES, type DemoRecord, type DemoTable, type ServiceNowStore } from './data';
import { DEMO_SESSION_SCRIPT, DEMO_STYLESHEET } from './assets';

const head = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${DEMO_STYLESHEET}">
<script src="${DEMO_SESSION_SCRIPT}"></script>
</head>`;

/** The frame's start page: a same-instance path only, so the wrapper never frames another site. */
export function framedPath(target: string | null, origin: string): string {
  if (!target) return '/incident_list.do';
  try {
    const url = new URL(target, `${origin}/`);
    return url.origin === origin ? url.pathname + url.search : '/incident_list.do';
  } catch {
    return '/incident_list.do';
  }
}

function navigator(store: ServiceNowStore): string {
  const history = (Object.keys(TABLES) as DemoTable[]).flatMap((table) =>
    recordsOf(store, table).map((record) =>
      `<li><a href="/${table}.do?sys_id=${record.values.sys_id ?? ''}" target="gsft_main">${escapeHtml(record.values.number ?? '')} - ${escapeHtml(record.values.short_description ?? '')}</a></li>`),
  );
  return `<nav class="navpage-nav" id="gsft_nav" aria-label="Application navigator">
    <h2>Incident</h2>
    <ul><li><a href="/incident.do?sys_id=-1" target="gsft_main">Create New</a></li><li><a href="/incident_list.do" target="gsft_main">All</a></li></ul>
    <h2>Change</h2>
    <ul><li><a href="/change_request_list.do" target="gsft_main">All</a></li></ul>
    <h2>History</h2>
    <ul>${history.join('')}</ul>
  </nav>`;
}

export function navToPage(store: ServiceNowStore, framed: string): string {
  return `${head('ServiceNow')}
<body class="navpage">
<header class="navpage-header" role="banner">
  <a class="navbar-brand" href="/nav_to.do">servicenow</a>
  <span class="navpage-header-content">Beth Anglin</span>
</header>
<div class="navpage-layout">
  ${navigator(store)}
  <main class="navpage-main">
    <iframe id="gsft_main" name="gsft_main" title="Main Content" src="${escapeHtml(framed)}"></iframe>
  </main>
</div>
</body>
</html>`;
}

/** Next Experience: the unified navigation macroponent renders its own shadow root (declarative here, no script). */
export function polarisPage(content: string): string {
  return `${head('ServiceNow')}
<body>
<macroponent-f51912f4c700201072b211d4d8c26010 class="polaris-shell" component-id="f51912f4c700201072b211d4d8c26010-0">
  <template shadowrootmode="open">
    <link rel="stylesheet" href="${DEMO_STYLESHEET}">
    <div class="navpage">
      <header class="navpage-header" role="banner">
        <a class="navbar-brand" href="/now/nav/ui/home">servicenow</a>
        <span class="navpage-header-content">Beth Anglin</span>
      </header>
      <div class="navpage-layout"><main class="navpage-main">${content}</main></div>
    </div>
  </template>
</macroponent-f51912f4c700201072b211d4d8c26010>
</body>
</html>`;
}

export function polarisClassicPage(framed: string): string {
  return polarisPage(`<iframe id="gsft_main" name="gsft_main" title="Main Content" src="${escapeHtml(framed)}"></iframe>`);
}

export function polarisHomePage(): string {
  return polarisPage('<section class="form_body"><h1>Welcome, Beth</h1><p>Your work: 4 open incidents, 2 changes awaiting approval.</p></section>');
}

export function listPage(store: ServiceNowStore, table: DemoTable): string {
  const def = TABLES[table];
  const columns = def.listColumns.flatMap((name) => (def.fields[name] ? [def.fields[name]] : []));
  const rows = recordsOf(store, table).map((record) => {
    const cells = columns.map((field, index) => {
      const text = escapeHtml(displayValueOf(field, record.values[field.name] ?? ''));
      return index === 0
        ? `<td><a class="linked formlink" href="${table}.do?sys_id=${record.values.sys_id ?? ''}">${text}</a></td>`
        : `<td>${text}</td>`;
    });
    return `<tr class="list_row" sys_id="${record.values.sys_id ?? ''}">${cells.join('')}</tr>`;
  });
  return `${head(`${def.plural} | ServiceNow`)}
<body>
<div class="list_header"><h1>${escapeHtml(def.plural)}</h1><a class="btn btn-primary" href="${table}.do?sys_id=-1">New</a></div>
<table id="${table}_table" class="data_list_table list_table table table-hover">
  <thead><tr>${columns.map((field) => `<th scope="col" name="${field.name}">${escapeHtml(field.label)}</th>`).join('')}</tr></thead>
  <tbody class="list2_body">${rows.join('')}</tbody>
</table>
</body>
</html>`;
}

/** A table FieldGuard knows nothing about (`sys_user_list.do`): a plain list, for the "unknown page" test. */
export function userListPage(names: readonly string[]): string {
  return `${head('Users | ServiceNow')}
<body>
<div class="list_header"><h1>Users</h1></div>
<table id="sys_user_table" class="data_list_table list_table table table-hover">
  <thead><tr><th scope="col" name="name">Name</th><th scope="col" name="active">Active</th></tr></thead>
  <tbody class="list2_body">${names.map((name) => `<tr class="list_row"><td>${escapeHtml(name)}</td><td>true</td></tr>`).join('')}</tbody>
</table>
</body>
</html>`;
}

/** What UI16 shows for a sys_id that does not exist (or that ACLs hide). */
export function recordNotFoundPage(table: DemoTable): string {
  return `${head(`${TABLES[table].label} | ServiceNow`)}
<body><div class="outputmsg_container"><div class="outputmsg outputmsg_error notification notification-error"><span class="outputmsg_text">Record not found</span></div></div></body>
</html>`;
}

/**
 * A Service Operations Workspace record (`/now/sow/record/{table}/{sys_id}`): every level is a custom element with
 * its own open shadow root (declarative here), the form is `sn-form-data-connected`, and field components keep
 * their name in JavaScript properties only, which is why FieldGuard reads workspace records from the API.
 */
export function workspaceRecordPage(record: DemoRecord): string {
  const def = TABLES[record.table];
  const fields = def.sections.flatMap((section) => [...section.left, ...section.right, ...section.full]).flatMap((name) => {
    const field = def.fields[name];
    if (!field) return [];
    const value = displayValueOf(field, record.values[name] ?? '');
    const tag = field.kind === 'choice' ? 'sn-record-choice-connected' : field.kind === 'reference' ? 'sn-record-reference-connected' : 'sn-record-input-connected';
    return [`<${tag}><template shadowrootmode="open"><link rel="stylesheet" href="${DEMO_STYLESHEET}"><div class="sow-field"><label><span class="will-truncate">${escapeHtml(field.label)}</span></label><input class="form-control" value="${escapeHtml(value)}" aria-label="${escapeHtml(field.label)}"></div></template></${tag}>`];
  });
  return `${head(`${record.values.number ?? ''} | Service Operations Workspace`)}
<body>
<sn-canvas-appshell-root class="polaris-shell">
  <template shadowrootmode="open">
    <link rel="stylesheet" href="${DEMO_STYLESHEET}">
    <header class="navpage-header" role="banner"><a class="navbar-brand" href="/now/sow/home">Service Operations Workspace</a></header>
    <sn-canvas-screen>
      <template shadowrootmode="open">
        <link rel="stylesheet" href="${DEMO_STYLESHEET}">
        <sn-form-data-connected>
          <template shadowrootmode="open">
            <link rel="stylesheet" href="${DEMO_STYLESHEET}">
            <section class="sow-form" aria-label="${escapeHtml(def.label)} ${escapeHtml(record.values.number ?? '')}">
              <h1 class="navbar-title">${escapeHtml(def.label)} ${escapeHtml(record.values.number ?? '')}</h1>
              ${fields.join('\n')}
            </section>
          </template>
        </sn-form-data-connected>
      </template>
    </sn-canvas-screen>
  </template>
</sn-canvas-appshell-root>
</body>
</html>`;
}
