/**
 * Node only. The workspace folder: one annotation file per article, read and
 * written through lowdb's JSONFile adapter (atomic writes: a temporary file,
 * then a rename). A file that fails to parse or validate is remembered as
 * unreadable and never written over.
 */
import { mkdir, readdir, stat, access } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { AnnotationFile, describeZodError, type ArticleSummary } from '../model.ts';
import { ArticleId } from '../contract-schemas.ts';
import { summarize } from '../queries.ts';

/** Larger annotation files are refused before reading: no article comes near it. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const WORKSPACE_MARKER = '.claimbench-workspace';

export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path} cannot be read: ${reason}. The file has been left as it is.`);
  }
}

/** The file changed on disk since Claimbench last read or wrote it: writing would lose that change. */
export class ChangedOnDiskError extends Error {
  constructor(readonly path: string) {
    super(`${path} was changed outside Claimbench since it was opened, so this change was not saved. The article has been read again from disk.`);
  }
}

/** What a file looked like on disk when Claimbench last read or wrote it. */
interface Seen {
  mtimeMs: number;
  size: number;
}

export class WorkspaceStore {
  private readonly dbs = new Map<string, Low<unknown>>();
  private readonly unreadable = new Map<string, string>();
  private readonly seen = new Map<string, Seen>();

  constructor(readonly dir: string) {}

  /**
   * Creates the folder on first use and reports whether this was the first
   * use, so the caller can lay down the sample article once and only once.
   */
  async open(): Promise<{ firstUse: boolean }> {
    await mkdir(this.dir, { recursive: true });
    const marker = join(this.dir, WORKSPACE_MARKER);
    const firstUse = !(await exists(marker));
    if (firstUse) {
      const db = new Low<{ createdAt?: string }>(new JSONFile(marker), {});
      db.data = { createdAt: new Date().toISOString() };
      await db.write();
    }
    return { firstUse };
  }

  pathFor(articleId: string): string {
    return join(this.dir, `${ArticleId.parse(articleId)}.json`);
  }

  async list(): Promise<ArticleSummary[]> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    const summaries = await Promise.all(
      names.map(async (name): Promise<ArticleSummary | null> => {
        const id = name.slice(0, -'.json'.length);
        if (!ArticleId.safeParse(id).success) return null;
        try {
          return summarize(await this.read(id));
        } catch (error) {
          return { id, title: name, claims: 0, tagged: 0, updatedAt: '', fingerprint: '', isReview: false, error: (error as Error).message };
        }
      }),
    );
    return summaries
      .filter((s): s is ArticleSummary => s !== null)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
  }

  async read(articleId: string): Promise<AnnotationFile> {
    const path = this.pathFor(articleId);
    // Taken before reading: a change made after it shows at the next write as a change on disk.
    let seen: Seen;
    try {
      const { mtimeMs, size } = await stat(path);
      seen = { mtimeMs, size };
    } catch {
      throw new Error(`No article with id ${articleId} in ${this.dir}.`);
    }
    const { size } = seen;
    if (size > MAX_FILE_BYTES) return this.refuse(articleId, path, `it is ${Math.round(size / 1e6)} MB, over the limit`);
    const db = this.dbFor(articleId, path);
    try {
      await db.read();
    } catch (error) {
      return this.refuse(articleId, path, `it is not valid JSON (${(error as Error).message})`);
    }
    const parsed = AnnotationFile.safeParse(db.data);
    if (!parsed.success) {
      const format = (db.data as { format?: unknown } | null)?.format;
      const reason = format === undefined || format === 'claimbench.annotations' ? describeZodError(parsed.error) : `it is not a Claimbench annotation file (format "${String(format)}")`;
      return this.refuse(articleId, path, reason);
    }
    this.unreadable.delete(articleId);
    this.seen.set(articleId, seen);
    return parsed.data;
  }

  has(articleId: string): Promise<boolean> {
    return exists(this.pathFor(articleId));
  }

  /** Writes a new article; refuses to replace a file that is already there. */
  async create(file: AnnotationFile): Promise<void> {
    const path = this.pathFor(file.id);
    if (await this.has(file.id)) throw new Error(`${path} already exists.`);
    await this.write(file);
  }

  async write(file: AnnotationFile): Promise<void> {
    const path = this.pathFor(file.id);
    const blocked = this.unreadable.get(file.id);
    if (blocked) throw new UnreadableFileError(path, blocked);
    // Validated before it touches the disk: the store never writes a file it could not read back.
    const valid = AnnotationFile.parse(file);
    const seen = this.seen.get(file.id);
    if (seen) {
      const now = await stat(path).catch(() => null);
      if (!now || now.mtimeMs !== seen.mtimeMs || now.size !== seen.size) {
        this.seen.delete(file.id);
        throw new ChangedOnDiskError(path);
      }
    }
    const db = this.dbFor(file.id, path);
    db.data = valid;
    await db.write();
    const written = await stat(path);
    this.seen.set(file.id, { mtimeMs: written.mtimeMs, size: written.size });
  }

  private dbFor(articleId: string, path: string): Low<unknown> {
    let db = this.dbs.get(articleId);
    if (!db) {
      db = new Low<unknown>(new JSONFile<unknown>(path), null);
      this.dbs.set(articleId, db);
    }
    return db;
  }

  private refuse(articleId: string, path: string, reason: string): never {
    this.unreadable.set(articleId, reason);
    throw new UnreadableFileError(path, reason);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
