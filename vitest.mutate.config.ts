import { defineConfig } from 'vitest/config';

/**
 * The unit tests that exercise the domain core, for Stryker: without the CLI and worker
 * tests, which run built bundles that a mutant of the sources never reaches, and
 * without the tests that start Chromium to print or read a PDF or go through the
 * workspace on disk (crash and file safety: 43 of the 67 s the core's related tests
 * took, in child processes a mutant never reaches or in waits on the disk): they would
 * run once per mutant they cover and make a run take hours, while the core's own tests
 * pin the same behaviour.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/cli*.test.ts', 'tests/unit/extract-worker.test.ts', 'tests/unit/renderer-*.test.ts', 'tests/unit/electron-*.test.ts', 'tests/unit/imports.test.ts', 'tests/unit/workspace*.test.ts', 'tests/unit/crash-safety.test.ts', 'tests/unit/file-safety.test.ts'],
    testNamePattern: /^(?!.*PDF)/,
    environment: 'node',
    pool: 'threads',
  },
});
