import { defineConfig } from 'vitest/config';

/**
 * The unit tests that exercise the domain core, for Stryker: without the CLI and worker
 * tests, which run built bundles that a mutant of the sources never reaches.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/cli.test.ts', 'tests/unit/extract-worker.test.ts', 'tests/unit/renderer-*.test.ts', 'tests/unit/electron-*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
