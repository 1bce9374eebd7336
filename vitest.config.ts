import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // CLI tests spawn the compiled bin; give slow CI machines room without hiding hangs.
    testTimeout: 20_000,
    // The Lambda bundles (dist/lambda/) are imported by Node itself, as Lambda does, not run through Vite's
    // transform: 1.5 MB of minified code took Vite five seconds.
    server: { deps: { external: [/\/dist\/lambda\//] } },
  },
});
