/** Every demo app's routes, for tests that drive several apps (or the whole extension) against one server. */
import { hubspotRoutes } from './hubspot/routes';
import { jiraRoutes } from './jira/routes';
import { salesforceRoutes } from './salesforce/routes';
import type { DemoRoute } from './server';
import { servicenowRoutes } from './servicenow/routes';
import { zendeskRoutes } from './zendesk/routes';

export const ALL_DEMO_ROUTES: readonly DemoRoute[] = [...salesforceRoutes, ...hubspotRoutes, ...servicenowRoutes, ...jiraRoutes, ...zendeskRoutes];
