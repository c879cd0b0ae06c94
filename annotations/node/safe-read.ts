/**
 * Node only. Reading a file that may be hostile: a pipe, a device, a folder, a
 * huge file or text in another encoding. Every refusal is a SafeReadError whose
 * message says in plain words what is wrong; nothing is read before the checks.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export class SafeReadError extends Error {
  constructor(
    readonly path: string,
    /** Why, in words that follow "cannot be read:", without the path. */
    readonly reason: string,
    /** The operating system's error code, when there was one (ENOENT: no such file). */
    readonly code?: string,
  ) {
    super(`${path} cannot be read: ${reason}.`);
  }
}

/** The file's bytes, at most `maxBytes` of them; refuses anything but a regular file before reading. */
export async function readBytesSafely(path: string, maxBytes: number): Promise<Buffer> {
  refuseUnlessRegular(path, await stat(path).catch((error: NodeJS.ErrnoException) => fail(path, error)), maxBytes);
  // O_NONBLOCK: a FIFO swapped in after the check must not hang the open.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => fail(path, error));
  try {
    const stats = await handle.stat();
    refuseUnlessRegular(path, stats, maxBytes);
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // The file grew past the limit between the check and the read.
    if (length > maxBytes) throw tooLarge(path, length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function refuseUnlessRegular(path: string, stats: Stats, maxBytes: number): void {
  if (stats.isDirectory()) throw new SafeReadError(path, 'it is a folder, not a file');
  if (!stats.isFile()) throw new SafeReadError(path, 'it is not a regular file (a pipe, device or socket)');
  if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
}

function tooLarge(path: string, size: number, maxBytes: number): SafeReadError {
  return new SafeReadError(path, `it is ${formatSize(size)}, over the limit of ${formatSize(maxBytes)}`);
}

function formatSize(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission to read it was denied',
  EPERM: 'permission to read it was denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of its path is not a folder',
  ELOOP: 'its symbolic links go round in a loop',
  ENAMETOOLONG: 'its name is too long',
  EMFILE: 'too many files are open; try again',
  EIO: 'the disk reported a read error',
};

function fail(path: string, error: NodeJS.ErrnoException): never {
  // No EISDIR or ENOENT shown to the analyst: the code in words, else the system's own sentence without it.
  const reason = (error.code && ERRNO_WORDS[error.code]) ?? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  throw new SafeReadError(path, reason, error.code);
}

/** Text that is neither UTF-8 nor UTF-16 with a byte order mark; the message is the reason alone. */
export class TextDecodingError extends Error {}

/**
 * Text from bytes, decoded alike wherever a file is read: a UTF-8 byte order mark
 * is dropped, UTF-16 with a mark is decoded, anything else must be UTF-8 without NUL.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new TextDecodingError('it looks like a binary file, or UTF-16 text without a byte order mark; save it as UTF-8');
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TextDecodingError('it is not UTF-8 text; save it as UTF-8');
  }
}

/** What a file held, as a short fingerprint: equal digests, equal bytes. */
export function digestOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
