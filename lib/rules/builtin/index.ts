/**
 * The rule packs FieldGuard ships, kept as JSON data so admins can read, copy and adapt them like their own packs.
 *
 *   import { BUILTIN_PACKS, builtinPacksFor } from '../rules/builtin';
 *   const packs = builtinPacksFor(record.app, record.object).map(compilePack);
 *
 * Each pack is validated when this module loads: a shipped pack that does not validate is a developer error,
 * and failing loudly here beats silently linting every user's records with fewer rules than intended.
 */
import type { App } from '../../records/model';
import type { RulePack } from '../schema';
import { formatIssues, validatePack } from '../validate';
import hubspotContactBasics from './hubspot-contact-basics.json';
import hubspotDealHygiene from './hubspot-deal-hygiene.json';
import hubspotDealStageGates from './hubspot-deal-stage-gates.json';
import jiraIssueStatusHygiene from './jira-issue-status-hygiene.json';
import jiraRequestStatusHygiene from './jira-request-status-hygiene.json';
import salesforceAccountBasics from './salesforce-account-basics.json';
import salesforceCaseBasics from './salesforce-case-basics.json';
import salesforceContactBasics from './salesforce-contact-basics.json';
import salesforceLeadBasics from './salesforce-lead-basics.json';
import salesforceOpportunityDataQuality from './salesforce-opportunity-data-quality.json';
import salesforceOpportunityForecastHygiene from './salesforce-opportunity-forecast-hygiene.json';
import salesforceOpportunityStageGates from './salesforce-opportunity-stage-gates.json';
import servicenowChangeRequestGates from './servicenow-change-request-gates.json';
import servicenowIncidentHygiene from './servicenow-incident-hygiene.json';
import zendeskTicketHygiene from './zendesk-ticket-hygiene.json';

// Grouped by app, then object; within an object, the order in which findings of the packs are listed.
const SOURCES: readonly unknown[] = [
  salesforceOpportunityDataQuality,
  salesforceOpportunityForecastHygiene,
  salesforceOpportunityStageGates,
  salesforceLeadBasics,
  salesforceAccountBasics,
  salesforceContactBasics,
  salesforceCaseBasics,
  hubspotDealHygiene,
  hubspotDealStageGates,
  hubspotContactBasics,
  servicenowIncidentHygiene,
  servicenowChangeRequestGates,
  jiraRequestStatusHygiene,
  jiraIssueStatusHygiene,
  zendeskTicketHygiene,
];

/** Validates shipped packs, throwing on the first invalid one with every issue it has. */
export function loadBuiltinPacks(sources: readonly unknown[]): readonly RulePack[] {
  return Object.freeze(
    sources.map((source, index) => {
      const result = validatePack(source);
      if (result.ok) return result.pack;
      const id = (source as { id?: unknown } | null)?.id;
      const name = typeof id === 'string' ? `"${id}"` : `#${index}`;
      throw new Error(`built-in rule pack ${name} is invalid:\n${formatIssues(result.issues)}`);
    }),
  );
}

export const BUILTIN_PACKS: readonly RulePack[] = loadBuiltinPacks(SOURCES);

export function builtinPacksFor(app: App, object: string): RulePack[] {
  return BUILTIN_PACKS.filter((pack) => pack.app === app && pack.object === object);
}
