/** Undo and redo over immutable annotation files: each step keeps the value before it. */
import type { AnnotationFile } from './model.ts';

export const HISTORY_LIMIT = 200;

export interface History {
  past: readonly AnnotationFile[];
  present: AnnotationFile;
  future: readonly AnnotationFile[];
}

export function startHistory(present: AnnotationFile): History {
  return { past: [], present, future: [] };
}

export function record(history: History, next: AnnotationFile): History {
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(history: History): History | null {
  const previous = history.past[history.past.length - 1];
  if (!previous) return null;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History | null {
  const [next, ...rest] = history.future;
  if (!next) return null;
  return { past: [...history.past, history.present], present: next, future: rest };
}
