import type { App } from './model';

/** What the caller knows that a payload may not say about itself. Every field is optional. */
export interface ParseOptions {
  /** Only try this app's shapes (and say so when the payload belongs to another app). */
  app?: App;
  /**
   * The object or table, for payloads that do not name it: a ServiceNow result without `sys_class_name`, a
   * HubSpot v3 object (whose type is otherwise inferred from its properties), a Jira issue to lint as
   * "issue" or "request" regardless of its request type. Payloads that name their type (Salesforce,
   * ServiceNow `sys_class_name`, HubSpot `objectTypeId`) win over it.
   */
  object?: string;
  /** The app's web origin (`https://acme.lightning.force.com`), so record URLs can be absolute. */
  origin?: string;
  /** Field labels by API name; they win over labels the payload carries. */
  labels?: Record<string, string>;
  /** A Salesforce UI API object-info (`GET /ui-api/object-info/{SObject}`) to take field labels from. */
  objectInfo?: unknown;
  /**
   * The `sysparm_display_value` a ServiceNow payload was fetched with. Needed only for `'true'`: that form
   * (display strings only) is indistinguishable from the default form, so it is never guessed.
   */
  sysparmDisplayValue?: 'false' | 'true' | 'all';
}
