import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISK_FORMAT_VERSION, diskSerializer, expand, fromDisk, toDisk } from '../../annotations/file-format.ts';
import { createAnnotationFile } from '../../annotations/document.ts';
import { applyEdit } from '../../annotations/edits.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { openWorkspace } from '../../electron/workspace.ts';
import { shortFile } from '../support/fixtures.ts';
import { BYTES_PER_CLAIM, generatedArticle } from '../../scripts/bench-articles.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/format-v1');
const V1_FILES = ['bridge-audit', 'early-v1'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimbench-format-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const v1 = async (name: string) => JSON.parse(await readFile(join(FIXTURES, `${name}.json`), 'utf8')) as Record<string, unknown>;
const read = (text: string) => {
  const parsed = fromDisk(JSON.parse(text));
  if (!parsed.success) throw new Error(parsed.error);
  return parsed.data;
};

describe('version 1 files', () => {
  it.each(V1_FILES)('%s opens with every claim, note, orphan and quote as written', async (name) => {
    const raw = await v1(name);
    const opened = read(JSON.stringify(raw));
    expect(opened).toEqual(AnnotationFile.parse(raw));
    expect(opened.claims.map((c) => c.text)).toEqual((raw.claims as { text: string }[]).map((c) => c.text));
  });

  it('is left as it is by opening and listing, and written as version 2 on its first change', async () => {
    await copyFile(join(FIXTURES, 'bridge-audit.json'), join(dir, 'bridge-audit.json'));
    const before = await readFile(join(dir, 'bridge-audit.json'), 'utf8');
    const noDialogs = { chooseFileToOpen: async () => null, chooseExportPath: async () => null };
    const api = await openWorkspace({ dataDir: dir, dialogs: noDialogs, printPdf: async () => new Uint8Array(), emitProgress: () => undefined });
    expect((await api.listArticles()).find((a) => a.id === 'bridge-audit')).toMatchObject({ claims: 6, tagged: 1 });
    const opened = await api.openArticle('bridge-audit');
    expect(await readFile(join(dir, 'bridge-audit.json'), 'utf8')).toBe(before);

    await api.edit('bridge-audit', { type: 'setVerdict', claimId: 'claim-6', verdict: 'Accurate' });
    const after = await readFile(join(dir, 'bridge-audit.json'), 'utf8');
    expect(JSON.parse(after).version).toBe(DISK_FORMAT_VERSION);
    const migrated = read(after);
    expect({ ...migrated, updatedAt: opened.updatedAt }).toEqual({ ...opened, claims: opened.claims.map((c) => (c.id === 'claim-6' ? { ...c, verdict: 'Accurate', status: 'tagged' } : c)) });
    // The orphaned claim keeps its words: the corrected article no longer holds them.
    expect(migrated.claims.find((c) => c.id === 'claim-4')).toMatchObject({ orphaned: true, text: 'Photographs included in the audit show unfinished railings.' });
  });
});

describe('version 2 files', () => {
  it('open as the same document, and are written as the current version on their first change', async () => {
    const v2 = JSON.parse(await readFile(join(resolve(FIXTURES, '../format-v2'), 'bridge-audit.json'), 'utf8')) as Record<string, unknown>;
    expect(v2.version).toBe(2);
    const expected = AnnotationFile.parse(await v1('bridge-audit'));
    expect(read(JSON.stringify(v2))).toEqual(expected);
    const edited = applyEdit(expected, { type: 'setNote', claimId: 'claim-6', note: 'checked' });
    expect(JSON.parse(toDisk(edited)).version).toBe(DISK_FORMAT_VERSION);
    expect(read(toDisk(edited))).toEqual(edited);
  });
});

describe('the file on disk', () => {
  it('of a long report is at most 4 times the size of its text', () => {
    const file = createAnnotationFile({ title: 'Long report', text: generatedArticle(2_000 * BYTES_PER_CLAIM) });
    expect(file.claims.length).toBeGreaterThan(1_900);
    const ratio = Buffer.byteLength(toDisk(file)) / Buffer.byteLength(file.article.text);
    expect(ratio).toBeLessThanOrEqual(4);
    expect(read(toDisk(file))).toEqual(file);
  });

  it('reads back exactly what was written, edits, orphans and team reviews included', async () => {
    const base = AnnotationFile.parse(await v1('bridge-audit'));
    const edited = [
      { type: 'setSource', claimId: 'claim-5', source: { start: 0, end: 7 } },
      { type: 'splitClaim', claimId: 'claim-3', at: base.claims.find((c) => c.id === 'claim-3')!.start + 20 },
    ].reduce((file, edit) => applyEdit(file, edit as Parameters<typeof applyEdit>[1]), base);
    const reviewed = { ...edited, review: { analysts: ['Ana', 'Ben'], agreement: [{ field: 'attribution', alpha: 0.8, percent: 0.9 }] } };
    for (const file of [shortFile(), base, edited, reviewed]) expect(read(toDisk(file))).toEqual(file);
  });

  it('written again and again by one serializer, is the same as written afresh, through edits, deletions and a corrected text', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `The council said on day ${i + 1} that the contractor had billed for work it never did.`);
    let file = createAnnotationFile({ title: 'Long audit', text: paragraphs.join('\n') });
    expect(file.claims.length).toBeGreaterThan(130);
    const again = diskSerializer();
    expect(again(file)).toBe(toDisk(file));
    const steps: ((f: AnnotationFile) => AnnotationFile)[] = [
      (f) => applyEdit(f, { type: 'setNote', claimId: f.claims[100]!.id, note: 'checked' }),
      (f) => applyEdit(f, { type: 'deleteClaim', claimId: f.claims[3]!.id }),
      (f) => applyEdit(f, { type: 'setNote', claimId: f.claims[f.claims.length - 1]!.id, note: 'last' }),
      (f) => ({ ...f, article: { ...f.article, text: f.article.text.replace('day 1 ', 'day 9 ') } }),
    ];
    for (const step of steps) {
      file = step(file);
      expect(again(file)).toBe(toDisk(file));
    }
  });

  it('holds the words of a claim once in the article and once in its quote, not in every span', () => {
    const file = shortFile();
    const sentence = 'A council engineer, who asked not to be named, said the invoices were signed anyway.';
    const onDisk = toDisk(file);
    expect(onDisk.split(sentence).length - 1).toBe(2);
    expect(JSON.stringify(file, null, 2).split(sentence).length - 1).toBe(3);
    expect(onDisk.length).toBeLessThan(JSON.stringify(file).length * 0.6);
  });

  it('keeps fields this version does not know, on the file and on its claims', () => {
    const file = shortFile();
    const withExtras = { ...file, deskNote: { by: 'night desk' }, claims: file.claims.map((c, i) => (i === 1 ? { ...c, reviewFlag: 'second look' } : c)) };
    const written = JSON.parse(toDisk(withExtras as AnnotationFile)) as Record<string, unknown>;
    expect(written.deskNote).toEqual({ by: 'night desk' });
    const back = expand(written);
    expect(back.deskNote).toEqual({ by: 'night desk' });
    expect((back.claims as Record<string, unknown>[])[1]).toMatchObject({ reviewFlag: 'second look', text: file.claims[1]!.text });
  });

  it('refuses a file from a newer version, and a lean file whose claims do not fit its text, saying why', () => {
    const file = shortFile();
    const newer = DISK_FORMAT_VERSION + 1;
    expect(fromDisk({ ...JSON.parse(toDisk(file)), version: newer })).toEqual({ success: false, error: expect.stringMatching(new RegExp(`newer Claimbench \\(file format version ${newer}\\)`)) });
    const broken = JSON.parse(toDisk(file));
    broken.claims[0].end = 10_000;
    expect(fromDisk(broken)).toEqual({ success: false, error: expect.stringMatching(/^it is a damaged Claimbench annotation file \(claim 1's text: missing/) });
  });

  it('is what the store writes, and a file changed by hand reads back with the change', async () => {
    const store = new WorkspaceStore(dir);
    await store.open();
    const file = shortFile();
    await store.create(file);
    const path = join(dir, `${file.id}.json`);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text).version).toBe(DISK_FORMAT_VERSION);
    expect(text).not.toMatch(/"text":"The bridge opened in 1987\."/);
    expect((await stat(path)).size).toBe(Buffer.byteLength(toDisk(file)));
    expect(await new WorkspaceStore(dir).read(file.id)).toEqual(file);
  });
});
