/**
 * A text field that saves itself: typing is kept locally and sent after a short
 * pause, on blur, and when the window goes away, so a note is on disk well
 * within half a second of the last keystroke without a write per key. Until it
 * is sent, the field holds a draft, so the status does not read "Saved" early.
 */
import { useContext, useEffect, useRef, useState } from 'react';
import { DraftContext } from '../drafts.ts';

export const FIELD_SAVE_DELAY_MS = 250;

export function useDebouncedField(value: string, commit: (value: string) => void) {
  const holdDraft = useContext(DraftContext);
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const release = useRef<(() => void) | null>(null);
  const latest = useRef({ draft, value, commit });
  latest.current = { draft, value, commit };

  // A new value from the main process (undo, another claim) replaces the draft, but never what the analyst is still
  // typing: that is newer than anything the main process holds, and it is sent next.
  useEffect(() => {
    if (!release.current) setDraft(value);
  }, [value]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: current, value: saved, commit: save } = latest.current;
    if (current !== saved) save(current);
    release.current?.();
    release.current = null;
  };

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    value: draft,
    onChange: (next: string) => {
      setDraft(next);
      release.current ??= holdDraft();
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, FIELD_SAVE_DELAY_MS);
    },
    onBlur: flush,
  };
}
