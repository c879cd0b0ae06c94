import { defineConfig } from 'vitest/config';

export default defineConfig({
  // JSX compiled as for the app's own build, so a test may load React's production build (which has no jsxDEV).
  oxc: { jsx: { runtime: 'automatic', development: false } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/support/build-bundles.ts'],
    environment: 'node',
    pool: 'threads',
    // Extraction reads a language model: tests that spawn the CLI or a worker, or extract
    // 300 kB, take more than the default 5 s on a busy shared machine.
    testTimeout: 30_000,
  },
});
