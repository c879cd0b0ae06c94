/**
 * Hostile and careless input, as a table: each case and the message the analyst
 * reads. Nothing may hang, eat memory, crash, or answer with a raw error code or
 * a schema dump; what is refused is named in plain words.
 */
import { DEFAULT_WORKSPACE_SETTINGS } from '../../annotations/settings.ts';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../annotations/contract.ts';
import { toClaimReview } from '../../annotations/exports/claimreview.ts';
import { importFile, importFileAt } from '../../annotations/node/import-file.ts';
import { WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { dispatch } from '../../electron/ipc.ts';
import { forTerminal } from '../../cli/terminal-text.ts';
import { shortFile } from '../support/fixtures.ts';

let dir: string;
let store: WorkspaceStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimbench-hostile-'));
  store = new WorkspaceStore(join(dir, 'workspace'));
  await store.open();
});

const valid = () => shortFile();
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

/** Puts `bytes` (or a FIFO, a folder, a link) in the workspace as ARTICLE.json and reads it as the app does. */
async function readInWorkspace(name: string, make: (path: string) => Promise<void>): Promise<unknown> {
  await make(join(store.dir, `${name}.json`));
  return store.read(name);
}
const bytesAt = (bytes: Buffer) => (path: string) => writeFile(path, bytes);
const fifoAt = (path: string) => Promise.resolve(void execFileSync('mkfifo', [path]));
const sparseAt = (size: number) => async (path: string) => {
  await writeFile(path, '');
  await truncate(path, size);
};

async function importAt(name: string, make: (path: string) => Promise<void>): Promise<unknown> {
  const folder = join(dir, 'imports');
  await mkdir(folder, { recursive: true });
  const path = join(folder, name);
  await make(path);
  return importFileAt(path);
}

const refusingApi = new Proxy({}, { get: () => async () => 'reached the handler' }) as WorkbenchApi;
async function ipc(method: keyof WorkbenchApi, ...args: unknown[]): Promise<unknown> {
  const reply = await dispatch(refusingApi, method, args);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

function withClaim(change: (claim: Record<string, unknown>, file: ReturnType<typeof valid>) => void) {
  const file = valid();
  change(file.claims[2] as unknown as Record<string, unknown>, file);
  return json(file);
}

type Case = [name: string, run: () => Promise<unknown>, expected: RegExp | ((value: unknown) => void)];

const CASES: Case[] = [
  // Files in the workspace
  ['a FIFO named x.json in the workspace', () => readInWorkspace('fifo', fifoAt), /not a regular file \(a pipe, device or socket\)/],
  ['/dev/zero linked as an article file', () => readInWorkspace('zero', (p) => symlink('/dev/zero', p)), /not a regular file/],
  ['a folder named x.json', () => readInWorkspace('folder', (p) => mkdir(p)), /is a folder, not a file/],
  ['a link that goes round in a loop', () => readInWorkspace('loop', (p) => symlink(p, p)), /symbolic links go round in a loop/],
  ['a 300 MB file', () => readInWorkspace('huge', sparseAt(300e6)), /it is 300 MB, over the limit of 268 MB/],
  ['an empty file', () => readInWorkspace('empty', bytesAt(Buffer.alloc(0))), /it is not valid JSON/],
  ['text that is not JSON', () => readInWorkspace('garbage', bytesAt(Buffer.from('not json at all'))), /it is not valid JSON/],
  ['JSON cut off half way', () => readInWorkspace('cut', bytesAt(json(valid()).subarray(0, 300))), /it is not valid JSON/],
  ['JSON null', () => readInWorkspace('null', bytesAt(Buffer.from('null'))), /cannot be read: it is not a Claimbench annotation file \(it is JSON of another kind\)\./],
  ['another program\'s JSON', () => readInWorkspace('foreign', bytesAt(json({ format: 'other.tool', items: [] }))), /not a Claimbench annotation file \(format "other.tool"\)/],
  ['a future format version', () => readInWorkspace('future', bytesAt(json({ ...valid(), version: 99 }))), /version/],
  ['claims that are not a list', () => readInWorkspace('claims', bytesAt(json({ ...valid(), claims: {} }))), /it is a damaged Claimbench annotation file \(claims: should be a list, not a set of fields\)/],
  ['two claims with one id', () => readInWorkspace('dupes', bytesAt(withClaim((c, file) => Object.assign(c, { id: file.claims[0]!.id })))), /claim id .* is used twice/],
  ['a claim ending past the text', () => readInWorkspace('past', bytesAt(withClaim((c) => Object.assign(c, { start: 10_000, end: 10_000, text: '' })))), /points outside the article text/],
  ['a claim ending before it starts', () => readInWorkspace('backwards', bytesAt(withClaim((c) => Object.assign(c, { end: (c.start as number) - 1, text: '' })))), /points outside the article text/],
  ['a source span outside the text', () => readInWorkspace('source', bytesAt(withClaim((c) => Object.assign(c, { attribution: { kind: 'named', source: { start: 5, end: 99_999, text: 'x' } } })))), /points outside the article text/],
  ['a cue outside the text', () => readInWorkspace('cue', bytesAt(withClaim((c) => Object.assign(c, { suggestion: { attribution: 'none', cues: [{ start: 99_998, end: 99_999, text: 'x', rule: 'r' }] } })))), /points outside the article text/],
  ['a claim whose text is not at its offsets', () => readInWorkspace('moved', bytesAt(withClaim((c) => Object.assign(c, { text: 'something else' })))), /does not match the article text/],
  ['a negative offset', () => readInWorkspace('negative', bytesAt(withClaim((c) => Object.assign(c, { start: -1 })))), /damaged Claimbench annotation file \(claim 3's start: should be 0 or more;/],
  ['a confidence off the scale, a missing status', () => readInWorkspace('fields', bytesAt(withClaim((c) => Object.assign(c, { confidence: 'very', status: undefined })))), /\(claim 3's confidence: should be "low", "medium" or "high"; claim 3's status: missing\)/],
  ['a Claimbench file without a version', () => readInWorkspace('unversioned', bytesAt(json({ ...valid(), version: undefined }))), /damaged Claimbench annotation file \(version: missing\)/],
  ['UTF-8 with a byte order mark', () => readInWorkspace('bom', bytesAt(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json(valid())]))), (file) => expect(file).toMatchObject({ format: 'claimbench.annotations' })],
  ['UTF-16 little-endian with a mark', () => readInWorkspace('utf16le', bytesAt(utf16le(JSON.stringify(valid())))), (file) => expect(file).toMatchObject({ format: 'claimbench.annotations' })],
  ['UTF-16 big-endian with a mark', () => readInWorkspace('utf16be', bytesAt(utf16be(JSON.stringify(valid())))), (file) => expect(file).toMatchObject({ format: 'claimbench.annotations' })],
  ['UTF-16 without a mark', () => readInWorkspace('utf16bare', bytesAt(Buffer.from(JSON.stringify(valid()), 'utf16le'))), /binary file, or UTF-16 text without a byte order mark/],
  ['Latin-1 bytes', () => readInWorkspace('latin1', bytesAt(Buffer.from('{"title": "caf\xe9"}', 'latin1'))), /not UTF-8 text/],
  ['a missing article', () => store.read('nowhere'), /No article with id nowhere/],
  ['an article id that climbs out of the folder', () => store.read('../../etc/passwd'), /not a valid article id/],

  // Files opened or dropped
  ['an .exe dropped on the window', () => importFile('setup.exe', Buffer.from('MZ')), /"\.exe" files are not supported/],
  ['a file without an extension', () => importFile('README', Buffer.from('text')), /"\.\(none\)" files are not supported/],
  ['an empty .txt', () => importFile('empty.txt', Buffer.alloc(0)), /the file is empty/],
  ['a .txt of spaces', () => importFile('blank.txt', Buffer.from('   \n\n  ')), /it holds no text/],
  ['a .txt that is binary', () => importFile('binary.txt', Buffer.from([0x48, 0, 0x49])), /looks like a binary file/],
  ['a .txt in UTF-16 with a mark', () => importFile('utf16.txt', utf16le('Headline here\n\nThe mayor said so on Monday.')), (imported) => expect(imported).toMatchObject({ article: { title: 'Headline here' } })],
  ['a .pdf that is not a PDF', () => importFile('fake.pdf', Buffer.from('hello')), /no %PDF header/],
  ['an .html page with no article', () => importFile('empty.html', Buffer.from('<html><body><nav>menu</nav></body></html>')), /no article text was found/],
  ['a .json that is not JSON', () => importFile('broken.json', Buffer.from('{"a":')), /Cannot import broken\.json: it is not valid JSON/],
  ['a .json from another program', () => importFile('other.json', json({ hello: 'world' })), /^Cannot import other\.json: it is not a Claimbench annotation file \(it is JSON of another kind\)\.$/],
  ['a .json from a newer Claimbench', () => importFile('newer.json', json({ hello: 'world', format: 'claimbench.annotations', version: 9 })), /^Cannot import newer\.json: it was written by a newer Claimbench \(file format version 9\); this one reads up to version 3\.$/],
  ['an empty .json', () => importFile('empty.json', Buffer.alloc(0)), /^Cannot import empty\.json: the file is empty\.$/],
  ['a damaged Claimbench .json', () => importFile('damaged.json', withClaim((c) => Object.assign(c, { attribution: { kind: 'rumour', source: null, via: null } }))), /^Cannot import damaged\.json: it is a damaged Claimbench annotation file \(claim 3's attribution kind: should be "image", "unnamed", "named" or "none"\)\.$/],
  ['a .json with a byte order mark', () => importFile('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json(valid())])), (imported) => expect(imported).toHaveProperty('annotations')],
  [
    'a page whose canonical URL is javascript:',
    () => importFile('trap.html', Buffer.from('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><article><h1>Trap</h1><p>The minister said on Monday that the budget would rise by a tenth next year.</p><p>Officials declined to comment on the figures.</p></article></body></html>')),
    (imported) => expect((imported as { article: { url?: string } }).article.url).toBeUndefined(),
  ],
  ['a FIFO given as an article', () => importAt('pipe.txt', fifoAt), /Cannot import pipe\.txt: it is not a regular file/],
  ['/dev/zero linked as an article', () => importAt('zero.txt', (p) => symlink('/dev/zero', p)), /Cannot import zero\.txt: it is not a regular file/],
  ['a folder given as an article', () => importAt('folder.txt', (p) => mkdir(p)), /Cannot import folder\.txt: it is a folder, not a file/],
  ['a missing article file', () => importAt('missing.txt', async () => undefined), /Cannot import missing\.txt: there is no such file/],
  ['a 200 MB article', () => importAt('big.txt', sparseAt(200e6)), /Cannot import big\.txt: it is 200 MB, over the limit/],

  // Requests over IPC
  ['an article id with a path in it', () => ipc('openArticle', '../secrets'), /openArticle: .*not a valid article id/],
  ['a 20 MB claim id', () => ipc('edit', 'abc', { type: 'setNote', claimId: 'x'.repeat(20e6), note: '' }), /not a valid claim id/],
  ['an edit of an unknown kind', () => ipc('edit', 'abc', { type: 'formatDisk' }), /Invalid request to edit/],
  ['an empty new article', () => ipc('createArticle', { title: '', text: '' }), /The article text is empty/],
  ['a review of one file against itself', () => ipc('startReview', ['abc', 'abc'], { kind: 'all' }), /one file was chosen twice/],
  ['a dropped file over the size limit', () => ipc('importDroppedFile', { name: 'x.txt', base64: 'A'.repeat(150e6) }), /The file is too large to import/],

  // Output
  ['a title with terminal escapes', async () => forTerminal('Title\u001b]0;owned\u0007\u001b[2J\u009b31m done\n'), (text) => expect(text).toBe('Title]0;owned[2J31m done\n')],
  ['a javascript: URL in a file, exported to ClaimReview', async () => toClaimReview({ ...valid(), article: { ...valid().article, url: 'javascript:alert(1)' }, claims: valid().claims.map((c) => ({ ...c, verdict: 'False' })) }, { now: new Date(0), settings: DEFAULT_WORKSPACE_SETTINGS }), (items) => expect(JSON.stringify(items)).not.toContain('javascript:')],
];

describe('hostile input', () => {
  it(`has at least 40 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('%s', { timeout: 20_000 }, async (_name, run, expected) => {
    if (typeof expected === 'function') {
      expected(await run());
      return;
    }
    const error = await run().then(
      () => null,
      (e: Error) => e,
    );
    expect(error, 'should be refused').not.toBeNull();
    expect(error!.message).toMatch(expected);
    // Plain words: no raw system error codes, no schema dump, and never the hostile payload echoed back.
    expect(error!.message).not.toMatch(/\b(ENOENT|EISDIR|ELOOP|EACCES|ENXIO)\b|"code":|ZodError/);
    expect(error!.message.length).toBeLessThan(600);
  });
});
