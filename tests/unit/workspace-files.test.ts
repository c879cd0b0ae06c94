/**
 * The workspace folder as an analyst meets it: the order of the article list,
 * a file too large to read, a file deleted while open, and where the folder is.
 */
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Edit } from '../../annotations/edits.ts';
import { MAX_FILE_BYTES } from '../../annotations/node/workspace-store.ts';
import { resolveDataDir } from '../../electron/data-dir.ts';
import { openWorkspace } from '../../electron/workspace.ts';
import { SHORT_ARTICLE } from '../support/fixtures.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimbench-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const noDialogs = { chooseFileToOpen: async () => null, chooseExportPath: async () => null };
const open = () => openWorkspace({ dataDir: dir, dialogs: noDialogs, printPdf: async () => new Uint8Array(), emitProgress: () => undefined });

describe('the article list', () => {
  it('shows the most recently changed article first, and equal times by title', async () => {
    const api = await open();
    const [sample] = await api.listArticles();
    const older = await api.createArticle({ title: 'B older', text: SHORT_ARTICLE });
    const alsoOlder = await api.createArticle({ title: 'A older', text: SHORT_ARTICLE });
    // Written by hand with one time, so only the title can order them.
    for (const file of [older, alsoOlder]) await writeFile(join(dir, `${file.id}.json`), JSON.stringify({ ...file, updatedAt: '2020-01-01T00:00:00.000Z' }));
    const edited = await api.createArticle({ title: 'C edited', text: SHORT_ARTICLE });
    await api.edit(edited.id, { type: 'setNote', claimId: edited.claims[0]!.id, note: 'latest' });
    expect((await api.listArticles()).map((a) => a.title)).toEqual(['C edited', sample!.title, 'A older', 'B older']);
  });
});

describe('a file too large to read', () => {
  it('is listed as unreadable with its size, and never written over', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const path = join(dir, `${created.id}.json`);
    await truncate(path, MAX_FILE_BYTES + 1_000_000);
    const listed = (await api.listArticles()).find((a) => a.id === created.id)!;
    expect(listed.error).toMatch(/cannot be read: it is 269 MB, over the limit of 268 MB\. The file has been left as it is/);
    await expect(api.edit(created.id, { type: 'setNote', claimId: created.claims[0]!.id, note: 'x' })).rejects.toThrow(/over the limit/);
    expect((await stat(path)).size).toBe(MAX_FILE_BYTES + 1_000_000);
  });
});

describe('a file deleted while its article is open', () => {
  it('refuses the next edit with a message, and does not bring the file back', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    await api.openArticle(created.id);
    await rm(join(dir, `${created.id}.json`));
    await expect(api.edit(created.id, { type: 'setNote', claimId: created.claims[0]!.id, note: 'x' })).rejects.toThrow(new RegExp(`${created.id}\\.json`));
    expect(await readdir(dir)).not.toContain(`${created.id}.json`);
    expect((await api.listArticles()).map((a) => a.id)).not.toContain(created.id);
  });
});

describe('an exported annotation file, opened in another workspace', () => {
  it('comes back with everything an analyst recorded, as exported', async () => {
    const saveBeside = { ...noDialogs, chooseExportPath: async (name: string) => join(dir, '..', `${Date.now()}-${name}`) };
    const api = await openWorkspace({ dataDir: dir, dialogs: saveBeside, printPdf: async () => new Uint8Array(), emitProgress: () => undefined });
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const [a, b, c] = created.claims.map((claim) => claim.id);
    for (const edit of [
      { type: 'setAttribution', claimId: a!, kind: 'unnamed' },
      { type: 'setConfidence', claimId: a!, confidence: 'medium' },
      { type: 'setVerdict', claimId: b!, verdict: 'Misleading' },
      { type: 'setNote', claimId: b!, note: 'Two calls, no answer.\nSecond line.' },
      { type: 'setEvidence', claimId: b!, evidence: ['https://archive.example/1', 'minutes p. 4'] },
      { type: 'correctText', text: SHORT_ARTICLE.replace('Photographs included in the audit show unfinished railings.', 'Railings.') },
      { type: 'acceptSuggestions', claimIds: [c!] },
    ] satisfies Edit[]) {
      await api.edit(created.id, edit);
    }
    const exported = await api.exportArticle(created.id, 'json');
    const bytes = await readFile(exported!.path);
    await rm(exported!.path);
    const other = await openWorkspace({ dataDir: join(dir, 'colleague'), dialogs: noDialogs, printPdf: async () => new Uint8Array(), emitProgress: () => undefined });
    const opened = await other.importDroppedFile({ name: 'bridge.json', base64: bytes.toString('base64') });
    const original = await api.openArticle(created.id);
    expect(opened.claims.some((claim) => claim.orphaned)).toBe(true);
    expect(opened).toEqual(original);
  });
});

describe('the workspace folder', () => {
  const documents = '/home/ana/Documents';

  it('is Claimbench in the documents folder by default', () => {
    expect(resolveDataDir(['electron', '.'], {}, documents)).toBe(join(documents, 'Claimbench'));
  });

  it('is CLAIMBENCH_DATA_DIR when set, and --data-dir over both', () => {
    expect(resolveDataDir([], { CLAIMBENCH_DATA_DIR: 'team/ws' }, documents)).toBe(resolve('team/ws'));
    expect(resolveDataDir(['--data-dir', '/srv/ws'], { CLAIMBENCH_DATA_DIR: 'team/ws' }, documents)).toBe('/srv/ws');
    expect(resolveDataDir(['--data-dir=/srv/a=b'], {}, documents)).toBe('/srv/a=b');
  });

  it('--data-dir without a folder is an error, not the default', () => {
    expect(() => resolveDataDir(['--data-dir'], {}, documents)).toThrow('--data-dir needs a folder');
    expect(() => resolveDataDir(['--data-dir='], {}, documents)).toThrow('--data-dir needs a folder');
  });
});
