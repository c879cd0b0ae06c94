/**
 * Node only. The workspace folder: one annotation file per article, read and
 * written through lowdb (atomic writes: a temporary file, then a rename), in
 * the lean format of file-format.ts. A file is validated in full when it is
 * read; a write holds a document made from a valid one by applyEdit, so it is
 * not validated again (at 11,000 claims that took most of a keystroke's time).
 * Writes of one file are coalesced (coalesced-writes.ts) and durable
 * (durable-file-adapter.ts). A file that fails to parse or validate is
 * remembered as unreadable and never written over; a file whose content
 * changed since Claimbench read it is not written over either. The article
 * list comes from the summary index (summary-index.ts).
 */
import { copyFile, mkdir, readdir, rm, stat, access } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AnnotationFile, type ArticleSummary } from '../model.ts';
import { ArticleId } from '../contract-schemas.ts';
import { diskSerializer, fromDisk, type Encoding } from '../file-format.ts';
import { summarize, textFingerprint } from '../queries.ts';
import { CoalescedWrites } from './coalesced-writes.ts';
import { DurableDataFile, JSON_FORMAT, STRAY_TEMP_FILE, writeDurably, type Seen } from './durable-file-adapter.ts';
import { sameStamp, stampOf } from './file-stamp.ts';
import { digestOf, readBytesSafely, SafeReadError, TextDecodingError } from './safe-read.ts';
import { HIDDEN_FOLDER, Snapshots } from './snapshots.ts';
import { SummaryIndex } from './summary-index.ts';
import { WORKSPACE_MARKER } from './workspace-lock.ts';

/** Larger annotation files are refused before reading: no article comes near it. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

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
    super(`${path} was changed outside Claimbench since it was opened, so this change was not written to it.`);
  }
}

type DurableLow = Low<unknown> & { adapter: DurableDataFile<unknown> };

export class WorkspaceStore {
  private readonly dbs = new Map<string, DurableLow>();
  private readonly unreadable = new Map<string, string>();
  /** Each article's content as Claimbench last read it for editing, or wrote it. */
  private readonly seen = new Map<string, Seen>();
  /** Articles with a write of ours under way: the file may already hold what `seen` does not yet. */
  private readonly writing = new Map<string, number>();
  /** Set when this store may no longer write (its workspace lock was lost): why, in words. */
  private stopped: string | null = null;
  readonly snapshots: Snapshots;
  private readonly writers = new Map<string, CoalescedWrites<AnnotationFile>>();
  private readonly fingerprints = new Map<string, { text: string; fingerprint: string }>();
  private readonly index: SummaryIndex;

  constructor(readonly dir: string) {
    this.index = new SummaryIndex(dir);
    this.snapshots = new Snapshots(dir);
  }

  /**
   * Creates the folder on first use and reports whether this was the first
   * use, so the caller can lay down the sample article once and only once.
   */
  async open(): Promise<{ firstUse: boolean }> {
    await mkdir(this.dir, { recursive: true });
    const marker = join(this.dir, WORKSPACE_MARKER);
    const firstUse = !(await exists(marker));
    if (firstUse) await writeDurably(marker, JSON.stringify({ createdAt: new Date().toISOString() }));
    return { firstUse };
  }

  /**
   * Removes temporary files a writer left when it died mid-write. Call it only
   * while holding the workspace lock: then no write of ours is under way.
   */
  async removeStrayTempFiles(): Promise<string[]> {
    const strays = (await readdir(this.dir)).filter((n) => STRAY_TEMP_FILE.test(n));
    await Promise.all(strays.map((name) => rm(join(this.dir, name), { force: true })));
    return strays;
  }

  pathFor(articleId: string): string {
    if (!ArticleId.safeParse(articleId).success) throw new Error(`"${articleId.slice(0, 100)}" is not a valid article id.`);
    return join(this.dir, `${articleId}.json`);
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
          // Not read for editing: listing leaves the guard against outside changes as it was.
          summary = this.summarize((await this.load(id)).file);
        } catch (error) {
          summary = { id, title: name, claims: 0, tagged: 0, updatedAt: '', createdAt: '', fingerprint: '', earlierTexts: [], isReview: false, error: (error as Error).message };
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

  /**
   * The article, read for editing: its content's digest becomes the one the next
   * write must find on disk, so a change made by another program is never written over.
   */
  async read(articleId: string): Promise<AnnotationFile> {
    const { file, seen } = await this.load(articleId);
    this.seen.set(articleId, seen);
    this.dbFor(articleId, this.pathFor(articleId)).data = file;
    return file;
  }

  /** Forgets what was read for editing: the next read takes the file as it is now on disk. */
  forget(articleId: string): void {
    this.seen.delete(articleId);
  }

  /** From now on every write is refused with `reason`; nothing already on disk is touched. */
  stopWriting(reason: string): void {
    this.stopped = reason;
  }

  isWriting(articleId: string): boolean {
    return this.writing.has(articleId);
  }

  /** Whether the file on disk still holds what Claimbench last read or wrote (false when it was never read). */
  async unchangedOnDisk(articleId: string): Promise<boolean> {
    const seen = this.seen.get(articleId);
    return seen !== undefined && this.stillOnDisk(articleId, seen);
  }

  /** Compared by stamp where our own write left one, else by content: never by date and size alone. */
  private async stillOnDisk(articleId: string, seen: Seen): Promise<boolean> {
    if (seen.stamp && sameStamp(seen.stamp, await stampOf(this.pathFor(articleId)))) return true;
    return seen.digest() === (await this.digestOnDisk(articleId));
  }

  private async load(articleId: string): Promise<{ file: AnnotationFile; seen: Seen }> {
    const path = this.pathFor(articleId);
    const adapter = new DurableDataFile(path, JSON_FORMAT, MAX_FILE_BYTES);
    let data: unknown;
    try {
      data = await adapter.read();
    } catch (error) {
      if (error instanceof SafeReadError) return this.refuse(articleId, path, error.reason);
      if (error instanceof TextDecodingError) return this.refuse(articleId, path, error.message);
      return this.refuse(articleId, path, `it is not valid JSON (${(error as Error).message})`);
    }
    if (adapter.lastSeen === null) throw new Error(`No article with id ${articleId} in ${this.dir}.`);
    const parsed = fromDisk(data);
    if (!parsed.success) return this.refuse(articleId, path, parsed.error);
    this.unreadable.delete(articleId);
    return { file: parsed.data, seen: adapter.lastSeen };
  }

  private async digestOnDisk(articleId: string): Promise<string | null> {
    return readBytesSafely(this.pathFor(articleId), MAX_FILE_BYTES).then(digestOf, () => null);
  }

  /**
   * Puts back the newest earlier version that reads as a valid annotation file,
   * for a file that is missing or cannot be read. The file it replaces is kept
   * in the hidden folder's `unreadable/`, never deleted.
   */
  async restore(articleId: string): Promise<{ restored: string; keptAs: string | null }> {
    const path = this.pathFor(articleId);
    const readable = await this.load(articleId).then(
      () => true,
      () => false,
    );
    if (readable) throw new Error(`${path} reads as it should; there is nothing to restore.`);
    for (const version of await this.snapshots.versions(articleId)) {
      const text = await version.read();
      if (!isValidAnnotationText(text)) continue;
      const aside = join(this.dir, HIDDEN_FOLDER, 'unreadable', `${articleId}-${Date.now()}.json`);
      await mkdir(join(this.dir, HIDDEN_FOLDER, 'unreadable'), { recursive: true });
      const keptAs = await copyFile(path, aside).then(
        () => aside,
        () => null,
      );
      await writeDurably(path, text);
      this.unreadable.delete(articleId);
      this.seen.delete(articleId);
      return { restored: version.name, keptAs };
    }
    throw new Error(`There is no earlier version of ${path} to restore.`);
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
    if (this.stopped) throw new Error(this.stopped);
    const blocked = this.unreadable.get(file.id);
    if (blocked) throw new UnreadableFileError(path, blocked);
    const seen = this.seen.get(file.id);
    // What was last seen stays: every write queued behind this one is refused too, until the file is read again.
    if (seen && !(await this.stillOnDisk(file.id, seen))) throw new ChangedOnDiskError(path);
    const db = this.dbFor(file.id, path);
    db.data = file;
    this.writing.set(file.id, (this.writing.get(file.id) ?? 0) + 1);
    try {
      await db.write();
      this.seen.set(file.id, db.adapter.lastSeen!);
    } finally {
      const left = this.writing.get(file.id)! - 1;
      if (left) this.writing.set(file.id, left);
      else this.writing.delete(file.id);
    }
    const written = await stat(path);
    await this.index.record(`${file.id}.json`, written, this.summarize(file));
    await this.snapshots.keep(file.id, path);
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

  private dbFor(articleId: string, path: string): DurableLow {
    let db = this.dbs.get(articleId);
    if (!db) {
      // Read as plain JSON (fromDisk checks it); written in the lean format, one serializer per file so unchanged claims are not serialized again.
      const format = { parse: JSON.parse, stringify: diskSerializer(AS_UTF8_BYTES) as (data: unknown) => Buffer };
      db = new Low<unknown>(new DurableDataFile(path, format, MAX_FILE_BYTES), null) as DurableLow;
      this.dbs.set(articleId, db);
    }
    return db;
  }

  private refuse(articleId: string, path: string, reason: string): never {
    this.unreadable.set(articleId, reason);
    throw new UnreadableFileError(path, reason);
  }
}

const AS_UTF8_BYTES: Encoding<Buffer> = { encode: (json) => Buffer.from(json), join: (parts) => Buffer.concat(parts) };

function isValidAnnotationText(text: string): boolean {
  try {
    return fromDisk(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
