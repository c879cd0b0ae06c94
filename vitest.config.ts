import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/support/build-bundles.ts'],
    // CLI tests start the command several times each; a busy machine needs more than 5 s for that.
    testTimeout: 30_000,
    environment: 'node',
    pool: 'threads',
    // Extraction reads a language model: tests that spawn the CLI or a worker, or extract
    // 300 kB, take more than the default 5 s on a busy shared machine.
    testTimeout: 30_000,
  },
});
