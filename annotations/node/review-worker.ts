/** Node only. Worker thread entry: compares analysts' files and makes the review's record away from the main process's event loop. */
import { parentPort, workerData } from 'node:worker_threads';
import { reviewRecord, type ReviewJob } from './review-off-thread.ts';

try {
  parentPort!.postMessage({ ok: true, file: reviewRecord(workerData as ReviewJob) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: (error as Error).message });
}
