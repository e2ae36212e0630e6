/** The source client for a board query, by app. */
import type { BoardQuery } from '../types';
import { hubspotSource } from './hubspot';
import { jiraSource } from './jira';
import { salesforceSource } from './salesforce';
import { servicenowSource } from './servicenow';
import type { BoardSourceClient } from './source';
import { zendeskSource } from './zendesk';

export type { BoardSourceClient, SourcePage } from './source';

export function sourceFor(query: BoardQuery): BoardSourceClient {
  switch (query.app) {
    case 'salesforce':
      return salesforceSource(query);
    case 'servicenow':
      return servicenowSource(query);
    case 'jira':
      return jiraSource(query);
    case 'zendesk':
      return zendeskSource(query);
    case 'hubspot':
      return hubspotSource(query);
  }
}
