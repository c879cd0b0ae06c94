/**
 * The claimbench command and the analyst's files: it never writes over its own
 * input however the output is named, a full disk leaves the old file whole, it
 * keeps out of a workspace the app has open, and it restores a damaged article.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockWorkspace } from '../../annotations/node/workspace-lock.ts';
import { WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { shortFile, SHORT_ARTICLE } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '../..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimbench-cli-safety-'));
  await writeFile(join(dir, 'bridge.txt'), SHORT_ARTICLE);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function claimbench(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/claimbench.mjs'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimbench and the files it writes', { timeout: 60_000 }, () => {
  it('export never writes over its own input, through a symbolic or a hard link', async () => {
    const input = join(dir, 'own.json');
    expect(claimbench('new', join(dir, 'bridge.txt'), '-o', input).code).toBe(0);
    const before = await readFile(input, 'utf8');
    await symlink(input, join(dir, 'soft.csv'));
    await link(input, join(dir, 'hard.csv'));
    for (const output of ['soft.csv', 'hard.csv', './own.json', join(dir, '..', dir.split('/').pop()!, 'own.json')]) {
      const result = claimbench('export', input, '--format', 'csv', '-o', output);
      expect(result.code, output).toBe(2);
      expect(result.stderr).toMatch(/is .*own\.json itself \(the same file\); choose another output/);
    }
    expect(await readFile(input, 'utf8')).toBe(before);
  });

  it('a review is not a file compared with itself, by any name', async () => {
    const input = join(dir, 'analyst.json');
    expect(claimbench('new', join(dir, 'bridge.txt'), '-o', input).code).toBe(0);
    await link(input, join(dir, 'analyst-again.json'));
    const result = claimbench('review', input, join(dir, 'analyst-again.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the same file is named twice/);
  });

  it('on a full disk, new --force and export leave the existing file whole and no temporary file behind', async () => {
    const disk = join(dir, 'small-disk');
    await mkdir(disk);
    // A real full disk: a 1 MB tmpfs (the tests run as root in CI). Without the mount the test fails rather than pass untested.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]);
    try {
      const existing = join(disk, 'work.json');
      expect(claimbench('new', join(dir, 'bridge.txt'), '-o', existing).code).toBe(0);
      const report = join(disk, 'report.md');
      expect(claimbench('export', existing, '--format', 'md', '-o', report).code).toBe(0);
      const [work, md] = [await readFile(existing, 'utf8'), await readFile(report, 'utf8')];
      // Fill the disk to the last few bytes.
      try {
        await writeFile(join(disk, 'filler'), Buffer.alloc(2 * 1024 * 1024));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      const again = claimbench('new', join(dir, 'bridge.txt'), '-o', existing, '--force');
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/work\.json was not saved: the disk is full\. The file there is as it was before\./);
      const exported = claimbench('export', existing, '--format', 'html', '-o', report);
      expect(exported.code).toBe(1);
      expect(exported.stderr).toMatch(/report\.md was not saved: the disk is full/);
      expect(await readFile(existing, 'utf8')).toBe(work);
      expect(await readFile(report, 'utf8')).toBe(md);
      expect((await readdir(disk)).sort()).toEqual(['filler', 'report.md', 'work.json']);
    } finally {
      execFileSync('umount', [disk]);
    }
  });

  it('keeps out of a workspace the app has open, and writes there once it is closed', async () => {
    const workspace = join(dir, 'workspace');
    const store = new WorkspaceStore(workspace);
    await store.open();
    const release = await lockWorkspace(workspace);
    const output = join(workspace, 'from-cli.json');
    const refused = claimbench('new', join(dir, 'bridge.txt'), '-o', output);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/workspace .* is open in another Claimbench window or command\. Close that one first; nothing was changed\./);
    await expect(stat(output)).rejects.toThrow();
    await release();
    expect(claimbench('new', join(dir, 'bridge.txt'), '-o', output).code).toBe(0);
  });

  it('restore puts back the last good version of a damaged article and keeps the damaged file', async () => {
    const workspace = join(dir, 'restore-workspace');
    const store = new WorkspaceStore(workspace);
    await store.open();
    const file = shortFile();
    await store.create(file);
    await store.write({ ...file, article: { ...file.article, title: 'Last good title' } });
    const path = join(workspace, `${file.id}.json`);
    await writeFile(path, '\u0000\u0000 damaged by a sync client');
    const shown = claimbench('show', path);
    expect(shown.stderr).toMatch(/cannot be read: it looks like a binary file/);
    const restored = claimbench('restore', path);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toMatch(/restored the version of \d{4}-\d\d-\d\d .*; the unreadable file is kept as .*\.claimbench\/unreadable\//);
    expect(claimbench('show', path).stdout).toContain('Last good title');
    expect(claimbench('restore', path).stderr).toMatch(/reads as it should; there is nothing to restore/);
    expect(claimbench('restore', join(dir, 'bridge.txt')).code).toBe(2);
  });

  it('prints no terminal escape sequence from a file', () => {
    const hostile = join(dir, 'hostile.txt');
    spawnSync('sh', ['-c', `printf 'Title \\033]0;owned\\007\\033[2J here\\n\\nThe mayor said on Monday that taxes would rise.\\n' > ${hostile}`]);
    const output = join(dir, 'hostile.json');
    const made = claimbench('new', hostile, '-o', output);
    expect(made.code).toBe(0);
    for (const text of [made.stderr, claimbench('show', output).stdout, claimbench('extract', hostile).stdout]) {
      expect(text).toContain('Title');
      expect(text).not.toMatch(/[\u001b\u0007]/);
    }
  });
});
