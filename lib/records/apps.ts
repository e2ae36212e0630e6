/** The apps and objects FieldGuard knows, apart from the zod schemas of model.ts so content scripts can use them. */

export const APPS = ['salesforce', 'hubspot', 'servicenow', 'jira', 'zendesk'] as const;

/** The objects FieldGuard knows per app; packs name one of these. */
export const OBJECTS_BY_APP = {
  salesforce: ['Opportunity', 'Lead', 'Account', 'Contact', 'Case'],
  hubspot: ['deal', 'contact', 'company', 'ticket'],
  servicenow: ['incident', 'change_request', 'problem'],
  jira: ['issue', 'request'],
  zendesk: ['ticket'],
} as const satisfies Record<(typeof APPS)[number], readonly string[]>;
