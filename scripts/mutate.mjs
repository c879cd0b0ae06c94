// `npm run mutate [-- FILE ...]`: Stryker over the core files in stryker.config.mjs, or only the files named.
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
const args = ['stryker', 'run', ...(files.length ? ['--mutate', files.join(',')] : [])];
const { status } = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(status ?? 1);
