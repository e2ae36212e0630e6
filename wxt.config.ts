import { defineConfig } from 'wxt';

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
  },
  zip: {
    excludeSources: ['test/**', '.ci/**', '**/*.pem', '**/*.key', '**/*.log', '.output/**', 'test-results/**'],
  },
});
