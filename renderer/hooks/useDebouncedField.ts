/**
 * A text field that saves itself: typing is kept locally and sent after a short
 * pause (and on blur), so a note is on disk well within half a second of the
 * last keystroke without a write per key.
 */
import { useEffect, useRef, useState } from 'react';

export const FIELD_SAVE_DELAY_MS = 250;

export function useDebouncedField(value: string, commit: (value: string) => void) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, value, commit });
  latest.current = { draft, value, commit };

  // A new value from the main process (undo, another claim) replaces the draft.
  useEffect(() => setDraft(value), [value]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: current, value: saved, commit: save } = latest.current;
    if (current !== saved) save(current);
  };

  useEffect(() => flush, []);

  return {
    value: draft,
    onChange: (next: string) => {
      setDraft(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, FIELD_SAVE_DELAY_MS);
    },
    onBlur: flush,
  };
}
