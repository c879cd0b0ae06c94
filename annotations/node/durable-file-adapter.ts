/**
 * Node only. How an annotation file reaches the disk: a lowdb Adapter whose
 * writes survive a crash and a power loss. write-file-atomic writes a temporary
 * file under a unique name in the same folder, fsyncs it, keeps the old file's
 * mode and owner, and renames it over the real target of a symbolic link (so the
 * link stays a link); we then fsync the folder, so the rename itself is durable.
 * A reader sees the old file or the new one, never a mixture.
 */
import { open, realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import writeFileAtomic from 'write-file-atomic';
import { type FileStamp, stampOf } from './file-stamp.ts';
import { decodeText, digestOf, readBytesSafely, SafeReadError } from './safe-read.ts';

/**
 * Writes `content` to `path` atomically and durably; the file's mode and a
 * symbolic link are kept. On failure (a full disk, say) the file is as it was.
 */
export async function writeDurably(path: string, content: string | Buffer): Promise<void> {
  try {
    await writeFileAtomic(path, content, { fsync: true });
    await fsyncFolder(dirname(await realpath(path)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const words = code && WRITE_ERROR_WORDS[code];
    if (words) throw new WriteError(`${path} was not saved: ${words}. The file there is as it was before.`, code);
    throw error;
  }
}

export class WriteError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const WRITE_ERROR_WORDS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission to write there was denied',
  EPERM: 'permission to write there was denied',
  ENOENT: 'its folder does not exist',
  EISDIR: 'a folder has that name',
  EIO: 'the disk reported a write error',
};

async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (and Windows) cannot fsync a folder; the file itself is synced.
    if (!['EINVAL', 'EPERM', 'EISDIR', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** Temporary files write-file-atomic leaves behind when a process dies mid-write: `name.json.123456789`. */
export const STRAY_TEMP_FILE = /\.json\.\d+$/;

export interface DataFormat<T> {
  parse(text: string): T;
  /** Text, or its UTF-8 bytes already (a long document is cheaper to join as bytes). */
  stringify(data: T): string | Buffer;
}

/** What Claimbench last read or wrote of a file: enough to tell whether the file is still as it left it. */
export interface Seen {
  /** The file's stamp right after our write; null after a read, so the first check compares content. */
  stamp: FileStamp | null;
  /** sha-256 of those bytes, worked out when first asked: a file whose stamp is ours needs none. */
  digest(): string;
}

/** lowdb's DataFile, with durable writes, safe bounded reads, and what it last read or wrote. */
export class DurableDataFile<T> implements Adapter<T> {
  /** Null before a read or write, or when the file was missing. */
  lastSeen: Seen | null = null;

  constructor(
    readonly path: string,
    private readonly format: DataFormat<T>,
    private readonly maxBytes: number,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readBytesSafely(this.path, this.maxBytes);
    } catch (error) {
      if (error instanceof SafeReadError && error.code === 'ENOENT') {
        this.lastSeen = null;
        return null;
      }
      throw error;
    }
    this.lastSeen = { stamp: null, digest: digestWhenAsked(bytes) };
    return this.format.parse(decodeText(bytes));
  }

  async write(data: T): Promise<void> {
    const out = this.format.stringify(data);
    const bytes = typeof out === 'string' ? Buffer.from(out) : out;
    await writeDurably(this.path, bytes);
    this.lastSeen = { stamp: await stampOf(this.path), digest: digestWhenAsked(bytes) };
  }
}

function digestWhenAsked(bytes: Buffer): () => string {
  let digest: string | undefined;
  return () => (digest ??= digestOf(bytes));
}

export const JSON_FORMAT: DataFormat<unknown> = {
  parse: (text) => JSON.parse(text) as unknown,
  stringify: (data) => JSON.stringify(data, null, 2) + '\n',
};
