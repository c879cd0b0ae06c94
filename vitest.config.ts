import { defineConfig } from 'vitest/config';

export default defineConfig({
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
