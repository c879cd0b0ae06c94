import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleApi } from '../../annotations/contract.ts';
import { UnreadableFileError, WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { openWorkspace, type OpenedWorkspace } from '../../electron/workspace.ts';
import { shortFile, SHORT_ARTICLE } from '../support/fixtures.ts';
import { readOnDisk } from '../support/on-disk.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimbench-ws-'));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((api) => api.release()));
  await rm(dir, { recursive: true, force: true });
});

const noDialogs = { chooseFileToOpen: async () => null, chooseExportPath: async () => null };
const opened: OpenedWorkspace[] = [];
const open = async () => {
  const api = await openWorkspace({ dataDir: dir, dialogs: noDialogs, printPdf: async () => new Uint8Array(), emitProgress: () => undefined });
  opened.push(api);
  return api;
};
const onDisk = (id: string) => readOnDisk(join(dir, `${id}.json`));

describe('WorkspaceStore', () => {
  it('writes annotation files to disk as plain JSON that reads back the same', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    expect(await onDisk(file.id)).toEqual(file);
    expect(await new WorkspaceStore(dir).read(file.id)).toEqual(file);
  });

  it('never overwrites a file it could not read, and says why', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    const path = join(dir, `${file.id}.json`);
    const broken = JSON.stringify(file).slice(0, 200);
    await writeFile(path, broken);
    await expect(store.read(file.id)).rejects.toThrow(UnreadableFileError);
    await expect(store.read(file.id)).rejects.toThrow(/not valid JSON.*left as it is/);
    await expect(store.write(file)).rejects.toThrow(/cannot be read/);
    expect(await readFile(path, 'utf8')).toBe(broken);
  });

  it('refuses to write over a file changed outside Claimbench since it was read', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const path = join(dir, `${created.id}.json`);
    const theirs = { ...created, claims: created.claims.map((c, i) => (i === 0 ? { ...c, note: 'written by a sync tool' } : c)) };
    await writeFile(path, JSON.stringify(theirs, null, 1));
    await expect(api.edit(created.id, { type: 'setConfidence', claimId: created.claims[1]!.id, confidence: 'low' })).rejects.toThrow(/changed outside Claimbench/);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(theirs);
    // Until the analyst chooses, their version is what opens and what later edits go on in; the file keeps theirs.
    const mine = await api.openArticle(created.id);
    expect(mine.claims[0]!.note).toBe('');
    expect(mine.claims[1]!.confidence).toBe('low');
    await expect(api.edit(created.id, { type: 'setNote', claimId: created.claims[1]!.id, note: 'typed on' })).rejects.toThrow(/held until you choose/);
    expect((await api.openArticle(created.id)).claims[1]!.note).toBe('typed on');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(theirs);
    // Taking theirs, editing goes on from what is on disk.
    expect((await api.reloadArticle(created.id)).claims[0]!.note).toBe('written by a sync tool');
    await api.edit(created.id, { type: 'setConfidence', claimId: created.claims[1]!.id, confidence: 'low' });
    expect((await onDisk(created.id)).claims[0]!.note).toBe('written by a sync tool');
    expect((await onDisk(created.id)).claims[1]!.confidence).toBe('low');
  });

  it('refuses every edit already on its way when the file changed outside Claimbench, not only the first', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const path = join(dir, `${created.id}.json`);
    const theirs = JSON.stringify({ ...created, article: { ...created.article, title: 'Retitled by a sync tool' } });
    await writeFile(path, theirs);
    const quick = ['low', 'medium', 'high'].map((confidence) => api.edit(created.id, { type: 'setConfidence', claimId: created.claims[0]!.id, confidence: confidence as 'low' }));
    for (const edit of quick) await expect(edit).rejects.toThrow(/changed outside Claimbench/);
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('names a foreign JSON file as such', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    await writeFile(join(dir, 'notes.json'), JSON.stringify({ format: 'someone-else', items: [] }));
    await expect(store.read('notes')).rejects.toThrow(/not a Claimbench annotation file \(format "someone-else"\)/);
    const list = await store.list();
    expect(list).toEqual([expect.objectContaining({ id: 'notes', error: expect.stringMatching(/not a Claimbench annotation file/) })]);
  });

  it('refuses ids that could leave the workspace folder', async () => {
    const store = new WorkspaceStore(dir);
    expect(() => store.pathFor('../escape')).toThrow();
  });
});

describe('the main-process handlers over a workspace', () => {
  it('lays down the sample article on first use only', async () => {
    const first = await open();
    const articles = await first.listArticles();
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toMatch(/water board/);
    await rm(join(dir, `${articles[0]!.id}.json`));
    await opened.pop()!.release();
    const second = await open();
    expect(await second.listArticles()).toEqual([]);
  });

  it('saves every edit to disk before answering, and undo and redo are saved too', async () => {
    const api: ArticleApi = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const id = created.claims[1]!.id;
    await api.edit(created.id, { type: 'setAttribution', claimId: id, kind: 'unnamed' });
    expect((await onDisk(created.id)).claims[1]).toMatchObject({ status: 'tagged', attribution: { kind: 'unnamed' } });
    await api.undo(created.id);
    expect((await onDisk(created.id)).claims[1]).toMatchObject({ status: 'suggested', attribution: { kind: 'named' } });
    await api.redo(created.id);
    expect((await onDisk(created.id)).claims[1]!.attribution.kind).toBe('unnamed');
  });

  it('applies rapid edits in the order they were sent', async () => {
    const api = await open();
    const created = await api.createArticle({ title: '', text: SHORT_ARTICLE });
    const id = created.claims[0]!.id;
    const levels = ['low', 'medium', 'high', 'low', 'high'] as const;
    await Promise.all(levels.map((confidence) => api.edit(created.id, { type: 'setConfidence', claimId: id, confidence })));
    expect((await onDisk(created.id)).claims[0]!.confidence).toBe('high');
    for (let i = 0; i < levels.length; i++) await api.undo(created.id);
    expect((await onDisk(created.id)).claims[0]!.confidence).toBeNull();
  });

  it('reports a failed edit without writing anything', async () => {
    const api = await open();
    const created = await api.createArticle({ title: '', text: SHORT_ARTICLE });
    const before = await readFile(join(dir, `${created.id}.json`), 'utf8');
    await expect(api.edit(created.id, { type: 'deleteClaim', claimId: 'no-such-claim' })).rejects.toThrow(/No claim/);
    expect(await readFile(join(dir, `${created.id}.json`), 'utf8')).toBe(before);
  });

  it('imports a dropped file and refuses an unsupported one by name', async () => {
    const api = await open();
    const imported = await api.importDroppedFile({ name: 'story.md', base64: Buffer.from('# Minister **denies** report\n\nThe minister said it was false.').toString('base64') });
    expect(imported.article.title).toBe('Minister denies report');
    expect(imported.article.origin).toBe('story.md');
    await expect(api.importDroppedFile({ name: 'sheet.xlsx', base64: 'AAAA' })).rejects.toThrow(/Cannot import sheet\.xlsx/);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(2);
  });

  it('opens an exported annotation file as it was, under a new id if the workspace has it already', async () => {
    const api = await open();
    const created = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    await api.edit(created.id, { type: 'setNote', claimId: created.claims[0]!.id, note: 'kept' });
    const edited = await api.openArticle(created.id);
    const base64 = Buffer.from(JSON.stringify(edited)).toString('base64');
    const copy = await api.importDroppedFile({ name: 'bridge.json', base64 });
    expect(copy.id).not.toBe(created.id);
    expect({ ...copy, id: created.id }).toEqual(edited);
    expect(await onDisk(created.id)).toEqual(edited);
    await expect(api.importDroppedFile({ name: 'other.json', base64: Buffer.from('{"hello": 1}').toString('base64') })).rejects.toThrow(/Cannot import other\.json: it is not a Claimbench annotation file/);
    await expect(api.importDroppedFile({ name: 'bad.json', base64: Buffer.from('{"hello":').toString('base64') })).rejects.toThrow(/Cannot import bad\.json: it is not valid JSON/);
  });

  it('starts a team review from files in the workspace, naming analysts apart, and refuses different articles', async () => {
    const api = await open();
    const first = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const second = await api.createArticle({ title: 'Bridge again', text: SHORT_ARTICLE });
    for (const file of [first, second]) await api.edit(file.id, { type: 'acceptSuggestions', claimIds: file.claims.map((c) => c.id) });
    await api.edit(second.id, { type: 'setAttribution', claimId: second.claims[5]!.id, kind: 'named' });
    const merged = await api.startReview([first.id, second.id], { kind: 'all' });
    expect(merged.review?.analysts).toHaveLength(2);
    expect(new Set(merged.review!.analysts).size).toBe(2);
    expect(merged.claims.filter((c) => c.status === 'suggested')).toHaveLength(1);
    expect(await onDisk(merged.id)).toEqual(merged);
    expect((await api.listArticles()).find((a) => a.id === merged.id)).toMatchObject({ isReview: true });
    const other = await api.createArticle({ title: 'Other', text: 'Another article\n\nIt said nothing.' });
    await expect(api.startReview([first.id, other.id], { kind: 'all' })).rejects.toThrow(/not of the same article/);
    await expect(api.startReview([first.id, merged.id], { kind: 'all' })).rejects.toThrow(/is a review record/);
  });

  /** Two files of one article that differ on one claim's confidence, and the review record started from them. */
  async function disputedReview(api: Awaited<ReturnType<typeof open>>) {
    const first = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const second = await api.createArticle({ title: 'Bridge again', text: SHORT_ARTICLE });
    await api.edit(first.id, { type: 'setConfidence', claimId: first.claims[2]!.id, confidence: 'high' });
    await api.edit(second.id, { type: 'setConfidence', claimId: second.claims[2]!.id, confidence: 'low' });
    const merged = await api.startReview([first.id, second.id], { kind: 'majority' });
    return { first, merged, claimId: merged.claims[2]!.id };
  }

  it('settles a review in the record, saved with who decided, undone, and exported as a review report', async () => {
    const reportPath = join(dir, 'review.html');
    const api = await openWorkspace({ dataDir: dir, dialogs: { ...noDialogs, chooseExportPath: async () => reportPath }, printPdf: async () => new Uint8Array(), emitProgress: () => undefined });
    const { first, merged, claimId } = await disputedReview(api);
    const settled = await api.edit(merged.id, { type: 'takeAnswer', claimId, analyst: 1, field: 'confidence' });
    // The reply carries the changed claim and the record's review, with the decision in it.
    expect(settled.claims).toEqual([expect.objectContaining({ id: claimId, confidence: 'low' })]);
    expect(settled.fields.review!.items![2]!.open).not.toContain('confidence');
    const decision = (await onDisk(merged.id)).review!.items![2]!.decisions.find((d) => d.field === 'confidence')!;
    expect(decision).toMatchObject({ from: 1 });
    expect(decision.by).not.toBe('unknown analyst');
    expect((await api.undo(merged.id)).claims).toEqual([expect.objectContaining({ id: claimId, confidence: null })]);
    expect((await onDisk(merged.id)).review!.items![2]!.open).toContain('confidence');
    expect(await api.exportReview(merged.id, 'html')).toEqual({ path: reportPath, format: 'html' });
    expect(await readFile(reportPath, 'utf8')).toContain('<h2>Agreement per field</h2>');
    await expect(api.exportReview(first.id, 'md')).rejects.toThrow(/not a team review's record/);
  });

  it('an edit that changes nothing writes nothing and adds no undo step', async () => {
    const api = await open();
    const { merged, claimId } = await disputedReview(api);
    await api.edit(merged.id, { type: 'takeAnswer', claimId, analyst: 1, field: 'confidence' });
    const path = join(dir, `${merged.id}.json`);
    const written = await readFile(path, 'utf8');
    // In the record, accepting suggestions decides nothing, and nothing agreed is left to accept.
    const noops = [
      await api.edit(merged.id, { type: 'acceptSuggestions', claimIds: merged.claims.map((c) => c.id) }),
      await api.edit(merged.id, { type: 'acceptAgreed' }),
    ];
    for (const change of noops) expect(change).toMatchObject({ claims: [], removed: [], fields: {} });
    expect(await readFile(path, 'utf8')).toBe(written);
    // One undo takes back the real decision.
    expect((await api.undo(merged.id)).claims).toEqual([expect.objectContaining({ id: claimId, confidence: null })]);
    expect((await onDisk(merged.id)).review!.items![2]!.open).toContain('confidence');
  });

  it('compares in a worker thread when the bundled worker is there, with the same result', async () => {
    const workerUrl = new URL('../../dist/electron/extract-worker.mjs', import.meta.url);
    const api = await openWorkspace({ dataDir: dir, dialogs: noDialogs, printPdf: async () => new Uint8Array(), emitProgress: () => undefined, workerUrl });
    const first = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    const second = await api.createArticle({ title: 'Bridge', text: SHORT_ARTICLE });
    await api.edit(second.id, { type: 'acceptSuggestions', claimIds: second.claims.map((c) => c.id) });
    const merged = await api.startReview([first.id, second.id], { kind: 'all' });
    expect(merged.review!.decided).toEqual([0, 6]);
    await expect(api.startReview([first.id, first.id], { kind: 'all' })).rejects.toThrow(/same file/);
  });
});
