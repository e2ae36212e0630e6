import { defineConfig } from 'wxt';

export default defineConfig({
  // Everything is imported explicitly, WXT APIs included, so no module depends on generated globals.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'FieldGuard',
    description: 'Lints live CRM and ITSM records: required fields, invalid values, stage gates, a hygiene score.',
    permissions: ['storage'],
  },
  zip: {
    excludeSources: ['test/**', '.ci/**', '**/*.pem', '**/*.key', '**/*.log', '.output/**'],
  },
});
