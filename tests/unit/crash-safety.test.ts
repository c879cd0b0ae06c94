/**
 * kill -9 during rapid edits: a child process edits an article through the real
 * workspace code and is killed at a random moment, over and over. Every time the
 * file on disk must read as a valid annotation file and hold at least the last
 * edit the child was told was saved.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDisk } from '../../annotations/file-format.ts';
import { WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { buildChild } from '../support/build-child.ts';

const TRIALS = 50;
/** Trials run this many at a time: the point is the kill, not the wait for Node to start. */
const AT_ONCE = 5;

let editor: string;
let root: string;
beforeAll(async () => {
  editor = await buildChild(join(import.meta.dirname, '../support/children/rapid-editor.ts'));
  root = await mkdtemp(join(tmpdir(), 'claimbench-crash-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

interface Trial {
  dataDir: string;
  articleId: string;
  claimId: string;
  lastAck: number;
}

/** Starts the editor, waits for `acksBeforeKill` saved edits (and a random few milliseconds more), then kills it. */
function runTrial(index: number, acksBeforeKill: number, extraMs: number): Promise<Trial> {
  const dataDir = join(root, `trial-${index}`);
  const child = spawn(process.execPath, [editor, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let articleId = '';
    let claimId = '';
    let lastAck = 0;
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, a, b] = line.split(' ');
        if (word === 'ready') [articleId, claimId] = [a!, b!];
        // Only acknowledgements read before the kill count: each one was printed after its edit was saved.
        if (word === 'ack' && !killing) lastAck = Number(a);
      }
      if (lastAck >= acksBeforeKill && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the editor ended by itself (code ${code})`));
      else resolve({ dataDir, articleId, claimId, lastAck });
    });
  });
}

describe('kill -9 during rapid edits', () => {
  it(`loses no saved edit and leaves no corrupt file in ${TRIALS} trials`, { timeout: 240_000 }, async () => {
    const results: { corrupt: number; lost: number; acked: number } = { corrupt: 0, lost: 0, acked: 0 };
    for (let start = 0; start < TRIALS; start += AT_ONCE) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(AT_ONCE, TRIALS - start) }, (_, i) => {
          const index = start + i;
          // Spread the kills: right after the first save, and up to a dozen saves in.
          return runTrial(index, 1 + ((index * 7) % 12), (index * 13) % 9);
        }),
      );
      for (const trial of batch) {
        results.acked += trial.lastAck;
        const path = join(trial.dataDir, `${trial.articleId}.json`);
        const parsed = fromDisk(JSON.parse(await readFile(path, 'utf8').catch(() => 'null')));
        if (!parsed.success) {
          results.corrupt++;
          continue;
        }
        const note = parsed.data.claims.find((c) => c.id === trial.claimId)?.note ?? '';
        if (Number(note.replace('edit ', '')) < trial.lastAck) results.lost++;
        // The next start reads the file and clears what the killed writer left behind.
        const store = new WorkspaceStore(trial.dataDir);
        await store.read(trial.articleId);
        await store.removeStrayTempFiles();
        expect((await readdir(trial.dataDir)).filter((n) => /\.json\.\d+$/.test(n))).toEqual([]);
      }
    }
    console.log(`crash safety: ${TRIALS} kills, ${results.acked} saved edits acknowledged, ${results.corrupt} corrupt files, ${results.lost} lost edits`);
    expect(results).toMatchObject({ corrupt: 0, lost: 0 });
    expect(results.acked).toBeGreaterThan(TRIALS);
  });
});
