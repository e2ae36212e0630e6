/**
 * Which origins an admin may add as a custom domain, and which host permissions each needs. Pure, so the options
 * page can say what is wrong as the admin types.
 *
 *   validateCustomOrigin('https://support.example-corp.com/', 'zendesk')
 *   // → { ok: true, domain: { origin: 'https://support.example-corp.com', app: 'zendesk' } }
 *   permissionOrigins({ origin: 'https://acme.lightning.crmforce.mil', app: 'salesforce' })
 *   // → ['https://acme.lightning.crmforce.mil/*', 'https://acme.my.salesforce.mil/*']
 *
 * Custom domains exist for the apps whose UI can live elsewhere than the manifest's hosts (saas-apps.md): ServiceNow
 * instances on their own domain, Zendesk host-mapped domains, and Salesforce's Government Cloud Plus (`.mil`) and
 * China (`sfcrmapps.cn`) orgs, whose hosts FieldGuard recognises but asks for only when an admin adds the org.
 * Jira Cloud's agent app and HubSpot's app stay on their own hosts.
 */
import type { App } from '../records/model';
import type { CustomDomain } from '../store/types';
import { HUBSPOT_MATCHES } from '../sites/hubspot';
import { JIRA_MATCHES } from '../sites/jira';
import { SALESFORCE_MATCHES } from '../sites/salesforce';
import { apiHostFor, isLightningHost } from '../sites/salesforce/urls';
import { SERVICENOW_MATCHES } from '../sites/servicenow';
import { ZENDESK_MATCHES } from '../sites/zendesk';

export const CUSTOM_DOMAIN_APPS = ['servicenow', 'zendesk', 'salesforce'] as const satisfies readonly App[];
export type CustomDomainApp = (typeof CUSTOM_DOMAIN_APPS)[number];

export const APP_LABELS: Readonly<Record<App, string>> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  servicenow: 'ServiceNow',
  jira: 'Jira',
  zendesk: 'Zendesk',
};

/**
 * Host patterns FieldGuard covers without any custom domain: the content scripts' matches and the Salesforce API
 * hosts of the manifest's `host_permissions`.
 */
const NATIVE_HOST_PATTERNS: readonly string[] = [
  ...[...SALESFORCE_MATCHES, ...HUBSPOT_MATCHES, ...SERVICENOW_MATCHES, ...JIRA_MATCHES, ...ZENDESK_MATCHES].map(hostOfPattern),
  '*.my.salesforce.com',
];

export type OriginCheck = { readonly ok: true; readonly domain: CustomDomain & { readonly app: CustomDomainApp } } | { readonly ok: false; readonly error: string };

export function isCustomDomainApp(app: string): app is CustomDomainApp {
  return (CUSTOM_DOMAIN_APPS as readonly string[]).includes(app);
}

/**
 * Checks what an admin typed: an https origin (a bare host name is taken as https), no path, query, port or
 * credentials, no wildcard, a domain name rather than an address, and not a host FieldGuard already covers.
 */
export function validateCustomOrigin(input: string, app: App): OriginCheck {
  if (!isCustomDomainApp(app)) return { ok: false, error: `${APP_LABELS[app]} has no custom domains: FieldGuard already runs on all its hosts.` };
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter the address the app is served on, such as https://support.example.com.' };
  if (text.includes('*')) return { ok: false, error: 'Enter one exact host: wildcards are not allowed.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `"${text}" is not a web address.` };
  }
  if (url.protocol !== 'https:') return { ok: false, error: `Only https addresses are allowed, not ${url.protocol.replace(':', '')}.` };
  if (url.username !== '' || url.password !== '') return { ok: false, error: 'Leave out the user name and password.' };
  if (url.port !== '') return { ok: false, error: 'Leave out the port: custom domains are served on the standard https port.' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(text)) {
    return { ok: false, error: `Enter the origin only, without a path: ${url.origin}` };
  }
  const host = url.hostname;
  if (!isDomainName(host)) return { ok: false, error: `${host} is not a public domain name.` };
  const native = NATIVE_HOST_PATTERNS.find((pattern) => hostMatches(pattern, host));
  if (native !== undefined) return { ok: false, error: `${host} is already covered (${native}); no custom domain is needed.` };
  if (app === 'salesforce' && !isLightningHost(host)) {
    return {
      ok: false,
      error: `${host} is not a Salesforce Lightning host. Add the org's Government Cloud Plus (…lightning.crmforce.mil) or China (…lightning.sfcrmapps.cn) Lightning address.`,
    };
  }
  return { ok: true, domain: { origin: url.origin, app } };
}

/**
 * The host-permission patterns a custom domain needs: its own origin, and for Salesforce also the org's API host,
 * whose session cookie the background reads and whose REST API it calls.
 */
export function permissionOrigins(domain: CustomDomain): string[] {
  const origins = [`${domain.origin}/*`];
  if (domain.app === 'salesforce') {
    const apiHost = apiHostFor(new URL(domain.origin).hostname);
    if (apiHost !== null) origins.push(`https://${apiHost}/*`);
  }
  return origins;
}

/** The custom domain an origin is mapped to, if any. */
export function findCustomDomain(domains: readonly CustomDomain[], origin: string): CustomDomain | null {
  return domains.find((domain) => domain.origin === origin) ?? null;
}

function hostOfPattern(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) return host === pattern.slice(2) || host.endsWith(pattern.slice(1));
  return host === pattern;
}

// At least two labels and a non-numeric top-level label: no `localhost`, no IPv4 or IPv6 address.
function isDomainName(host: string): boolean {
  if (host.startsWith('[')) return false;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => label !== '') && !/^\d+$/.test(labels.at(-1) ?? '');
}
