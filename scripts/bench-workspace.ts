/**
 * The workbench's own costs, in-process: keypress to disk (an edit through the
 * real main-process handlers until its reply, which waits for the write), open
 * (a fresh main process reading and validating the file), the file's size
 * against its text, and listing a workspace of 2,000 articles.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleApi } from '../annotations/contract.ts';
import { createAnnotationFile } from '../annotations/document.ts';
import { toDisk } from '../annotations/file-format.ts';
import type { AnnotationFile } from '../annotations/model.ts';
import { WorkspaceStore } from '../annotations/node/workspace-store.ts';
import { openWorkspace, type OpenedWorkspace } from '../electron/workspace.ts';
import { BYTES_PER_CLAIM, generatedArticle, median, percentile } from './bench-articles.ts';

export const CLAIM_COUNTS = [200, 2_000, 11_000] as const;
const EDITS = 60;
const OPENS = 5;

export interface SizeFigures {
  claims: number;
  textBytes: number;
  fileBytes: number;
  keypressP50: number;
  keypressP95: number;
  openMs: number;
}

const noDialogs = { chooseFileToOpen: async () => null, chooseExportPath: async () => null };
export const handlersOver = (dataDir: string): Promise<OpenedWorkspace> =>
  openWorkspace({ dataDir, dialogs: noDialogs, printPdf: async () => new Uint8Array(), emitProgress: () => undefined });

/** Articles of about the given numbers of claims, as annotation files. */
export function articlesOf(counts: readonly number[]): AnnotationFile[] {
  return counts.map((n) => createAnnotationFile({ title: `Benchmark article, ${n.toLocaleString('en')} claims`, text: generatedArticle(n * BYTES_PER_CLAIM) }));
}

/** Tags claims one keypress at a time, alternating two kinds so every edit changes something. */
export async function keypressesToDisk(api: ArticleApi, file: AnnotationFile, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const claim = file.claims[(i * 7919) % file.claims.length]!;
    const start = performance.now();
    await api.edit(file.id, { type: 'setAttribution', claimId: claim.id, kind: i % 2 ? 'named' : 'image' });
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function benchSizes(): Promise<SizeFigures[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claimbench-bench-'));
  try {
    const files = articlesOf(CLAIM_COUNTS);
    const store = new WorkspaceStore(dir);
    await store.open();
    for (const file of files) await store.create(file);
    const figures: SizeFigures[] = [];
    for (const file of files) {
      // One main process at a time holds the workspace lock: each lets go before the next opens.
      const api = await handlersOver(dir);
      await api.openArticle(file.id);
      await keypressesToDisk(api, file, 5); // warm-up
      const samples = await keypressesToDisk(api, file, EDITS);
      await api.release();
      const opens: number[] = [];
      for (let i = 0; i < OPENS; i++) {
        const fresh = await handlersOver(dir);
        const start = performance.now();
        await fresh.openArticle(file.id);
        opens.push(performance.now() - start);
        await fresh.release();
      }
      figures.push({
        claims: file.claims.length,
        textBytes: Buffer.byteLength(file.article.text),
        fileBytes: (await stat(join(dir, `${file.id}.json`))).size,
        keypressP50: median(samples),
        keypressP95: percentile(samples, 0.95),
        openMs: median(opens),
      });
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ListFigures {
  articles: number;
  /** A fresh main process, the index on disk: what the app does at start. */
  startMs: number;
  /** The same process again (after an edit, say). */
  againMs: number;
  /** No index yet: every file read once, the index built. */
  buildMs: number;
}

export async function benchList(count = 2_000): Promise<ListFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'claimbench-bench-list-'));
  try {
    const [template] = articlesOf([40]);
    await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const id = `article-${String(i).padStart(5, '0')}`;
        return writeFile(join(dir, `${id}.json`), toDisk({ ...template!, id, article: { ...template!.article, title: `Article ${i}` } }));
      }),
    );
    const time = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const buildMs = await time(() => new WorkspaceStore(dir).list());
    const starts: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const store = new WorkspaceStore(dir);
      starts.push(await time(() => store.list()));
      again.push(await time(() => store.list()));
    }
    return { articles: count, startMs: median(starts), againMs: median(again), buildMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
