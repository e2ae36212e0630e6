import { defineConfig } from 'wxt';

/** The hosts where the app UIs run (each app's content script matches a subset); the main-world bridge serves them. */
const APP_UI_HOSTS = [
  'https://*.lightning.force.com/*',
  'https://*.service-now.com/*',
  'https://*.hubspot.com/*',
  'https://*.atlassian.net/*',
  'https://*.zendesk.com/*',
];

/** Any https origin, so an admin can add a custom domain; each one is requested on its own (optional permission). */
const CUSTOM_DOMAIN_PERMISSIONS = ['https://*/*'];

export default defineConfig({
  // Everything is imported explicitly, WXT APIs included, so no module depends on generated globals.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'FieldGuard',
    description: 'Lints live CRM and ITSM records: required fields, invalid values, stage gates, a hygiene score.',
    // cookies: Salesforce's session id is an HttpOnly cookie of the API host; only the background can read it.
    // alarms: the daily history pruning and the scheduled remote rule-pack syncs.
    // scripting: the app's content script is registered on the custom domains an admin adds (lib/custom-domains/).
    // activeTab: the popup reads the URL of the tab it was opened on (a list page has no report to say it).
    permissions: ['storage', 'cookies', 'activeTab', 'alarms', 'scripting'],
    // The keys an organisation can set by policy (docs/enterprise-deployment.md); served from public/.
    storage: { managed_schema: 'managed-schema.json' },
    host_permissions: [
      // Salesforce's API lives on the My Domain host, not the Lightning host the user sees: the background
      // worker calls it with the session cookie, which needs host access to both.
      'https://*.my.salesforce.com/*',
      'https://*.lightning.force.com/*',
    ],
    // Custom domains (a ServiceNow instance on its own domain, a Zendesk host-mapped domain, a Salesforce Government
    // Cloud Plus or China org): asked for one origin at a time when an admin adds it, never at install.
    optional_host_permissions: CUSTOM_DOMAIN_PERMISSIONS,
    // The main-world script (entrypoints/main-world.ts) is loaded by a <script src>, so the page must be allowed
    // to load it; it answers only for the whitelisted values of lib/runtime/page-values.ts.
    web_accessible_resources: [{ resources: ['main-world.js'], matches: APP_UI_HOSTS }],
  },
  hooks: {
    // Firefox only (Chromium warns on the unknown key): AMO needs an add-on id and the data-collection declaration,
    // and FieldGuard sends nothing anywhere but the app's own API and the configured rule-pack URLs.
    'build:manifestGenerated': (wxt, manifest) => {
      // MV2 (the Firefox build) has no optional_host_permissions, which WXT drops: hosts are optional_permissions there.
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...CUSTOM_DOMAIN_PERMISSIONS];
      if (wxt.config.browser !== 'firefox') return;
      manifest.browser_specific_settings = {
        gecko: { id: 'fieldguard@fieldguard.dev', data_collection_permissions: { required: ['none'] } },
      };
    },
  },
  zip: {
    excludeSources: ['test/**', '.ci/**', '**/*.pem', '**/*.key', '**/*.log', '.output/**', 'test-results/**'],
  },
});
