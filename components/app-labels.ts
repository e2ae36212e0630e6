import type { App } from '../lib/records/model';

export const APP_LABELS: Record<App, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  servicenow: 'ServiceNow',
  jira: 'Jira Service Management',
  zendesk: 'Zendesk',
};
