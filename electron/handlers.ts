/**
 * The main process's side of the contract: it is the single writer of the
 * workspace. Nothing here imports Electron, so the browser test host runs these
 * very handlers; main.ts supplies the native dialogs and the PDF printer.
 */
import { stat } from 'node:fs/promises';
import type { ArticleApi, Progress } from '../annotations/contract.ts';
import { diffDocs, type DocChange } from '../annotations/doc-change.ts';
import { applyEdit } from '../annotations/edits.ts';
import { exportDocument, type PrintPdf } from '../annotations/exports/export-document.ts';
import { EXPORT_FORMAT_INFO } from '../annotations/exports/formats.ts';
import { record, redo, startHistory, undo, type History } from '../annotations/history.ts';
import { holdsAnalystWork } from '../annotations/queries.ts';
import { reportOfRecord } from '../annotations/review.ts';
import { toReviewReport } from '../annotations/exports/review-report.ts';
import type { AnnotationFile, Article } from '../annotations/model.ts';
import type { WorkspaceSettings } from '../annotations/settings.ts';
import type { BuildAnnotationFile } from '../annotations/node/build-off-thread.ts';
import { writeDurably } from '../annotations/node/durable-file-adapter.ts';
import type { MakeReview } from '../annotations/node/review-off-thread.ts';
import { importFile, importFileAt, type Imported } from '../annotations/node/import-file.ts';
import { ChangedOnDiskError, UnreadableFileError, type WorkspaceStore } from '../annotations/node/workspace-store.ts';
import { articleFromText } from '../annotations/import-text.ts';

export interface NativeDialogs {
  /** A path to import, or null when the analyst cancels. */
  chooseFileToOpen(): Promise<string | null>;
  /** Where to save an export, or null when the analyst cancels. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
}

export interface HandlerDeps {
  store: WorkspaceStore;
  dialogs: NativeDialogs;
  build: BuildAnnotationFile;
  printPdf: PrintPdf;
  emitProgress(progress: Progress): void;
  /** Compares analysts' files into a review's record (in a worker thread in the app). */
  makeReview: MakeReview;
  /** The workspace's verdict scale and labels, read at each export. */
  settings?: () => Promise<WorkspaceSettings>;
  /** Recorded in new annotation files, for reports; a function when it may change (the analyst's settings). */
  analyst?: string | (() => string | undefined) | undefined;
}

/** An edit made while a refused version is held: it goes on in that version, and the file is left as it is. */
export class HeldChangesError extends Error {
  constructor() {
    super('the file was changed outside Claimbench or cannot be read; your version is held until you choose which version to keep.');
  }
}

export function createHandlers({ store, dialogs, build, printPdf, emitProgress, makeReview, analyst, settings }: HandlerDeps): ArticleApi {
  const histories = new Map<string, History>();
  const queues = new Map<string, Promise<unknown>>();
  /**
   * The analyst's version of an article whose write was refused because the file changed on disk or can no longer
   * be read. Until they choose (take theirs, or keep mine as a copy) it is what they see and what their edits go on
   * in, so nothing they type lands in the other program's version; the file is not written meanwhile.
   */
  const refused = new Map<string, History>();

  /** Runs one article's operations one after another, in the order they arrived. */
  function serialized<T>(articleId: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(articleId) ?? Promise.resolve();
    const next = previous.then(work, work);
    queues.set(articleId, next.catch(() => undefined));
    return next;
  }

  async function historyOf(articleId: string): Promise<History> {
    const known = histories.get(articleId);
    if (known) return known;
    const fresh = startHistory(await store.read(articleId));
    histories.set(articleId, fresh);
    return fresh;
  }

  const analystName = () => (typeof analyst === 'function' ? analyst() : analyst);

  /** However the save dialog names it, an export never lands on the article's own annotation file. */
  async function writeExport(articleId: string, path: string, content: string | Uint8Array): Promise<void> {
    const [target, source] = await Promise.all([stat(path).catch(() => null), stat(store.pathFor(articleId))]);
    if (target && target.dev === source.dev && target.ino === source.ino) throw new Error(`${path} is this article's own annotation file; choose another name for the export.`);
    await writeDurably(path, Buffer.from(content));
  }

  /** The document as the analyst sees it once every operation sent before this one is done. */
  function current(articleId: string): Promise<AnnotationFile> {
    return serialized(articleId, async () => (refused.get(articleId) ?? (await historyOf(articleId))).present);
  }

  /** A new article on disk, with its history starting here. */
  async function addToWorkspace(file: AnnotationFile): Promise<AnnotationFile> {
    await store.create(file);
    histories.set(file.id, startHistory(file));
    return file;
  }

  /**
   * Takes the next state at once, so later edits build on it while the write
   * runs (writes of one article are coalesced by the store), and answers with
   * what changed once it is on disk.
   */
  async function commit(articleId: string, previous: History, next: History): Promise<DocChange> {
    histories.set(articleId, next);
    const change = diffDocs(previous.present, next.present);
    try {
      await store.write(next.present);
    } catch (error) {
      // What is on disk is never written over: the next read takes it afresh. The refused version is kept aside
      // (and edited on), so "Keep mine as a copy" still has it, also after a restore.
      const refusedByDisk = error instanceof ChangedOnDiskError || error instanceof UnreadableFileError;
      if (refusedByDisk) refused.set(articleId, next);
      if (histories.get(articleId) === next || refusedByDisk) histories.delete(articleId);
      throw error;
    }
    return change;
  }

  /** Runs a step of one article's history in turn, and waits for its write outside the queue. */
  async function step(articleId: string, move: (history: History) => History | null): Promise<DocChange> {
    const written = await serialized(articleId, async () => {
      const held = refused.get(articleId);
      if (held) {
        refused.set(articleId, move(held) ?? held);
        throw new HeldChangesError();
      }
      const history = await historyOf(articleId);
      const next = move(history);
      return next ? { saved: commit(articleId, history, next) } : { saved: Promise.resolve(diffDocs(history.present, history.present)) };
    });
    return written.saved;
  }

  async function createFrom(article: Article): Promise<AnnotationFile> {
    const built = await build(article, (done, total) => emitProgress({ task: 'Finding statements', done, total }));
    const name = analystName();
    return addToWorkspace(name ? { ...built, analyst: name } : built);
  }

  /** An exported annotation file comes back as it was; under a new id if the workspace already holds its own. */
  async function adopt(imported: Imported): Promise<AnnotationFile> {
    if ('article' in imported) return createFrom(imported.article);
    const taken = await store.has(imported.annotations.id);
    return addToWorkspace(taken ? { ...imported.annotations, id: globalThis.crypto.randomUUID() } : imported.annotations);
  }

  return {
    listArticles: () => store.list(),
    openArticle: (articleId) =>
      serialized(articleId, async () => {
        // Until the analyst chooses, they go on in their held version, also when the file cannot be read any more
        // (refusedChanges says so): what they type never lands in a view that has gone away.
        const held = refused.get(articleId);
        if (held) return held.present;
        // A file changed or damaged on disk since it was read is read again, never shown from what is held here.
        // While a write of ours is under way the file may already hold it, so what is held stands.
        if (histories.has(articleId) && !store.isWriting(articleId) && !(await store.unchangedOnDisk(articleId))) histories.delete(articleId);
        return (await historyOf(articleId)).present;
      }),
    createArticle: ({ title, text }) => createFrom({ ...articleFromText(text), ...(title.trim() ? { title: title.trim() } : {}) }),
    importDroppedFile: async ({ name, base64 }) => adopt(await importFile(name, Buffer.from(base64, 'base64'))),
    importWithDialog: async () => {
      const path = await dialogs.chooseFileToOpen();
      if (!path) return null;
      return adopt(await importFileAt(path));
    },
    edit: (articleId, edit) =>
      step(articleId, (history) => {
        const name = analystName();
        const next = applyEdit(history.present, edit, new Date(), name ?? 'unknown analyst');
        // An edit that changes nothing writes nothing and is no step to undo.
        if (next === history.present) return null;
        // A file with no analyst that nobody has worked on (the sample, laid down before the name is asked) becomes
        // the work of whoever first changes it. A name already recorded is never overruled, and a colleague's file
        // that holds work but no name is never credited to someone else.
        const unclaimed = !next.analyst && name && !holdsAnalystWork(history.present);
        return record(history, unclaimed ? { ...next, analyst: name } : next);
      }),
    undo: (articleId) => step(articleId, undo),
    redo: (articleId) => step(articleId, redo),
    startReview: async (articleIds, rule) => {
      const files = await Promise.all(articleIds.map(current));
      const inputs = files.map((file, i) => ({ analyst: file.analyst ?? `Analyst ${i + 1}`, file }));
      return addToWorkspace(await makeReview({ inputs, rule }));
    },
    exportReview: async (articleId, format) => {
      const file = await current(articleId);
      const report = reportOfRecord(file);
      const safeTitle = file.article.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 80) || 'review';
      const path = await dialogs.chooseExportPath(`${safeTitle}.review.${format}`);
      if (!path) return null;
      await writeExport(articleId, path, toReviewReport(report, format));
      return { path, format };
    },
    exportArticle: async (articleId, format) => {
      // The export shows every edit sent before it.
      const file = await current(articleId);
      const safeTitle = file.article.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 80) || 'article';
      const path = await dialogs.chooseExportPath(`${safeTitle}.${EXPORT_FORMAT_INFO[format].extension}`);
      if (!path) return null;
      await writeExport(articleId, path, await exportDocument(file, format, { printPdf, ...(settings ? { settings: await settings() } : {}) }));
      return { path, format };
    },
    reloadArticle: (articleId) =>
      serialized(articleId, async () => {
        // Take theirs: what was held here is in the snapshots, and the disk's version is read afresh.
        histories.delete(articleId);
        refused.delete(articleId);
        store.forget(articleId);
        return (await historyOf(articleId)).present;
      }),
    refusedChanges: (articleId) =>
      serialized(articleId, async () => {
        if (!refused.has(articleId)) return null;
        // The file is read afresh: whether it can be read decides between "Take theirs" and a restore.
        try {
          await store.read(articleId);
          return { fileProblem: null };
        } catch (error) {
          if (error instanceof UnreadableFileError) return { fileProblem: error.message };
          throw error;
        }
      }),
    keepMineAsCopy: (articleId) =>
      serialized(articleId, async () => {
        const mine = refused.get(articleId)?.present ?? histories.get(articleId)?.present ?? (await store.read(articleId));
        refused.delete(articleId);
        const copy = await addToWorkspace({ ...mine, id: globalThis.crypto.randomUUID(), article: { ...mine.article, title: `${mine.article.title} (my copy)` } });
        histories.delete(articleId);
        store.forget(articleId);
        return copy;
      }),
    restoreArticle: (articleId) =>
      serialized(articleId, async () => {
        histories.delete(articleId);
        await store.restore(articleId);
        const restored = (await historyOf(articleId)).present;
        return refused.get(articleId)?.present ?? restored;
      }),
  };
}
