import { defineConfig } from 'vitest/config';

// The CLI tests spawn the real `fieldguard` binary, so they run apart from the fast unit suite.
export default defineConfig({
  test: {
    include: ['test/cli/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
