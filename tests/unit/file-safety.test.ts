/**
 * The annotation file is the analyst's: what an edit may and may not change on
 * disk, a change made by another program, a second writer, and recovery.
 */
import { spawn } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceChange } from '../../annotations/contract.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { lockWorkspace, WorkspaceLockedError } from '../../annotations/node/workspace-lock.ts';
import { ChangedOnDiskError, WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { RECENT_VERSIONS } from '../../annotations/node/snapshots.ts';
import { openWorkspace, type OpenedWorkspace } from '../../electron/workspace.ts';
import { buildChild } from '../support/build-child.ts';
import { shortFile, SHORT_ARTICLE } from '../support/fixtures.ts';

let dir: string;
const opened: OpenedWorkspace[] = [];
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'claimbench-safety-')), 'workspace');
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((api) => api.release()));
  await rm(join(dir, '..'), { recursive: true, force: true });
});

async function open(dataDir = dir, emitWorkspaceChanged?: (change: WorkspaceChange) => void): Promise<OpenedWorkspace> {
  const api = await openWorkspace({
    dataDir,
    dialogs: { chooseFileToOpen: async () => null, chooseExportPath: async () => null },
    printPdf: async () => new Uint8Array(),
    emitProgress: () => undefined,
    ...(emitWorkspaceChanged ? { emitWorkspaceChanged } : {}),
  });
  opened.push(api);
  return api;
}

const fileOf = (id: string) => join(dir, `${id}.json`);
const onDisk = async (id: string) => JSON.parse(await readFile(fileOf(id), 'utf8')) as AnnotationFile & Record<string, unknown>;

describe('a change made by another program', () => {
  it('is not written over after the article list is read again', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const claimId = created.claims[0]!.id;
    await api.edit(created.id, { type: 'setNote', claimId, note: 'mine' });
    // A colleague's sync client puts their version in place, same size and all.
    const theirs = await onDisk(created.id);
    theirs.claims[0]!.note = 'them';
    await writeFile(fileOf(created.id), JSON.stringify(theirs, null, 2) + '\n');
    // New article, import, review: each reads the list again.
    await api.listArticles();
    await api.createArticle({ title: 'Other', text: SHORT_ARTICLE });
    await expect(api.edit(created.id, { type: 'setNote', claimId, note: 'mine again' })).rejects.toThrow(ChangedOnDiskError);
    expect((await onDisk(created.id)).claims[0]!.note).toBe('them');
    // Opened again before a choice, the article shows the analyst's held version; their file stays as they left it.
    expect((await api.openArticle(created.id)).claims[0]!.note).toBe('mine again');
    expect((await onDisk(created.id)).claims[0]!.note).toBe('them');
  });

  it('is seen by its content even when size and modification time are put back', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    await store.read(file.id);
    const before = await stat(fileOf(file.id));
    const text = await readFile(fileOf(file.id), 'utf8');
    // Same size, a different word: a colleague's correction of one letter.
    await writeFile(fileOf(file.id), text.replace('Council accuses', 'Cuoncil accuses'));
    expect(await readFile(fileOf(file.id), 'utf8')).not.toBe(text);
    const { utimes } = await import('node:fs/promises');
    await utimes(fileOf(file.id), before.atime, before.mtime);
    expect((await stat(fileOf(file.id))).size).toBe(before.size);
    await expect(store.write({ ...file, updatedAt: 'later' })).rejects.toThrow(ChangedOnDiskError);
  });

  it('is seen right after our own write, with size and times put back to the nanosecond', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    await store.write({ ...file, updatedAt: 'ours' });
    // touch -r keeps the times to the nanosecond, where utimes would round them.
    const { execFileSync } = await import('node:child_process');
    const times = join(dir, '.times');
    execFileSync('touch', ['-r', fileOf(file.id), times]);
    const text = await readFile(fileOf(file.id), 'utf8');
    await writeFile(fileOf(file.id), text.replace('Council accuses', 'Cuoncil accuses'));
    execFileSync('touch', ['-r', times, fileOf(file.id)]);
    expect(await store.unchangedOnDisk(file.id)).toBe(false);
    await expect(store.write({ ...file, updatedAt: 'later' })).rejects.toThrow(ChangedOnDiskError);
    expect(await readFile(fileOf(file.id), 'utf8')).toContain('Cuoncil accuses');
  });
});

describe('the article list', () => {
  it('appears with a FIFO, a folder and /dev/zero named as articles, each listed as unreadable', async () => {
    const api = await open();
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    await mkdir(join(dir, 'folder.json'));
    await symlink('/dev/zero', join(dir, 'zero.json'));
    const listed = await api.listArticles();
    expect(listed.filter((a) => a.error).map((a) => [a.id, a.error!.replace(/^.*cannot be read: /, '')]).sort()).toEqual([
      ['folder', 'it is a folder, not a file. The file has been left as it is.'],
      ['pipe', 'it is not a regular file (a pipe, device or socket). The file has been left as it is.'],
      ['zero', 'it is not a regular file (a pipe, device or socket). The file has been left as it is.'],
    ]);
  });

  it('an export never lands on the article\'s own file, whatever the save dialog answers', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    const before = await readFile(fileOf(file.id), 'utf8');
    await symlink(fileOf(file.id), join(dir, '..', 'export.csv'));
    const api = await openWorkspace({
      dataDir: dir,
      dialogs: { chooseFileToOpen: async () => null, chooseExportPath: async () => join(dir, '..', 'export.csv') },
      printPdf: async () => new Uint8Array(),
      emitProgress: () => undefined,
    });
    opened.push(api);
    await expect(api.exportArticle(file.id, 'csv')).rejects.toThrow(/is this article's own annotation file/);
    expect(await readFile(fileOf(file.id), 'utf8')).toBe(before);
  });
});

describe('the workspace watcher', () => {
  it('reports a file changed outside Claimbench at once, and not the app\'s own writes', async () => {
    const changes: string[][] = [];
    const api = await open(dir, ({ articleIds }) => changes.push(articleIds));
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const claimId = created.claims[0]!.id;
    for (let i = 0; i < 5; i++) await api.edit(created.id, { type: 'setNote', claimId, note: `mine ${i}` });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(changes).toEqual([]);
    const theirs = await onDisk(created.id);
    theirs.claims[1]!.note = 'theirs';
    await writeFile(fileOf(created.id), JSON.stringify(theirs));
    await expect.poll(() => changes.flat(), { timeout: 3000 }).toContain(created.id);
  });

  it('keep mine as a copy: both versions survive, the refused edit included', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const claimId = created.claims[0]!.id;
    await api.edit(created.id, { type: 'setNote', claimId, note: 'mine' });
    const theirs = await onDisk(created.id);
    theirs.claims[0]!.note = 'theirs';
    await writeFile(fileOf(created.id), JSON.stringify(theirs));
    await expect(api.edit(created.id, { type: 'setVerdict', claimId, verdict: 'False' })).rejects.toThrow(ChangedOnDiskError);
    // Typing goes on while the analyst has not chosen yet: it joins their held version, and undo works there.
    await expect(api.edit(created.id, { type: 'setEvidence', claimId, evidence: ['annual report'] })).rejects.toThrow(/held until you choose/);
    await expect(api.edit(created.id, { type: 'setConfidence', claimId, confidence: 'low' })).rejects.toThrow(/held until you choose/);
    await expect(api.undo(created.id)).rejects.toThrow(/held until you choose/);
    expect((await onDisk(created.id)).claims[0]!.note).toBe('theirs');
    const copy = await api.keepMineAsCopy(created.id);
    expect(copy.article.title).toBe('Bridge (my copy)');
    const kept = { note: 'mine', verdict: 'False', evidence: ['annual report'] };
    expect(copy.claims[0]).toMatchObject({ ...kept, confidence: created.claims[0]!.confidence });
    expect((await onDisk(copy.id)).claims[0]).toMatchObject(kept);
    expect((await api.openArticle(created.id)).claims[0]!.note).toBe('theirs');
    expect((await onDisk(created.id)).claims[0]!.note).toBe('theirs');
  });

  it('take theirs: the article is read again from disk and edits go on from there', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const claimId = created.claims[0]!.id;
    const theirs = await onDisk(created.id);
    theirs.claims[0]!.note = 'theirs';
    await writeFile(fileOf(created.id), JSON.stringify(theirs));
    expect((await api.reloadArticle(created.id)).claims[0]!.note).toBe('theirs');
    await api.edit(created.id, { type: 'setVerdict', claimId, verdict: 'False' });
    expect((await onDisk(created.id)).claims[0]).toMatchObject({ note: 'theirs', verdict: 'False' });
  });
});

describe('an edit changes only the data', () => {
  it('keeps fields it does not know, at file, article and claim level', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    const extended = { ...file, workflow: { stage: 'desk' }, article: { ...file.article, section: 'Local' }, claims: file.claims.map((c, i) => (i === 0 ? { ...c, reviewerTag: 'B7' } : c)) };
    await mkdir(dir, { recursive: true });
    await writeFile(fileOf(file.id), JSON.stringify(extended));
    const api = await open();
    await api.edit(file.id, { type: 'setNote', claimId: file.claims[0]!.id, note: 'checked' });
    const saved = await onDisk(file.id);
    expect(saved.workflow).toEqual({ stage: 'desk' });
    expect(saved.article).toMatchObject({ section: 'Local' });
    expect(saved.claims[0]).toMatchObject({ reviewerTag: 'B7', note: 'checked' });
  });

  it('writes through a symbolic link to its target and keeps the file mode', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    const elsewhere = join(dir, '..', 'synced');
    await mkdir(elsewhere);
    const target = join(elsewhere, 'bridge.json');
    await writeFile(target, JSON.stringify(file));
    await chmod(target, 0o600);
    await symlink(target, fileOf(file.id));
    await store.read(file.id);
    await store.write({ ...file, article: { ...file.article, title: 'Edited' } });
    expect((await lstat(fileOf(file.id))).isSymbolicLink()).toBe(true);
    expect(await readlink(fileOf(file.id))).toBe(target);
    expect(JSON.parse(await readFile(target, 'utf8')).article.title).toBe('Edited');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    // A read-only file stays read-only.
    await chmod(target, 0o444);
    await store.write({ ...file, article: { ...file.article, title: 'Again' } });
    expect((await stat(target)).mode & 0o777).toBe(0o444);
    expect(await readdir(elsewhere)).toEqual(['bridge.json']);
  });

  it('leaves no temporary file, and the app clears those a killed writer left', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    await writeFile(join(dir, `${file.id}.json.2718281828`), '{"half":');
    await open();
    expect((await readdir(dir)).filter((n) => !n.startsWith('.'))).toEqual([`${file.id}.json`]);
  });
});

describe('one writer per workspace', () => {
  it('refuses a second app on the same folder, also when reached through a symbolic link', async () => {
    await open();
    await expect(open()).rejects.toThrow(WorkspaceLockedError);
    const link = join(dir, '..', 'link-to-workspace');
    await symlink(dir, link);
    await expect(open(link)).rejects.toThrow(/is open in another Claimbench window or command/);
    await opened.pop()!.release();
    const release = await lockWorkspace(link);
    await release();
  });

  it('a store whose lock was lost saves nothing more, and says why', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    let lost = '';
    const release = await lockWorkspace(dir, (reason) => {
      lost = reason;
      store.stopWriting(reason);
    });
    // Another writer takes the lock folder over, as after a long sleep.
    await rm(join(dir, '.claimbench', 'lock'), { recursive: true });
    await expect.poll(() => lost, { timeout: 15_000 }).toMatch(/lost its hold on the workspace/);
    await expect(store.write({ ...file, article: { ...file.article, title: 'After' } })).rejects.toThrow(/nothing more is saved here/);
    expect((await onDisk(file.id)).article.title).not.toBe('After');
    await release().catch(() => undefined);
  }, 30_000);

  it('two processes writing one file: every read sees a whole version, and no temporary file is left', { timeout: 120_000 }, async () => {
    const writer = await buildChild(join(import.meta.dirname, '../support/children/file-writer.ts'));
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'shared.json');
    await writeFile(path, JSON.stringify({ writer: 'none', n: 0 }));
    const run = (name: string) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [writer, path, name, '150'], { stdio: 'ignore' });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${name} failed (${code})`))));
      });
    let torn = 0;
    let reads = 0;
    let done = false;
    const reader = (async () => {
      while (!done && reads < 100_000) {
        reads++;
        const text = await readFile(path, 'utf8');
        try {
          const version = JSON.parse(text) as { padding?: string; n: number };
          if (version.padding !== undefined && version.padding.length !== ((version.n * 7919) % 50) * 1000) torn++;
        } catch {
          torn++;
        }
      }
    })();
    await Promise.all([run('a'), run('b')]);
    done = true;
    await reader;
    const final = JSON.parse(await readFile(path, 'utf8')) as { writer: string; n: number };
    console.log(`two writers: ${reads} reads while 300 writes ran, ${torn} torn`);
    expect(torn).toBe(0);
    expect(reads).toBeGreaterThan(10);
    expect(final.n).toBe(150);
    expect(await readdir(dir)).toEqual(['shared.json']);
  });

  it('two stores on one article: the later edit is refused, the earlier one stays', async () => {
    const file = shortFile();
    const first = new WorkspaceStore(dir);
    await first.open();
    await first.create(file);
    const second = new WorkspaceStore(dir);
    await first.read(file.id);
    await second.read(file.id);
    await first.write({ ...file, article: { ...file.article, title: 'First' } });
    await expect(second.write({ ...file, article: { ...file.article, title: 'Second' } })).rejects.toThrow(ChangedOnDiskError);
    expect((await onDisk(file.id)).article.title).toBe('First');
  });
});

describe('recovery', () => {
  it('keeps bounded snapshots and restores the last good version of a damaged file, keeping the damaged one', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    for (let i = 1; i <= RECENT_VERSIONS + 5; i++) await store.write({ ...file, article: { ...file.article, title: `Version ${i}` } });
    const versions = await store.snapshots.versions(file.id);
    expect(versions.length).toBeLessThanOrEqual(RECENT_VERSIONS + 1);
    await writeFile(fileOf(file.id), '{"format": "claimbench.annotations", "claims": [');
    await expect(store.read(file.id)).rejects.toThrow(/cannot be read/);
    const { keptAs } = await store.restore(file.id);
    expect((await store.read(file.id)).article.title).toBe(`Version ${RECENT_VERSIONS + 5}`);
    expect(await readFile(keptAs!, 'utf8')).toBe('{"format": "claimbench.annotations", "claims": [');
    await expect(store.restore(file.id)).rejects.toThrow(/reads as it should; there is nothing to restore/);
  });

  it('an article damaged on disk after it was opened is not opened again from what was held', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    await api.edit(created.id, { type: 'setNote', claimId: created.claims[0]!.id, note: 'mine' });
    await writeFile(fileOf(created.id), 'not json at all');
    expect((await api.listArticles()).find((a) => a.id === created.id)!.error).toMatch(/cannot be read/);
    await expect(api.openArticle(created.id)).rejects.toThrow(/cannot be read/);
  });

  it('an edit refused because the file became unreadable is kept, and after the restore it is saved as a copy', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const claimId = created.claims[0]!.id;
    await api.edit(created.id, { type: 'setNote', claimId, note: 'saved' });
    await writeFile(fileOf(created.id), 'not json at all');
    await api.listArticles();
    await expect(api.edit(created.id, { type: 'setNote', claimId, note: 'refused' })).rejects.toThrow(/cannot be read/);
    // Held, the analyst's version is what the article opens as, and the file's problem is told apart from a change.
    expect(await api.refusedChanges(created.id)).toEqual({ fileProblem: expect.stringMatching(/cannot be read: it is not valid JSON/) });
    expect((await api.openArticle(created.id)).claims[0]!.note).toBe('refused');
    await expect(api.edit(created.id, { type: 'setNote', claimId, note: 'refused, and typed on' })).rejects.toThrow(/held until you choose/);
    expect(await readFile(fileOf(created.id), 'utf8')).toBe('not json at all');
    // Restored, the file holds the last good version; the analyst still sees theirs until they choose.
    expect((await api.restoreArticle(created.id)).claims[0]!.note).toBe('refused, and typed on');
    expect((await onDisk(created.id)).claims[0]!.note).toBe('saved');
    expect(await api.refusedChanges(created.id)).toEqual({ fileProblem: null });
    const copy = await api.keepMineAsCopy(created.id);
    expect((await onDisk(copy.id)).claims[0]!.note).toBe('refused, and typed on');
    expect((await onDisk(created.id)).claims[0]!.note).toBe('saved');
    expect(await api.refusedChanges(created.id)).toBeNull();
  });

  it('says so plainly when there is nothing to restore', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    await writeFile(join(dir, 'lost.json'), 'garbage');
    await expect(store.restore('lost')).rejects.toThrow(/There is no earlier version of .*lost\.json to restore/);
  });
});
