/**
 * The Zendesk Support adapter: agent ticket pages on `{subdomain}.zendesk.com`.
 *
 *   import { zendeskAdapter, ZENDESK_MATCHES } from '../sites/zendesk';
 */
import type { SiteAdapter } from '../types';
import { fetchZendeskTicket } from './api';
import { customFieldsIn, findActiveTicketRoot, readZendeskTicket, ticketScope } from './read';
import {
  ACTIVE_TICKET_LAYOUT,
  ACTIVE_TICKET_LAYOUT_BY_CLASS,
  ASSIGNEE_FIELD,
  PRIORITY,
  REQUESTER,
  SELECTED_TAB,
  STATUS,
  SUBJECT,
  TICKET_LAYOUT,
  TYPE,
} from './selectors';
import { detectZendeskPage } from './urls';

/** Only the agent UI: the Help Center (`/hc/...`) on the same hosts is not linted. */
export const ZENDESK_MATCHES = ['https://*.zendesk.com/agent/*'];

// The sidebar selectors are counted inside the active ticket so a release that renames one shows as 0 there.
const FIELD_SELECTORS = [
  ['subject', SUBJECT, true],
  ['status', STATUS, true],
  ['priority', PRIORITY, false],
  ['type', TYPE, false],
  ['assigneeField', ASSIGNEE_FIELD, false],
  ['requester', REQUESTER, false],
] as const;

export const zendeskAdapter: SiteAdapter = {
  app: 'zendesk',
  detect: detectZendeskPage,
  activeRoot: (doc, page) => findActiveTicketRoot(doc, page.recordId),
  read: (root) => readZendeskTicket(root),
  fetchRecord: (page, api, signal) => fetchZendeskTicket(page.recordId, api, signal),
  selectorHealth(doc) {
    const active = doc.querySelector(ACTIVE_TICKET_LAYOUT) ?? doc.querySelector(ACTIVE_TICKET_LAYOUT_BY_CLASS);
    const scope = active ? ticketScope(active) : { findAll: (selector: string) => [...doc.querySelectorAll(selector)] };
    return [
      { name: 'ticketLayout', found: doc.querySelectorAll(TICKET_LAYOUT).length, required: true },
      { name: 'activeTicketLayout', found: active ? 1 : 0, required: true },
      { name: 'selectedTab', found: doc.querySelectorAll(SELECTED_TAB).length, required: false },
      ...FIELD_SELECTORS.map(([name, selector, required]) => ({ name, found: scope.findAll(selector).length, required })),
      { name: 'customFields', found: active ? customFieldsIn(ticketScope(active)).length : 0, required: false },
    ];
  },
};
