/**
 * One write in flight per file, and always of the newest state: while a write
 * runs, later states replace each other, and the one left is written next. Each
 * caller's promise settles when a write holding its state (or a newer one) is
 * on disk, so "saved" still means on disk. Quick keystrokes on a long report
 * cost one or two whole-file writes, not one each.
 */
interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

export class CoalescedWrites<T> {
  private latest: { value: T } | null = null;
  private waiters: Waiter[] = [];
  private running = false;

  constructor(private readonly flush: (value: T) => Promise<void>) {}

  write(value: T): Promise<void> {
    this.latest = { value };
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.running) void this.drain();
    return done;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.latest) {
      const { value } = this.latest;
      const waiters = this.waiters;
      this.latest = null;
      this.waiters = [];
      try {
        await this.flush(value);
        waiters.forEach((w) => w.resolve());
      } catch (error) {
        waiters.forEach((w) => w.reject(error));
      }
    }
    this.running = false;
  }
}
