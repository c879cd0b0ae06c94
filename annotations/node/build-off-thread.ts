/**
 * Node only. Builds an annotation file (segmentation and suggestions) for an
 * article: small ones at once, long ones in a worker thread with progress, so
 * neither the window nor the main process stalls on a long report.
 */
import { Worker } from 'node:worker_threads';
import { createAnnotationFile } from '../document.ts';
import type { AnnotationFile, Article } from '../model.ts';

/** Below this many characters the work takes a few milliseconds; a worker would cost more. */
export const OFF_THREAD_THRESHOLD = 200_000;

export type BuildAnnotationFile = (article: Article, onProgress: (done: number, total: number) => void) => Promise<AnnotationFile>;

/** `workerUrl` points at the bundled extract-worker; without one, everything runs inline. */
export function annotationFileBuilder(workerUrl?: URL): BuildAnnotationFile {
  return async (article, onProgress) => {
    if (!workerUrl || article.text.length < OFF_THREAD_THRESHOLD) return createAnnotationFile(article, onProgress);
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: article });
      worker.on('message', (message: { type: 'progress'; done: number; total: number } | { type: 'done'; file: AnnotationFile }) => {
        if (message.type === 'progress') onProgress(message.done, message.total);
        else resolve(message.file);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => code !== 0 && reject(new Error(`The extraction worker stopped with code ${code}.`)));
    });
  };
}
