/**
 * Vitest global setup: the CLI and extraction-worker tests run the bundles in
 * dist/, as a user does, so they are built from the current sources first.
 * Without this a clean checkout fails and a changed checkout tests stale code.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function buildBundles(): void {
  const root = join(import.meta.dirname, '../..');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build-electron.mjs')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Building the bundles for the unit tests failed:\n${result.stderr}`);
}
