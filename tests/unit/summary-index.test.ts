import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDisk } from '../../annotations/file-format.ts';
import { INDEX_FILE } from '../../annotations/node/summary-index.ts';
import { WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { shortFile } from '../support/fixtures.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimbench-index-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function workspaceWith(count: number) {
  const store = new WorkspaceStore(dir);
  await store.open();
  const files = Array.from({ length: count }, () => shortFile());
  for (const file of files) await store.create(file);
  return { store, files };
}

describe('the summary index', () => {
  it('lists a workspace from the index, without reading files that are as they were', async () => {
    const { store, files } = await workspaceWith(3);
    expect((await store.list()).map((a) => a.id).sort()).toEqual(files.map((f) => f.id).sort());
    // Proof the index is used: a title changed only in the index shows, while the file's time and size still match it.
    const index = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8'));
    index.files[`${files[0]!.id}.json`].summary.title = 'From the index';
    await writeFile(join(dir, INDEX_FILE), JSON.stringify(index));
    expect((await new WorkspaceStore(dir).list()).find((a) => a.id === files[0]!.id)!.title).toBe('From the index');
  });

  it('is never trusted over a file changed since: another program, a new file, a removed one', async () => {
    const { store, files } = await workspaceWith(2);
    await store.list();
    const [first, second] = files as [ReturnType<typeof shortFile>, ReturnType<typeof shortFile>];
    await writeFile(join(dir, `${first.id}.json`), toDisk({ ...first, article: { ...first.article, title: 'Retitled elsewhere' } }));
    await rm(join(dir, `${second.id}.json`));
    const added = shortFile();
    await writeFile(join(dir, `${added.id}.json`), toDisk({ ...added, article: { ...added.article, title: 'Dropped in' } }));
    const listed = await new WorkspaceStore(dir).list();
    expect(listed.map((a) => a.title).sort()).toEqual(['Dropped in', 'Retitled elsewhere']);
  });

  it('follows the store’s own writes, and a same-size change by its modification time', async () => {
    const { store, files } = await workspaceWith(1);
    const file = files[0]!;
    await store.list();
    await store.write({ ...file, claims: file.claims.map((c) => ({ ...c, status: 'tagged' as const })) });
    expect((await store.list())[0]).toMatchObject({ tagged: file.claims.length });
    const path = join(dir, `${file.id}.json`);
    const sameSize = toDisk({ ...file, article: { ...file.article, title: file.article.title.replace(/^./, 'X') } });
    await writeFile(path, sameSize);
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    expect((await new WorkspaceStore(dir).list())[0]!.title).toMatch(/^X/);
  });

  it('rebuilds a broken index from the files', async () => {
    const { files } = await workspaceWith(2);
    await writeFile(join(dir, INDEX_FILE), '{"format": "claimbench.index", "files": ');
    expect(await new WorkspaceStore(dir).list()).toHaveLength(files.length);
    expect(JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')).files).toHaveProperty(`${files[0]!.id}.json`);
  });
});
