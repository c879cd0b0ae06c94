/**
 * Cuts a text into runs at every mark's edges, so that overlapping marks
 * (claims, source phrases, cues) can be drawn as flat, non-nested spans.
 */
export interface Mark {
  start: number;
  end: number;
  id: string;
}

export interface Run {
  start: number;
  end: number;
  /** The marks covering this run, in the order they were given. */
  marks: string[];
}

export function runsOf(length: number, marks: readonly Mark[]): Run[] {
  const order = new Map(marks.map((m, i) => [m.id, i]));
  const events: { at: number; id: string; open: boolean }[] = [];
  for (const mark of marks) {
    const start = Math.max(0, Math.min(length, mark.start));
    const end = Math.max(start, Math.min(length, mark.end));
    if (start === end) continue;
    events.push({ at: start, id: mark.id, open: true }, { at: end, id: mark.id, open: false });
  }
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
  const runs: Run[] = [];
  const active = new Set<string>();
  let position = 0;
  const emit = (to: number) => {
    if (to <= position) return;
    runs.push({ start: position, end: to, marks: [...active].sort((a, b) => order.get(a)! - order.get(b)!) });
    position = to;
  };
  for (const event of events) {
    emit(event.at);
    if (event.open) active.add(event.id);
    else active.delete(event.id);
  }
  emit(length);
  return runs;
}
