/** Long articles are processed in a worker thread with progress; short ones inline. The worker bundle is built by the global setup. */
import { describe, expect, it } from 'vitest';
import { annotationFileBuilder, OFF_THREAD_THRESHOLD } from '../../annotations/node/build-off-thread.ts';
import { SHORT_ARTICLE } from '../support/fixtures.ts';

const workerUrl = new URL('../../dist/electron/extract-worker.mjs', import.meta.url);

describe('annotationFileBuilder', () => {
  it('builds a long article in the worker, reporting progress, with the same claims as inline', async () => {
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join('\n').length < OFF_THREAD_THRESHOLD * 1.5; i++) paragraphs.push(SHORT_ARTICLE.split('\n').slice(3).join('\n').replace(/\d+/g, String(i)));
    const text = `Long article\n\n${paragraphs.join('\n')}`;
    const progress: [number, number][] = [];
    let mainThreadTicks = 0;
    const ticker = setInterval(() => mainThreadTicks++, 1);
    const file = await annotationFileBuilder(workerUrl)({ title: 'Long', text }, (done, total) => progress.push([done, total]));
    clearInterval(ticker);
    const inline = await annotationFileBuilder()({ title: 'Long', text }, () => undefined);
    expect(file.claims.map(({ start, end, attribution }) => ({ start, end, attribution }))).toEqual(inline.claims.map(({ start, end, attribution }) => ({ start, end, attribution })));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every(([done, total]) => done <= total && total === file.claims.length)).toBe(true);
    // The calling thread kept running while the worker worked.
    expect(mainThreadTicks).toBeGreaterThan(0);
  });
});
