/**
 * Node only. Watches the workspace folder (fs.watch: one folder, no recursion
 * needed) and reports the articles whose file now differs from what Claimbench
 * last read or wrote: a colleague's sync client, the CLI, an editor. Our own
 * writes leave the content as we know it, so they are not reported.
 */
import { watch } from 'node:fs';
import { ArticleId } from '../contract-schemas.ts';
import type { WorkspaceStore } from './workspace-store.ts';

/** Changes in one burst (a sync client writes several files at once) are reported together. */
const SETTLE_MS = 150;

export function watchWorkspace(store: WorkspaceStore, onChange: (articleIds: string[]) => void): () => void {
  const touched = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const schedule = () => {
    timer ??= setTimeout(() => void report(), SETTLE_MS);
  };
  const report = async () => {
    timer = null;
    // A file we are writing is looked at again once the write is done and its digest known.
    const ids = [...touched].filter((id) => !store.isWriting(id));
    ids.forEach((id) => touched.delete(id));
    if (touched.size) schedule();
    const changed = await Promise.all(
      ids.map(async (id) => {
        const unchanged = await store.unchangedOnDisk(id);
        // A write of ours began while we looked: look again after it.
        if (store.isWriting(id)) {
          touched.add(id);
          schedule();
          return null;
        }
        return unchanged ? null : id;
      }),
    );
    const outside = changed.filter((id): id is string => id !== null);
    if (outside.length) onChange(outside);
  };
  const watcher = watch(store.dir, { persistent: false }, (_event, name) => {
    const id = name?.endsWith('.json') ? name.slice(0, -'.json'.length) : null;
    if (!id || !ArticleId.safeParse(id).success) return;
    touched.add(id);
    schedule();
  });
  // A folder that vanishes (an unplugged drive) ends the watch; the next read says what is wrong.
  watcher.on('error', () => watcher.close());
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
