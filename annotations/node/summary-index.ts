/**
 * Node only. The workspace's summary index: one line per article file (its
 * list entry) with the file's modification time and size when it was summed
 * up. Listing a workspace then costs a directory read and a stat per file; a
 * file whose time or size differs is read again. The index is a cache, never
 * trusted over the files: a missing, broken or foreign index is rebuilt from
 * them.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { z } from 'zod';
import { ArticleSummary } from '../model.ts';

export const INDEX_FILE = '.claimbench-index.json';

const Entry = z.object({ mtimeMs: z.number(), size: z.number(), summary: ArticleSummary });
type Entry = z.infer<typeof Entry>;
// Version 2 entries carry when each file was begun and the texts its corrections replaced; a version 1 index is rebuilt.
const IndexData = z.object({ format: z.literal('claimbench.index'), version: z.literal(2), files: z.record(z.string(), Entry) });
type IndexData = z.infer<typeof IndexData>;

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export class SummaryIndex {
  private readonly db: Low<unknown>;
  private entries: Promise<Map<string, Entry>> | null = null;
  private dirty = false;

  constructor(dir: string) {
    this.db = new Low<unknown>(new DataFile<unknown>(join(dir, INDEX_FILE), { parse: JSON.parse, stringify: (data) => JSON.stringify(data) }), null);
  }

  /** The summary recorded for a file, if the file is still as it was then. */
  async lookup(name: string, stamp: FileStamp): Promise<ArticleSummary | null> {
    const entry = (await this.load()).get(name);
    return entry && entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size ? entry.summary : null;
  }

  async record(name: string, stamp: FileStamp, summary: ArticleSummary): Promise<void> {
    (await this.load()).set(name, { ...stamp, summary });
    this.dirty = true;
  }

  /** Forgets files no longer in the folder, then writes the index if anything changed. */
  async save(present: ReadonlySet<string>): Promise<void> {
    const entries = await this.load();
    for (const name of entries.keys()) {
      if (!present.has(name)) {
        entries.delete(name);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    this.dirty = false;
    const data: IndexData = { format: 'claimbench.index', version: 2, files: Object.fromEntries(entries) };
    this.db.data = data;
    await this.db.write();
  }

  /** Read once, however many files ask at the same moment. */
  private load(): Promise<Map<string, Entry>> {
    this.entries ??= this.readIndex();
    return this.entries;
  }

  private async readIndex(): Promise<Map<string, Entry>> {
    try {
      await this.db.read();
      const parsed = IndexData.safeParse(this.db.data);
      if (parsed.success) return new Map(Object.entries(parsed.data.files));
    } catch {
      // An index that cannot be read is rebuilt from the files.
    }
    return new Map();
  }
}
