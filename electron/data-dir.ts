/** Where the workspace lives: --data-dir DIR, then CLAIMBENCH_DATA_DIR, then the documents folder. */
import { join, resolve } from 'node:path';

export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, documentsDir: string): string {
  const flagIndex = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  if (flagIndex !== -1) {
    const arg = argv[flagIndex]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flagIndex + 1];
    if (!value) throw new Error('--data-dir needs a folder');
    return resolve(value);
  }
  if (env.CLAIMBENCH_DATA_DIR) return resolve(env.CLAIMBENCH_DATA_DIR);
  return join(documentsDir, 'Claimbench');
}
