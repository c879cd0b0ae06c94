/**
 * Node only. The workspace folder: one annotation file per article, read and
 * written through lowdb (atomic writes: a temporary file, then a rename), in
 * the lean format of file-format.ts. A file is validated in full when it is
 * read; a write holds a document made from a valid one by applyEdit, so it is
 * not validated again (at 11,000 claims that took most of a keystroke's time).
 * Writes of one file are coalesced (coalesced-writes.ts). A file that fails to
 * parse or validate is remembered as unreadable and never written over. The
 * article list comes from the summary index (summary-index.ts).
 */
import { mkdir, readdir, stat, access } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile, JSONFile } from 'lowdb/node';
import { AnnotationFile, type ArticleSummary } from '../model.ts';
import { ArticleId } from '../contract-schemas.ts';
import { diskSerializer, fromDisk } from '../file-format.ts';
import { summarize, textFingerprint } from '../queries.ts';
import { CoalescedWrites } from './coalesced-writes.ts';
import { SummaryIndex } from './summary-index.ts';

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
  private readonly writers = new Map<string, CoalescedWrites<AnnotationFile>>();
  private readonly fingerprints = new Map<string, { text: string; fingerprint: string }>();
  private readonly index: SummaryIndex;

  constructor(readonly dir: string) {
    this.index = new SummaryIndex(dir);
  }

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

  /** Every article file's list entry: from the summary index where the file is as it was summed up, read afresh where not. */
  async list(): Promise<ArticleSummary[]> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    const summaries = await Promise.all(
      names.map(async (name): Promise<ArticleSummary | null> => {
        const id = name.slice(0, -'.json'.length);
        if (!ArticleId.safeParse(id).success) return null;
        const stamp = await stat(join(this.dir, name)).catch(() => null);
        if (!stamp) return null;
        const known = await this.index.lookup(name, stamp);
        if (known) return known;
        let summary: ArticleSummary;
        try {
          summary = this.summarize(await this.read(id));
        } catch (error) {
          summary = { id, title: name, claims: 0, tagged: 0, updatedAt: '', fingerprint: '', isReview: false, error: (error as Error).message };
        }
        await this.index.record(name, stamp, summary);
        return summary;
      }),
    );
    await this.index.save(new Set(names));
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
    const parsed = fromDisk(db.data);
    if (!parsed.success) return this.refuse(articleId, path, parsed.error);
    this.unreadable.delete(articleId);
    this.seen.set(articleId, seen);
    db.data = parsed.data;
    return parsed.data;
  }

  has(articleId: string): Promise<boolean> {
    return exists(this.pathFor(articleId));
  }

  /** Writes a new article, validated in full; refuses to replace a file that is already there. */
  async create(file: AnnotationFile): Promise<void> {
    const path = this.pathFor(file.id);
    if (await this.has(file.id)) throw new Error(`${path} already exists.`);
    await this.write(AnnotationFile.parse(file));
  }

  /** Resolves once this state of the document, or a newer one, is on disk. */
  write(file: AnnotationFile): Promise<void> {
    let writer = this.writers.get(file.id);
    if (!writer) {
      writer = new CoalescedWrites((newest) => this.writeNow(newest));
      this.writers.set(file.id, writer);
    }
    return writer.write(file);
  }

  private async writeNow(file: AnnotationFile): Promise<void> {
    const path = this.pathFor(file.id);
    const blocked = this.unreadable.get(file.id);
    if (blocked) throw new UnreadableFileError(path, blocked);
    const seen = this.seen.get(file.id);
    if (seen) {
      const now = await stat(path).catch(() => null);
      // What was last seen stays: every write queued behind this one is refused too, until the file is read again.
      if (!now || now.mtimeMs !== seen.mtimeMs || now.size !== seen.size) throw new ChangedOnDiskError(path);
    }
    const db = this.dbFor(file.id, path);
    db.data = file;
    await db.write();
    const written = await stat(path);
    this.seen.set(file.id, { mtimeMs: written.mtimeMs, size: written.size });
    await this.index.record(`${file.id}.json`, written, this.summarize(file));
  }

  /** summarize(), with the text's fingerprint kept while the text is the same (it reads the whole text). */
  private summarize(file: AnnotationFile): ArticleSummary {
    const text = file.article.text;
    let known = this.fingerprints.get(file.id);
    if (known?.text !== text) {
      known = { text, fingerprint: textFingerprint(text) };
      this.fingerprints.set(file.id, known);
    }
    return summarize(file, known.fingerprint);
  }

  private dbFor(articleId: string, path: string): Low<unknown> {
    let db = this.dbs.get(articleId);
    if (!db) {
      // Read as plain JSON (fromDisk checks it); written in the lean format, one serializer per file so unchanged claims are not serialized again.
      db = new Low<unknown>(new DataFile<unknown>(path, { parse: JSON.parse, stringify: diskSerializer() as (data: unknown) => string }), null);
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
