/**
 * The mutation-storm page for the reliability tests and bench: the demo Zendesk ticket 48231 on its own host
 * (`storm.zendesk.com`), served without the agent UI's client script (the page stays as served) and with a live-
 * activity sidebar (storm.js) changing hundreds of nodes a second beside the ticket. Two paths serve the same page:
 * `/agent/tickets/{id}` is a ticket to FieldGuard; `/agent/storm-baseline/{id}` is a page its Zendesk adapter does
 * not treat as a record, so the content script is loaded but does nothing: the baseline FieldGuard's cost is
 * measured against. The ticket API and styles are the Zendesk demo's, which answers on every *.zendesk.com host.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_OPEN_TABS, DEMO_TICKETS } from '../zendesk/data';
import { agentPage, CLIENT_SCRIPT_PATH } from '../zendesk/page';
import { html, type DemoRoute } from '../server';

export const STORM_ORIGIN = 'https://storm.zendesk.com';
export const STORM_TICKET_ID = '48231';
/** FieldGuard's record page, and the same page on a path it ignores. */
export const STORM_RECORD_URL = `${STORM_ORIGIN}/agent/tickets/${STORM_TICKET_ID}`;
export const STORM_BASELINE_URL = `${STORM_ORIGIN}/agent/storm-baseline/${STORM_TICKET_ID}`;

const HOST = /^storm\.zendesk\.com$/;
const STORM_SCRIPT_PATH = '/demo/storm/storm.js';
const STORM_SCRIPT = readFileSync(new URL('./storm.js', import.meta.url), 'utf8');
const STORM_STYLE = `<style>
.storm-panel { margin-bottom: 12px; padding: 8px; border: 1px solid #d8dcde; border-radius: 4px; background: #fff; font-size: 11px; }
.storm-panel h2 { font-size: 13px; margin: 0 0 6px; }
.storm-grid { display: grid; grid-template-columns: repeat(12, 1fr); gap: 1px; font-variant-numeric: tabular-nums; }
.storm-cell { text-align: right; color: #68737d; }
.storm-cell.is-hot { color: #c72a1c; }
.storm-feed { margin: 6px 0 0; padding-left: 16px; max-height: 160px; overflow: hidden; }
.storm-feed time { color: #87929d; margin-right: 4px; }
</style>`;

function stormPage(): string {
  const open = DEFAULT_OPEN_TABS.map((id) => DEMO_TICKETS.find((ticket) => String(ticket.id) === id)).filter((ticket) => ticket !== undefined);
  const page = agentPage({ kind: 'ticket', id: STORM_TICKET_ID }, open, 'Ticket under a mutation storm');
  return page
    .replace(`<script src="${CLIENT_SCRIPT_PATH}" defer></script>`, `${STORM_STYLE}\n<script src="${STORM_SCRIPT_PATH}" defer></script>`);
}

export const stormRoutes: DemoRoute[] = [
  { host: HOST, path: new RegExp(`^/agent/(?:tickets|storm-baseline)/${STORM_TICKET_ID}$`), handle: () => html(stormPage()) },
  { host: HOST, path: new RegExp(`^${STORM_SCRIPT_PATH}$`), handle: () => ({ headers: { 'content-type': 'text/javascript' }, body: STORM_SCRIPT }) },
];
