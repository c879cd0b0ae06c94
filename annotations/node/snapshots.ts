/**
 * Node only. Earlier versions of every article, kept in the workspace's hidden
 * `.claimbench/snapshots/ARTICLE-ID/` folder so an article damaged outside
 * Claimbench (a bad sync, a crash of another program) can be restored. Bounded:
 * the last RECENT_VERSIONS versions, and before those the last version of each
 * day for DAILY_VERSIONS days.
 */
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const HIDDEN_FOLDER = '.claimbench';
export const RECENT_VERSIONS = 20;
export const DAILY_VERSIONS = 30;

let sequence = 0;

export class Snapshots {
  private readonly root: string;

  constructor(workspaceDir: string) {
    this.root = join(workspaceDir, HIDDEN_FOLDER, 'snapshots');
  }

  /** Keeps a copy of the file at `source` as the article's newest version, then forgets what is past the bounds. */
  async keep(articleId: string, source: string): Promise<void> {
    const folder = join(this.root, articleId);
    await mkdir(folder, { recursive: true });
    // Names sort by time; the sequence keeps two versions in one millisecond apart.
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++sequence).padStart(6, '0')}.json`;
    // Not fsynced: a snapshot is a spare copy, and a torn one is passed over on restore.
    await copyFile(source, join(folder, name));
    await this.prune(folder);
  }

  /** The article's versions, newest first: each one's name and a reader for its text. */
  async versions(articleId: string): Promise<{ name: string; read(): Promise<string> }[]> {
    const folder = join(this.root, articleId);
    const names = await readdir(folder).catch(() => [] as string[]);
    return names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse()
      .map((name) => ({ name, read: () => readFile(join(folder, name), 'utf8') }));
  }

  private async prune(folder: string): Promise<void> {
    const names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort().reverse();
    const older = names.slice(RECENT_VERSIONS);
    const daysKept = new Set<string>();
    const doomed = older.filter((name) => {
      const day = name.slice(0, 10);
      if (daysKept.has(day) || daysKept.size >= DAILY_VERSIONS) return true;
      daysKept.add(day);
      return false;
    });
    await Promise.all(doomed.map((name) => rm(join(folder, name), { force: true })));
  }
}
