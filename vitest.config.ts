import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/cli/**', 'test/e2e/**', 'test/packaging/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
