/** Node only. Worker thread entry: builds an annotation file away from the thread that asked for it. */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnnotationFile } from '../document.ts';
import type { Article } from '../model.ts';

const article = workerData as Article;
const file = createAnnotationFile(article, (done, total) => parentPort!.postMessage({ type: 'progress', done, total }));
parentPort!.postMessage({ type: 'done', file });
