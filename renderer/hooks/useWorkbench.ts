/**
 * The renderer's state: the open document as the main process last returned
 * it, the article list, and whether every change is on disk. The renderer holds
 * no other copy of the data; each change is an intent sent to the main process,
 * which answers with what changed (doc-change.ts), applied here to the copy.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NewArticle, Progress, SavedExport } from '../../annotations/contract.ts';
import { applyChange, type DocChange } from '../../annotations/doc-change.ts';
import { applyEdit, type Edit } from '../../annotations/edits.ts';
import type { ExportFormat } from '../../annotations/exports/formats.ts';
import type { ReviewReportFormat } from '../../annotations/exports/review-report.ts';
import type { MergeRule } from '../../annotations/review-model.ts';
import type { AnnotationFile, ArticleSummary, Claim } from '../../annotations/model.ts';
import { copiesOf, summarize, textFingerprint } from '../../annotations/queries.ts';
import { fileToBase64, workbenchApi } from '../api.ts';
import { when } from '../when.ts';
import { recordChange } from '../claim-lineage.ts';
import { useClaimIndex, type ClaimIndex } from './useClaimIndex.ts';
import type { Notice } from './useNotices.ts';

/** The claims an edit that changes values only (no claims appear or vanish) may change: such an edit is safe to show before the main process answers. Null for other edits. */
function valueEditClaims(edit: Edit): readonly string[] | null {
  switch (edit.type) {
    case 'setAttribution':
    case 'setConfidence':
    case 'setVerdict':
    case 'setNote':
    case 'setEvidence':
      return [edit.claimId];
    case 'acceptSuggestions':
      return edit.claimIds;
    default:
      return null;
  }
}

const NO_CLAIMS: readonly Claim[] = [];

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** A message for the analyst: an error, or good news. */
export type WorkbenchNotice = Pick<Notice, 'kind' | 'text'>;

export interface Workbench {
  articles: ArticleSummary[];
  doc: AnnotationFile | null;
  /** The open document's claims by id, by place and counted, updated claim by claim on a tag. */
  index: ClaimIndex;
  /** Why the chosen article could not be opened; its file is left untouched. */
  openError: string | null;
  save: SaveState;
  progress: Progress | null;
  notice: WorkbenchNotice | null;
  dismissNotice(): void;
  openArticle(id: string): Promise<void>;
  createArticle(article: NewArticle): Promise<AnnotationFile>;
  importFiles(files: readonly File[]): Promise<void>;
  importWithDialog(): Promise<void>;
  edit(edit: Edit): Promise<AnnotationFile | null>;
  holdDraft(): () => void;
  /** The document after the undo or redo; null when nothing is open or it failed. */
  undo(): Promise<AnnotationFile | null>;
  redo(): Promise<AnnotationFile | null>;
  /** Forgets the open article and reads the article list again (after a workspace switch). */
  reload(): Promise<ArticleSummary[]>;
  exportAs(format: ExportFormat): Promise<SavedExport | null>;
  /** Set when the open article changed on disk while changes of the analyst's were still on their way, or a change of theirs was refused for it. */
  changedOutside: boolean;
  /** While a refused version is held: why the article's file cannot be read, if that is why (restore it, rather than take theirs). */
  heldFileProblem: string | null;
  takeTheirs(): Promise<void>;
  keepMineAsCopy(): Promise<void>;
  /** Puts back the last good version of the article whose file cannot be read. */
  restoreLastGood(): Promise<void>;
  startReview(articleIds: string[], rule: MergeRule): Promise<AnnotationFile>;
  exportReview(format: ReviewReportFormat): Promise<SavedExport | null>;
}

export function useWorkbench(): Workbench {
  const api = workbenchApi();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [doc, setDoc] = useState<AnnotationFile | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<WorkbenchNotice | null>(null);
  /** Set while the analyst chooses between their version and the one on disk (see Workbench.changedOutside). */
  const [outside, setOutside] = useState<{ fileProblem: string | null } | null>(null);
  const failedId = useRef<string | null>(null);
  /** The article whose save failed, while the status says so. */
  const failedSave = useRef<string | null>(null);
  const pending = useRef(0);
  /** The document as the main process holds it: every answer applies to it, in order, even while a guess is shown. */
  const confirmed = useRef<AnnotationFile | null>(null);
  const drafts = useRef(0);
  // A failed save is not covered over by "Saved" when other work settles: only a later save of that article, or leaving it, ends it.
  const settleIfDone = useCallback(() => {
    if (pending.current === 0 && drafts.current === 0 && failedSave.current === null) setSave({ kind: 'saved' });
  }, []);
  /** A failed save is reported while its article is shown (or cannot be opened), not over another one. */
  const forgetFailedSave = useCallback((unlessOf: string | null) => {
    if (failedSave.current === null || failedSave.current === unlessOf) return;
    failedSave.current = null;
    setSave({ kind: 'saving' });
    settleIfDone();
  }, [settleIfDone]);
  const show = useCallback(
    (file: AnnotationFile | null) => {
      confirmed.current = file;
      setDoc(file);
      if (file) forgetFailedSave(file.id);
    },
    [forgetFailedSave],
  );
  const docId = doc?.id;

  const refreshList = useCallback(async () => setArticles(await api.listArticles()), [api]);

  useEffect(() => api.onProgress(setProgress), [api]);

  useEffect(() => {
    refreshList().then(
      () => undefined,
      (error: Error) => setNotice({ kind: 'error', text: error.message }),
    );
  }, [refreshList]);

  /**
   * A version of the analyst's the main process could not save is held there, and shown: until they choose what
   * becomes of it, the status says it is not on disk.
   */
  const markIfHeld = useCallback(
    async (id: string): Promise<boolean> => {
      const held = await api.refusedChanges(id);
      if (!held) {
        setOutside((shown) => shown && { fileProblem: null });
        return false;
      }
      setOutside(held);
      failedSave.current = id;
      setSave({ kind: 'failed', message: 'held until you choose a version' });
      return true;
    },
    [api],
  );

  const openId = useRef<string | undefined>(undefined);
  openId.current = doc?.id;

  const openArticle = useCallback(
    async (id: string) => {
      try {
        // Reading the same article again (after a refused edit) keeps the choice between versions open.
        if (id !== openId.current) setOutside(null);
        await markIfHeld(id);
        const leaving = confirmed.current;
        show(await api.openArticle(id));
        // The list followed the article while it was open (a correction, tags); its line keeps that when another opens.
        if (leaving && leaving.id !== id) setArticles((list) => list.map((a) => (a.id === leaving.id ? summarize(leaving) : a)));
        setOpenError(null);
      } catch (error) {
        show(null);
        forgetFailedSave(id);
        failedId.current = id;
        setOpenError((error as Error).message);
      }
    },
    [api, show, forgetFailedSave, markIfHeld],
  );

  /**
   * Every write goes through here, so the status knows when all of them are on
   * disk. Edits that only change values show at once (the same pure applyEdit
   * the main process runs); the main process's answer then replaces the guess.
   * While later writes are still in flight, an earlier answer is not shown, so
   * quick keystrokes never flicker back.
   */
  const write = useCallback(
    async (articleId: string, work: () => Promise<DocChange>, guess?: (file: AnnotationFile) => AnnotationFile): Promise<AnnotationFile | null> => {
      pending.current++;
      setSave({ kind: 'saving' });
      if (guess) setDoc((current) => (current ? guess(current) : current));
      try {
        const change = await work();
        pending.current--;
        const base = confirmed.current;
        const next = base && base.id === change.id ? applyChange(base, change) : null;
        if (base && next && !change.order) recordChange(base.claims, next.claims, change.claims.map((c) => c.id));
        confirmed.current = next;
        if (next && (pending.current === 0 || !guess)) setDoc(next);
        if (failedSave.current === articleId) failedSave.current = null;
        settleIfDone();
        return next;
      } catch (error) {
        pending.current--;
        failedSave.current = articleId;
        setSave({ kind: 'failed', message: (error as Error).message });
        // Show what the main process holds now: the analyst's refused version, or why the file cannot be opened.
        // Later writes still on their way would be shown without their change; the last of them to fail shows it.
        if (confirmed.current?.id === articleId && pending.current === 0) await openArticle(articleId);
        return null;
      }
    },
    [settleIfDone, openArticle],
  );

  const holdDraft = useCallback(() => {
    drafts.current++;
    setSave({ kind: 'saving' });
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      drafts.current--;
      settleIfDone();
    };
  }, [settleIfDone]);

  /**
   * A file changed outside Claimbench (a colleague, a sync client, the CLI): the
   * list shows it at once; the open article is read again when nothing of the
   * analyst's is on its way or refused, otherwise they choose which version to keep.
   */
  useEffect(
    () =>
      api.onWorkspaceChanged(async ({ articleIds }) => {
        void refreshList().catch(() => undefined);
        const id = openId.current;
        if (!id || !articleIds.includes(id)) return;
        if (pending.current > 0 || drafts.current > 0) {
          setOutside((shown) => shown ?? { fileProblem: null });
          return;
        }
        // A held version stays what the analyst sees; whether the file can be read may have changed.
        if (await markIfHeld(id).catch(() => false)) return;
        void api.reloadArticle(id).then(
          (theirs) => {
            show(theirs);
            setNotice({ kind: 'error', text: `“${theirs.article.title}” was changed outside Claimbench; this is the version now on disk.` });
          },
          (error: Error) => openArticle(id).then(() => setNotice({ kind: 'error', text: error.message })),
        );
      }),
    [api, refreshList, openArticle, markIfHeld],
  );

  const takeTheirs = useCallback(async () => {
    if (!docId) return;
    setOutside(null);
    forgetFailedSave(null);
    // Their version may be a file that cannot be read: then the article says why, and offers the restore.
    await api.reloadArticle(docId).then(show, () => openArticle(docId));
  }, [api, docId, show, forgetFailedSave, openArticle]);

  const keepMineAsCopy = useCallback(async () => {
    if (!docId) return;
    const copy = await api.keepMineAsCopy(docId);
    setOutside(null);
    show(copy);
    setOpenError(null);
    await refreshList();
    setNotice({ kind: 'success', text: `Your version is saved as “${copy.article.title}”; the original holds the version changed outside Claimbench.` });
  }, [api, docId, refreshList, show]);

  const restoreLastGood = useCallback(async () => {
    // Offered over an article that cannot be opened, and over the analyst's held version of one that cannot be read.
    const id = openError ? failedId.current : docId;
    if (!id) return;
    try {
      show(await api.restoreArticle(id));
      forgetFailedSave(null);
      await markIfHeld(id);
      setOpenError(null);
      await refreshList();
      setNotice({ kind: 'success', text: 'The last good version was restored; the unreadable file is kept in the workspace’s .claimbench/unreadable folder.' });
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
    }
  }, [api, docId, openError, refreshList, show, forgetFailedSave, markIfHeld]);

  const adopt = useCallback(
    async (created: AnnotationFile) => {
      show(created);
      setOpenError(null);
      await refreshList();
      return created;
    },
    [refreshList, show],
  );

  const withProgress = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setProgress({ task: 'Finding statements', done: 0, total: 0 });
    try {
      return await work();
    } finally {
      setProgress(null);
    }
  }, []);

  /** The list as shown, for an import to compare with. */
  const shown = useRef<readonly ArticleSummary[]>([]);
  /**
   * An export brought back in beside the file it came from is added as a second file, never over it;
   * the analyst hears which file was already there, and how to tell the two apart.
   */
  const adoptImported = useCallback(
    async (imported: AnnotationFile) => {
      const [existing] = copiesOf(summarize(imported), shown.current);
      await adopt(imported);
      if (!existing) return;
      // Shown as a warning that stays until dismissed: two lines alike in the list could be taken for one.
      setNotice({
        kind: 'error',
        text:
          `“${existing.title}” (${existing.analyst ?? 'analyst not recorded'}, changed ${when(existing.updatedAt)}) is already in the workspace; ` +
          `the file opened (changed ${when(imported.updatedAt)}) is added beside it as a copy.`,
      });
    },
    [adopt],
  );

  const createArticle = useCallback(
    async (article: NewArticle) => adopt(await withProgress(() => api.createArticle(article))),
    [api, adopt, withProgress],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      for (const file of files) {
        try {
          const base64 = await fileToBase64(file);
          await adoptImported(await withProgress(() => api.importDroppedFile({ name: file.name, base64 })));
        } catch (error) {
          setNotice({ kind: 'error', text: (error as Error).message });
        }
      }
    },
    [api, adoptImported, withProgress],
  );

  const startReview = useCallback(async (articleIds: string[], rule: MergeRule) => adopt(await api.startReview(articleIds, rule)), [api, adopt]);

  const importWithDialog = useCallback(async () => {
    try {
      const created = await withProgress(() => api.importWithDialog());
      if (created) await adoptImported(created);
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
    }
  }, [api, adoptImported, withProgress]);

  const edit = useCallback(
    async (change: Edit) => {
      if (!docId) return null;
      const changing = valueEditClaims(change);
      const guess = changing
        ? (file: AnnotationFile) => {
            const guessed = applyEdit(file, change);
            recordChange(file.claims, guessed.claims, changing);
            return guessed;
          }
        : undefined;
      return write(docId, () => api.edit(docId, change), guess);
    },
    [api, docId, write],
  );

  const undo = useCallback(async () => (docId ? write(docId, () => api.undo(docId)) : null), [api, docId, write]);

  const redo = useCallback(async () => (docId ? write(docId, () => api.redo(docId)) : null), [api, docId, write]);

  const reload = useCallback(async () => {
    setDoc(null);
    setOpenError(null);
    const list = await api.listArticles();
    setArticles(list);
    return list;
  }, [api]);

  /** Export through the save dialog; a failure becomes the notice, success is the caller's to announce. */
  const exportWith = useCallback(async (work: (id: string) => Promise<SavedExport | null>) => {
    if (!docId) return null;
    try {
      return await work(docId);
    } catch (error) {
      setNotice({ kind: 'error', text: `Export failed: ${(error as Error).message}` });
      return null;
    }
  }, [docId]);

  const exportAs = useCallback((format: ExportFormat) => exportWith((id) => api.exportArticle(id, format)), [api, exportWith]);
  const exportReview = useCallback((format: ReviewReportFormat) => exportWith((id) => api.exportReview(id, format)), [api, exportWith]);

  // The open article's line in the list follows the document, without reading the workspace again.
  // Its fingerprint reads the whole text, so it is taken again only when the text changes, not at every keystroke.
  const text = doc?.article.text;
  const fingerprint = useMemo(() => (text === undefined ? '' : textFingerprint(text)), [text]);
  const index = useClaimIndex(doc?.claims ?? NO_CLAIMS);
  const tagged = index.counts.byStatus.tagged + index.counts.byStatus.reviewed;
  const listed = useMemo(() => (doc ? articles.map((a) => (a.id === doc.id ? summarize(doc, fingerprint, tagged) : a)) : articles), [articles, doc, fingerprint, tagged]);
  shown.current = listed;

  return {
    articles: listed,
    doc,
    index,
    openError,
    save,
    progress,
    notice,
    dismissNotice: () => setNotice(null),
    openArticle,
    createArticle,
    importFiles,
    importWithDialog,
    edit,
    holdDraft,
    undo,
    redo,
    reload,
    exportAs,
    startReview,
    changedOutside: outside !== null,
    heldFileProblem: outside?.fileProblem ?? null,
    takeTheirs,
    keepMineAsCopy,
    restoreLastGood,
    exportReview,
  };
}
