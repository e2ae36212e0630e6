/**
 * The demo pages `npm run demo` shows, one clean and one or more dirty records per app, each with what a user
 * should see there. The start page links them; the headless run visits them and checks the expectation.
 */
import { DEMO_IDS } from './hubspot/data';
import { SALESFORCE_DEMO_URLS } from './salesforce/routes';

export interface TourStop {
  readonly app: 'salesforce' | 'servicenow' | 'hubspot' | 'jira' | 'zendesk';
  /** File-name friendly: `salesforce-past-close-date`. */
  readonly name: string;
  readonly title: string;
  readonly url: string;
  /** Hints expected at these fields (any frame), or none and a score of 100 for a clean record. */
  readonly expect: { readonly kind: 'hints'; readonly fields: readonly string[] } | { readonly kind: 'clean' };
}

const SERVICENOW = 'https://acme.service-now.com';
const serviceNowForm = (table: string, sysId: string) =>
  `${SERVICENOW}/now/nav/ui/classic/params/target/${encodeURIComponent(`${table}.do?sys_id=${sysId}`)}`;
const HUBSPOT_DEAL = (id: string) => `https://app.hubspot.com/contacts/123456/record/0-3/${id}`;

export const TOUR: readonly TourStop[] = [
  { app: 'salesforce', name: 'salesforce-clean', title: 'Salesforce: a clean opportunity', url: SALESFORCE_DEMO_URLS.clean, expect: { kind: 'clean' } },
  {
    app: 'salesforce',
    name: 'salesforce-past-close-date',
    title: 'Salesforce: close date in the past, pushed three times',
    url: SALESFORCE_DEMO_URLS.pastCloseDate,
    expect: { kind: 'hints', fields: ['CloseDate'] },
  },
  { app: 'salesforce', name: 'salesforce-commit-no-amount', title: 'Salesforce: Commit without an amount', url: SALESFORCE_DEMO_URLS.noAmount, expect: { kind: 'hints', fields: ['Amount'] } },
  {
    app: 'servicenow',
    name: 'servicenow-clean',
    title: 'ServiceNow: a clean new incident',
    url: serviceNowForm('incident', '9c27d5b2a7d68e64857b28dffefcd9de'),
    expect: { kind: 'clean' },
  },
  {
    app: 'servicenow',
    name: 'servicenow-priority-mismatch',
    title: 'ServiceNow: priority does not match impact × urgency',
    url: serviceNowForm('incident', '4afa1e5dd80614bf5eac5f85131adec0'),
    expect: { kind: 'hints', fields: ['priority'] },
  },
  {
    app: 'servicenow',
    name: 'servicenow-change-gaps',
    title: 'ServiceNow: scheduled change with gaps in its plans',
    url: serviceNowForm('change_request', 'd2f1c5e8a9b04c7d8e6f5a4b3c2d1e0f'),
    expect: { kind: 'hints', fields: [] },
  },
  { app: 'hubspot', name: 'hubspot-clean', title: 'HubSpot: a clean deal', url: HUBSPOT_DEAL(DEMO_IDS.cleanDeal), expect: { kind: 'clean' } },
  { app: 'hubspot', name: 'hubspot-no-amount', title: 'HubSpot: deal without an amount', url: HUBSPOT_DEAL(DEMO_IDS.dealWithoutAmount), expect: { kind: 'hints', fields: ['amount'] } },
  { app: 'jira', name: 'jira-clean', title: 'Jira Service Management: a clean request', url: 'https://acme.atlassian.net/browse/ITSD-398', expect: { kind: 'clean' } },
  {
    app: 'jira',
    name: 'jira-done-no-resolution',
    title: 'Jira Service Management: done without a resolution',
    url: 'https://acme.atlassian.net/browse/ITSD-401',
    expect: { kind: 'hints', fields: ['resolution'] },
  },
  { app: 'zendesk', name: 'zendesk-clean', title: 'Zendesk: a clean ticket', url: 'https://acme.zendesk.com/agent/tickets/48213', expect: { kind: 'clean' } },
  {
    app: 'zendesk',
    name: 'zendesk-no-group',
    title: 'Zendesk: vague subject, no group',
    url: 'https://acme.zendesk.com/agent/tickets/48231',
    expect: { kind: 'hints', fields: ['group_id', 'subject'] },
  },
];

/** Salesforce needs a session on the API host first, as a real sign-in gives one. */
export const SIGN_IN_URLS: readonly string[] = [`${SALESFORCE_DEMO_URLS.login}?retURL=${encodeURIComponent('/lightning/page/home')}`];
