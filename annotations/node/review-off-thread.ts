/**
 * Node only. A team review's record, made in a worker thread when one is
 * bundled, so the main process keeps answering the window while thousands of
 * claims are compared; inline otherwise (tests, the CLI).
 */
import { Worker } from 'node:worker_threads';
import type { AnnotationFile } from '../model.ts';
import { compareAnnotations, mergeReview, ReviewError, type ReviewInput } from '../review.ts';
import type { MergeRule } from '../review-model.ts';

export interface ReviewJob {
  inputs: ReviewInput[];
  rule: MergeRule;
}

export type MakeReview = (job: ReviewJob) => Promise<AnnotationFile>;

export function reviewRecord({ inputs, rule }: ReviewJob): AnnotationFile {
  return mergeReview(compareAnnotations(inputs), rule);
}

/** `workerUrl` points at the bundled review-worker; without one, the review runs inline. */
export function reviewMaker(workerUrl?: URL): MakeReview {
  return async (job) => {
    if (!workerUrl) return reviewRecord(job);
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: job });
      worker.on('message', (reply: { ok: true; file: AnnotationFile } | { ok: false; error: string }) => (reply.ok ? resolve(reply.file) : reject(new ReviewError(reply.error))));
      worker.on('error', reject);
      worker.on('exit', (code) => code !== 0 && reject(new Error(`The review worker stopped with code ${code}.`)));
    });
  };
}
