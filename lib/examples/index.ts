/**
 * The example payloads in this folder, with what each one is meant to show. The CLI's run command and the
 * demo read the JSON files; this list lets them describe the files without opening them.
 */
import type { App } from '../records/model';

export interface ExampleFile {
  /** File name in lib/examples. */
  readonly file: string;
  readonly app: App;
  readonly object: string;
  /** The native API response the file is shaped like. */
  readonly shape: string;
  /** The data-quality problems planted among otherwise clean records. */
  readonly problems: readonly string[];
}

export const EXAMPLE_FILES: readonly ExampleFile[] = [
  {
    file: 'salesforce-opportunities.json',
    app: 'salesforce',
    object: 'Opportunity',
    shape: 'SOQL query result (/services/data/v66.0/query)',
    problems: [
      'open deal with a close date in the past (pushed 3 times)',
      'empty NextStep on an open deal',
      'Commit forecast with no Amount',
      'Qualification at 80% probability (stage default 10%)',
      'last activity more than 100 days ago',
    ],
  },
  {
    file: 'salesforce-opportunity-uiapi.json',
    app: 'salesforce',
    object: 'Opportunity',
    shape: 'UI API record (/ui-api/records/{id})',
    problems: ['Commit deal in Negotiation/Review whose close date has passed', 'empty NextStep'],
  },
  {
    file: 'salesforce-leads.json',
    app: 'salesforce',
    object: 'Lead',
    shape: 'SOQL query result',
    problems: ['placeholder company "N/A"', 'email without a top-level domain', 'phone "555-CALL"', 'missing email'],
  },
  {
    file: 'servicenow-incidents.json',
    app: 'servicenow',
    object: 'incident',
    shape: 'Table API list, default form ({result: [...]}, references {link, value})',
    problems: [
      'priority 2 where impact 3 x urgency 3 gives 5',
      'resolved (state 6) without close_notes',
      'on hold (state 3) without hold_reason',
      'short_description "issue"',
    ],
  },
  {
    file: 'servicenow-change-requests.json',
    app: 'servicenow',
    object: 'change_request',
    shape: 'Table API list, default form',
    problems: ['in Implement (state -1) without a backout_plan'],
  },
  {
    file: 'jira-requests.json',
    app: 'jira',
    object: 'request',
    shape: 'search results with expand=names; request type in customfield_10010',
    problems: ['done without a resolution', 'in progress without an assignee'],
  },
  {
    file: 'zendesk-tickets.json',
    app: 'zendesk',
    object: 'ticket',
    shape: 'List Tickets ({tickets: [...]})',
    problems: ['solved without a group', 'pending and not updated since September'],
  },
  {
    file: 'hubspot-deals.json',
    app: 'hubspot',
    object: 'deal',
    shape: 'CRM v3 list ({results: [...]}), default pipeline',
    problems: ['open deal with a close date in the past', 'no amount', 'empty next step', 'no owner'],
  },
  {
    file: 'hubspot-contacts.json',
    app: 'hubspot',
    object: 'contact',
    shape: 'CRM v3 list ({results: [...]})',
    problems: ['malformed email', 'missing last name', 'phone "n/a"', 'qualified leads without an owner'],
  },
];
