import { describe, expect, it } from 'vitest';
import { CoalescedWrites } from '../../annotations/node/coalesced-writes.ts';

/** A flush that holds each write until the test lets it finish. */
function gatedFlush(failOn?: number) {
  const written: number[] = [];
  const gates: (() => void)[] = [];
  const flush = (value: number) =>
    new Promise<void>((resolve, reject) => {
      gates.push(() => {
        written.push(value);
        if (value === failOn) reject(new Error('disk full'));
        else resolve();
      });
    });
  const openNext = async () => {
    await new Promise((r) => setTimeout(r, 0));
    gates.shift()?.();
  };
  return { written, flush, openNext };
}

describe('coalesced writes', () => {
  it('writes the first state at once and, of the states sent meanwhile, only the newest; every sender learns when it is on disk', async () => {
    const { written, flush, openNext } = gatedFlush();
    const writes = new CoalescedWrites(flush);
    const settled: number[] = [];
    const all = [1, 2, 3, 4].map((n) => writes.write(n).then(() => settled.push(n)));
    await openNext();
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toEqual([1]);
    await openNext();
    await Promise.all(all);
    expect(written).toEqual([1, 4]);
    expect(settled).toEqual([1, 2, 3, 4]);
  });

  it('a failed write fails those waiting on it, and the next state is still written', async () => {
    const { written, flush, openNext } = gatedFlush(1);
    const writes = new CoalescedWrites(flush);
    const first = writes.write(1);
    const firstFailed = expect(first).rejects.toThrow('disk full');
    await openNext();
    await firstFailed;
    const second = writes.write(2);
    await openNext();
    await second;
    expect(written).toEqual([1, 2]);
  });
});
