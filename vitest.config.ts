import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // CLI tests spawn the compiled bin; give slow CI machines room without hiding hangs.
    testTimeout: 20_000,
  },
});
