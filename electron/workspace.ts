/**
 * Opens the workspace and builds the handlers over it; shared by the Electron
 * main process and the browser test host, so both run the same code.
 */
import type { ArticleApi, Progress, WorkspaceChange } from '../annotations/contract.ts';
import { createAnnotationFile } from '../annotations/document.ts';
import type { PrintPdf } from '../annotations/exports/export-document.ts';
import { defaultAnalyst } from '../annotations/node/analyst.ts';
import { annotationFileBuilder } from '../annotations/node/build-off-thread.ts';
import { lockWorkspace } from '../annotations/node/workspace-lock.ts';
import { watchWorkspace } from '../annotations/node/workspace-watcher.ts';
import { reviewMaker } from '../annotations/node/review-off-thread.ts';
import { WorkspaceStore } from '../annotations/node/workspace-store.ts';
import { readWorkspaceSettings } from '../annotations/node/settings-store.ts';
import { SAMPLE_ARTICLE } from '../annotations/sample-article.ts';
import { createHandlers, type NativeDialogs } from './handlers.ts';

export interface WorkspaceOptions {
  dataDir: string;
  dialogs: NativeDialogs;
  printPdf: PrintPdf;
  emitProgress(progress: Progress): void;
  /** Told when article files change outside Claimbench. */
  emitWorkspaceChanged?(change: WorkspaceChange): void;
  /** The bundled extraction worker; without it long articles are processed inline. */
  workerUrl?: URL;
  /** Who annotates; defaults to CLAIMBENCH_ANALYST, else the operating-system user. */
  analyst?: () => string | undefined;
}

/** The handlers over a workspace, and how to let go of its lock when the host closes or switches. */
export type OpenedWorkspace = ArticleApi & { release(): Promise<void> };

export async function openWorkspace(options: WorkspaceOptions): Promise<OpenedWorkspace> {
  const store = new WorkspaceStore(options.dataDir);
  const { firstUse } = await store.open();
  // One writer per workspace, held until release() or the end of the process.
  const release = await lockWorkspace(options.dataDir, (reason) => store.stopWriting(reason));
  await store.removeStrayTempFiles();
  if (firstUse) await store.create(createAnnotationFile(SAMPLE_ARTICLE));
  const handlers = createHandlers({
    store,
    dialogs: options.dialogs,
    printPdf: options.printPdf,
    emitProgress: options.emitProgress,
    build: annotationFileBuilder(options.workerUrl),
    // The review worker is bundled beside the extraction worker.
    makeReview: reviewMaker(options.workerUrl && new URL('./review-worker.mjs', options.workerUrl)),
    analyst: options.analyst ?? defaultAnalyst(),
    settings: async () => (await readWorkspaceSettings(options.dataDir)).value,
  });
  const stopWatching = watchWorkspace(store, (articleIds) => options.emitWorkspaceChanged?.({ articleIds }));
  return {
    ...handlers,
    release: async () => {
      stopWatching();
      await release();
    },
  };
}
