/**
 * The content scripts registered for granted custom domains: the very bundles the manifest declares for the app's
 * own hosts (`content-scripts/<app>.js`), with the same `runAt` and `allFrames`, on the same paths of the custom
 * origin. Pure: `syncCustomDomainScripts` (sync.ts) compares this with what is registered.
 *
 *   customDomainScripts([{ origin: 'https://support.example-corp.com', app: 'zendesk' }])
 *   // → [{ id: 'fieldguard-custom-zendesk', js: ['content-scripts/zendesk.js'],
 *   //      matches: ['https://support.example-corp.com/agent/*'], runAt: 'document_idle', allFrames: false }]
 */
import type { CustomDomain } from '../store/types';
import { SALESFORCE_MATCHES } from '../sites/salesforce';
import { SERVICENOW_MATCHES } from '../sites/servicenow';
import { ZENDESK_MATCHES } from '../sites/zendesk';
import { CUSTOM_DOMAIN_APPS, type CustomDomainApp } from './origins';

/** Every id FieldGuard registers starts with this; other registrations are left alone. */
export const CUSTOM_SCRIPT_PREFIX = 'fieldguard-custom-';

export interface CustomDomainScript {
  readonly id: string;
  readonly js: string[];
  readonly matches: string[];
  readonly runAt: 'document_idle';
  readonly allFrames: boolean;
}

/** How each app's entrypoint (`entrypoints/<app>.content/index.ts`) is declared; a unit test holds them equal. */
export const APP_CONTENT_SCRIPTS: Readonly<Record<CustomDomainApp, { readonly matches: readonly string[]; readonly allFrames: boolean }>> = {
  servicenow: { matches: SERVICENOW_MATCHES, allFrames: true },
  zendesk: { matches: ZENDESK_MATCHES, allFrames: false },
  salesforce: { matches: SALESFORCE_MATCHES, allFrames: false },
};

/** One registration per app that has granted custom domains, matching the app's own paths on each of them. */
export function customDomainScripts(granted: readonly CustomDomain[]): CustomDomainScript[] {
  return CUSTOM_DOMAIN_APPS.flatMap((app) => {
    const origins = [...new Set(granted.filter((domain) => domain.app === app).map((domain) => domain.origin))].sort();
    if (origins.length === 0) return [];
    const { matches, allFrames } = APP_CONTENT_SCRIPTS[app];
    return [
      {
        id: `${CUSTOM_SCRIPT_PREFIX}${app}`,
        js: [`content-scripts/${app}.js`],
        matches: origins.flatMap((origin) => matches.map((pattern) => `${origin}${pathOfPattern(pattern)}`)),
        runAt: 'document_idle',
        allFrames,
      },
    ];
  });
}

function pathOfPattern(pattern: string): string {
  const afterScheme = pattern.indexOf('://') + 3;
  const slash = pattern.indexOf('/', afterScheme);
  return slash === -1 ? '/*' : pattern.slice(slash);
}
