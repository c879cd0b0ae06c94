/** An annotation file as the app reads it from disk (any format version), for tests that look at the disk. */
import { readFile } from 'node:fs/promises';
import { fromDisk } from '../../annotations/file-format.ts';
import type { AnnotationFile } from '../../annotations/model.ts';

export async function readOnDisk(path: string): Promise<AnnotationFile> {
  const parsed = fromDisk(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error}`);
  return parsed.data;
}
