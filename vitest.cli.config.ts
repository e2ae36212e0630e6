import { defineConfig } from 'vitest/config';

// The CLI tests spawn the real `fieldguard` binary, so they run apart from the fast unit suite; the packaging tests
// read both extension builds and zip them, so they run here too, after the builds.
export default defineConfig({
  test: {
    include: ['test/cli/**/*.test.ts', 'test/packaging/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
