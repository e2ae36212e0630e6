import { defineConfig } from 'wxt';

/** The hosts where the app UIs run (each app's content script matches a subset); the main-world bridge serves them. */
const APP_UI_HOSTS = [
  'https://*.lightning.force.com/*',
  'https://*.service-now.com/*',
  'https://*.hubspot.com/*',
  'https://*.atlassian.net/*',
  'https://*.zendesk.com/*',
];

export default defineConfig({
  // Everything is imported explicitly, WXT APIs included, so no module depends on generated globals.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'FieldGuard',
    description: 'Lints live CRM and ITSM records: required fields, invalid values, stage gates, a hygiene score.',
    // cookies: Salesforce's session id is an HttpOnly cookie of the API host; only the background can read it.
    permissions: ['storage', 'cookies'],
    host_permissions: [
      // Salesforce's API lives on the My Domain host, not the Lightning host the user sees: the background
      // worker calls it with the session cookie, which needs host access to both.
      'https://*.my.salesforce.com/*',
      'https://*.lightning.force.com/*',
    ],
    // The main-world script (entrypoints/main-world.ts) is loaded by a <script src>, so the page must be allowed
    // to load it; it answers only for the whitelisted values of lib/runtime/page-values.ts.
    web_accessible_resources: [{ resources: ['main-world.js'], matches: APP_UI_HOSTS }],
  },
  zip: {
    excludeSources: ['test/**', '.ci/**', '**/*.pem', '**/*.key', '**/*.log', '.output/**', 'test-results/**'],
  },
});
