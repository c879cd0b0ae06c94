/**
 * Opens the workspace and builds the handlers over it; shared by the Electron
 * main process and the browser test host, so both run the same code.
 */
import type { ArticleApi, Progress } from '../annotations/contract.ts';
import { createAnnotationFile } from '../annotations/document.ts';
import type { PrintPdf } from '../annotations/exports/export-document.ts';
import { defaultAnalyst } from '../annotations/node/analyst.ts';
import { annotationFileBuilder } from '../annotations/node/build-off-thread.ts';
import { WorkspaceStore } from '../annotations/node/workspace-store.ts';
import { readWorkspaceSettings } from '../annotations/node/settings-store.ts';
import { SAMPLE_ARTICLE } from '../annotations/sample-article.ts';
import { createHandlers, type NativeDialogs } from './handlers.ts';

export interface WorkspaceOptions {
  dataDir: string;
  dialogs: NativeDialogs;
  printPdf: PrintPdf;
  emitProgress(progress: Progress): void;
  /** The bundled extraction worker; without it long articles are processed inline. */
  workerUrl?: URL;
  /** Who annotates; defaults to CLAIMBENCH_ANALYST, else the operating-system user. */
  analyst?: () => string | undefined;
}

export async function openWorkspace(options: WorkspaceOptions): Promise<ArticleApi> {
  const store = new WorkspaceStore(options.dataDir);
  const { firstUse } = await store.open();
  if (firstUse) await store.create(createAnnotationFile(SAMPLE_ARTICLE));
  return createHandlers({
    store,
    dialogs: options.dialogs,
    printPdf: options.printPdf,
    emitProgress: options.emitProgress,
    build: annotationFileBuilder(options.workerUrl),
    analyst: options.analyst ?? defaultAnalyst(),
    settings: async () => (await readWorkspaceSettings(options.dataDir)).value,
  });
}
