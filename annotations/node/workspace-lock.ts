/**
 * Node only. One writer per workspace: the app (either host) and any CLI command
 * that writes into the folder take this lock first. It is keyed on the folder's
 * real path, so a symbolic link to the same folder is the same workspace, and it
 * is a proper-lockfile lock (a folder made atomically, kept fresh while held,
 * taken over once stale), so a crashed holder does not lock the workspace for good.
 */
import { access, mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { HIDDEN_FOLDER } from './snapshots.ts';

/** The file that marks a folder as a Claimbench workspace. */
export const WORKSPACE_MARKER = '.claimbench-workspace';

export class WorkspaceLockedError extends Error {
  constructor(readonly dir: string) {
    super(`The workspace ${dir} is open in another Claimbench window or command. Close that one first; nothing was changed.`);
  }
}

export type ReleaseLock = () => Promise<void>;

/**
 * Takes the workspace's lock. `onLost` is told if it is taken over while held
 * (the machine slept past the stale time and another writer took it): from then
 * on this holder must stop writing.
 */
export async function lockWorkspace(dir: string, onLost: (reason: string) => void = () => undefined): Promise<ReleaseLock> {
  const real = await realpath(dir);
  const hidden = join(real, HIDDEN_FOLDER);
  await mkdir(hidden, { recursive: true });
  try {
    return await lockfile.lock(real, {
      lockfilePath: join(hidden, 'lock'),
      realpath: false,
      stale: 15_000,
      update: 5_000,
      // Taken over while held: stop writing, rather than crash the app or write beside another writer.
      onCompromised: () => onLost(`Claimbench lost its hold on the workspace ${real} (another window or command may have taken it), so nothing more is saved here. Close this window and open the workspace again.`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new WorkspaceLockedError(real);
    throw error;
  }
}

/** The workspace folder `path` lies in, if it lies directly in one. */
export async function workspaceOf(path: string): Promise<string | null> {
  // Through links: a link elsewhere to a file in a workspace writes into that workspace.
  const real = await realpath(path).catch(async () => join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path)));
  const folder = dirname(real);
  return access(join(folder, WORKSPACE_MARKER)).then(
    () => folder,
    () => null,
  );
}

/** Runs `work` holding the lock of the workspace `path` lies in; without the lock when it lies in none. */
export async function withWorkspaceLockFor<T>(path: string, work: () => Promise<T>): Promise<T> {
  const workspace = await workspaceOf(path);
  if (!workspace) return work();
  const release = await lockWorkspace(workspace);
  try {
    return await work();
  } finally {
    await release();
  }
}
