/** Every demo app's routes, for tests that drive several apps (or the whole extension) against one server. */
import { hubspotRoutes } from './hubspot/routes';
import { jiraRoutes } from './jira/routes';
import { salesforceRoutes } from './salesforce/routes';
import type { DemoRoute } from './server';
import { servicenowRoutes } from './servicenow/routes';
import { stormRoutes } from './storm/routes';
import { zendeskRoutes } from './zendesk/routes';

// The storm page (storm.zendesk.com) comes before Zendesk's routes, which answer on every *.zendesk.com host.
export const ALL_DEMO_ROUTES: readonly DemoRoute[] = [...stormRoutes, ...salesforceRoutes, ...hubspotRoutes, ...servicenowRoutes, ...jiraRoutes, ...zendeskRoutes];
