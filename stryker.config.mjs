// Mutation testing of the domain core where an analyst's data changes: `npm run mutate [-- FILES]`.
// Too slow for CI; run it after changing one of these files or its tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: [
    'annotations/edits.ts',
    'annotations/reanchor.ts',
    'annotations/segment.ts',
    'annotations/exports/csv.ts',
    'annotations/exports/w3c-annotations.ts',
    'annotations/exports/claimreview.ts',
    'annotations/exports/markdown.ts',
    'annotations/exports/html-report.ts',
    'annotations/exports/review-report.ts',
    'annotations/agreement/*.ts',
    'annotations/review*.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one sandbox at a time keeps the machine usable.
  concurrency: 1,
  // Mutants whose code and tests did not change keep their last result.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['dist', 'release', 'test-results', 'reports', 'tests/e2e'],
  tempDirName: '.stryker-tmp',
};
