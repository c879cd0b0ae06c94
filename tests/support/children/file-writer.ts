/**
 * A child process for the two-writers test: writes one file through the
 * durable adapter over and over, each version a whole JSON document naming
 * its writer and number, padded to a size that differs from write to write.
 */
import { writeDurably } from '../../../annotations/node/durable-file-adapter.ts';

const [path, writer, count] = process.argv.slice(2);
for (let n = 1; n <= Number(count); n++) {
  await writeDurably(path!, JSON.stringify({ writer, n, padding: 'y'.repeat(((n * 7919) % 50) * 1000) }));
}
process.stdout.write('done\n');
