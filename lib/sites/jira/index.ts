/**
 * The Jira Cloud / Jira Service Management adapter: issue and request pages on `{site}.atlassian.net`, read
 * through REST v3 with the user's session, hints anchored on the issue view's fields, and the status dropdown
 * and transition screen as the stage control.
 */
import type { SelectorHealth, SiteAdapter } from '../types';
import { fetchJiraIssue } from './api';
import { findIssueView, readIssueView } from './read';
import {
  ASSIGNEE_FIELD,
  CURRENT_ISSUE_CRUMB,
  PRIORITY_FIELD,
  STATUS_BUTTON,
  STATUS_FIELD_WRAPPER,
  SUMMARY_HEADING,
  TRANSITION_MODAL,
  TRANSITION_OPTION,
  selectField,
} from './selectors';
import { requestTypeFieldId } from './site-facts';
import { detectJiraPage } from './urls';

/**
 * Jira's agent app on every Cloud site: issues, boards, queues and search live under these paths and move between
 * each other by pushState. Confluence (`/wiki`), the customer portal and admin pages are other apps, reached by a
 * full page load, so the script is not loaded there at all.
 */
export const JIRA_MATCHES = ['https://*.atlassian.net/browse/*', 'https://*.atlassian.net/jira/*', 'https://*.atlassian.net/issues*'];

export const jiraAdapter: SiteAdapter = {
  app: 'jira',
  detect: detectJiraPage,
  activeRoot: (doc, page) => findIssueView(doc, page.recordId),
  read: readIssueView,
  fetchRecord: fetchJiraIssue,
  selectorHealth: (doc) => jiraSelectorHealth(doc),
};

function jiraSelectorHealth(doc: Document): SelectorHealth[] {
  const count = (selector: string) => doc.querySelectorAll(selector).length;
  return [
    { name: 'summary heading', found: count(SUMMARY_HEADING), required: true },
    { name: 'current issue breadcrumb', found: count(CURRENT_ISSUE_CRUMB), required: true },
    { name: 'status button', found: count(STATUS_BUTTON), required: true },
    { name: 'status field wrapper', found: count(STATUS_FIELD_WRAPPER), required: false },
    { name: 'assignee field', found: count(ASSIGNEE_FIELD), required: false },
    { name: 'priority field', found: count(PRIORITY_FIELD), required: false },
    { name: 'resolution field', found: count(selectField('resolution')), required: false },
    { name: 'request type field', found: count(selectField(requestTypeFieldId())), required: false },
    { name: 'transition options (open status dropdown)', found: count(TRANSITION_OPTION), required: false },
    { name: 'transition screen (open)', found: count(TRANSITION_MODAL), required: false },
  ];
}
