/**
 * What FieldGuard's manifest may ask for, as a policy rather than today's list: other features may add entries,
 * but only within these bounds (least privilege; see README "Security and privacy").
 */

/** API permissions FieldGuard may hold, each with why: anything else needs a deliberate change here. */
export const ALLOWED_PERMISSIONS: Readonly<Record<string, string>> = {
  storage: 'acknowledgements, packs and preferences (storage.local/session/managed)',
  cookies: "Salesforce's HttpOnly session cookie for the UI API, read by the background only",
  alarms: 'scheduled rule-pack sync',
  scripting: 'content scripts on custom domains the user grants at runtime',
  activeTab: 'the popup acting on the tab the user clicked it in',
};

/**
 * Registrable domains of the five apps: required host permissions and content-script matches stay inside them.
 * Salesforce Government Cloud (.mil) and China (sfcrmproducts.cn/sfcrmapps.cn) are allowed should they be added.
 */
export const APP_DOMAINS: readonly string[] = [
  'my.salesforce.com',
  'lightning.force.com',
  'service-now.com',
  'hubspot.com',
  'atlassian.net',
  'zendesk.com',
  'my.salesforce.mil',
  'lightning.force.mil',
  'sfcrmproducts.cn',
  'sfcrmapps.cn',
];

/** The app UI hosts the manifest must cover today: each app has at least its main UI host. */
export const REQUIRED_APP_HOSTS: readonly string[] = [
  'acme.my.salesforce.com',
  'acme.lightning.force.com',
  'acme.service-now.com',
  'app.hubspot.com',
  'acme.atlassian.net',
  'acme.zendesk.com',
];

/** The only file a page may load from the extension: the whitelisted main-world bridge. */
export const WEB_ACCESSIBLE_FILES: readonly string[] = ['main-world.js'];

/** Script sources an extension-page CSP may name: none of them loads code from anywhere but the package. */
export const ALLOWED_SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'", "'none'"];

const MATCH_PATTERN = /^(https|\*|http|wss?|file|ftp):\/\/([^/]*)(\/.*)$/;

/** Why a match pattern falls outside the apps' domains, or null when it is inside them. */
export function appPatternProblem(pattern: string): string | null {
  if (pattern === '<all_urls>') return '<all_urls> grants every site';
  const parts = MATCH_PATTERN.exec(pattern);
  if (!parts) return `"${pattern}" is not a match pattern`;
  const [, scheme, host = ''] = parts;
  if (scheme !== 'https') return `"${pattern}" is not https-only`;
  const bare = host.replace(/^\*\./, '');
  if (bare === '*' || bare === '') return `"${pattern}" matches every host`;
  const inside = APP_DOMAINS.some((domain) => bare === domain || bare.endsWith(`.${domain}`));
  return inside ? null : `"${pattern}" is outside the five apps' domains (${APP_DOMAINS.join(', ')})`;
}

/** Whether a match pattern covers `host` (scheme https, any path). */
export function patternCoversHost(pattern: string, host: string): boolean {
  if (pattern === '<all_urls>') return true;
  const parts = MATCH_PATTERN.exec(pattern);
  if (!parts) return false;
  const patternHost = parts[2] ?? '';
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return host === patternHost;
}
