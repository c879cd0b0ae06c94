/**
 * Node only. A file's stamp: what stat says of it, to the nanosecond. Another
 * program cannot change a file and leave its stamp as it was: a write moves its
 * change time (ctime), which no program can set back, and a file put in its
 * place has another inode. So a file whose stamp is the one our own last write
 * left still holds what we wrote, without reading and hashing it again. (Linux
 * since 6.13 gives a change made right after a stat a finer ctime; on older
 * kernels a same-size rewrite in place within one clock tick of our own write
 * could pass for ours.)
 */
import { stat } from 'node:fs/promises';

export interface FileStamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

/** The stamp of the file at `path` (through symbolic links); null when there is none to stat. */
export async function stampOf(path: string): Promise<FileStamp | null> {
  const stats = await stat(path, { bigint: true }).catch(() => null);
  return stats && { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs };
}

export function sameStamp(a: FileStamp, b: FileStamp | null): boolean {
  return b !== null && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}
