/** Messages to the analyst, apart from the layout: errors stay until dismissed, good news goes by itself. */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Notice {
  id: number;
  kind: 'error' | 'success';
  text: string;
  /** A file the message is about, shown whole so it can be copied. */
  path?: string;
  actions?: NoticeAction[];
}

/** How long a success message stays. */
const SUCCESS_MS = 10_000;

export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);

  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-3), { ...notice, id }]);
      if (notice.kind === 'success') timers.current.set(id, setTimeout(() => dismiss(id), SUCCESS_MS));
      return id;
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  return { notices, push, dismiss };
}
