/** Default quiet time after the last edit before the workbook is read again. */
export const REFRESH_DELAY_MS = 400;

export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Keeps a reading of the workbook up to date without flooding Excel: edits are debounced,
 * there is never more than one read in flight, an edit during a read causes exactly one
 * more read after it, and nothing is read while disabled (the tab is hidden) — the
 * reading is only marked stale and happens when enabled again.
 */
export class LiveRefresher<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private reading = false;
  private again = false;
  private stale = true;
  private disposed = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly read: () => Promise<T>,
    private readonly deliver: (outcome: ReadOutcome<T>) => void,
    private enabled = true,
    private readonly delayMs = REFRESH_DELAY_MS,
  ) {}

  /** The user changed cells. */
  changed(): void {
    if (this.disposed) return;
    this.stale = true;
    if (!this.enabled) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.delayMs);
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) {
      this.clearTimer();
      return;
    }
    if (this.stale && !this.reading && this.timer === null) void this.run();
  }

  /** Reads now (after the add-in's own writes); resolves once a read started after this call has delivered. */
  refreshNow(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.stale = true;
    this.clearTimer();
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    void this.run();
    return done;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.flushWaiters();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private flushWaiters(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    this.stale = false;
    const waiting = this.waiters;
    this.waiters = [];
    let outcome: ReadOutcome<T>;
    try {
      outcome = { ok: true, value: await this.read() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    this.reading = false;
    if (!this.disposed) this.deliver(outcome);
    for (const resolve of waiting) resolve();
    if (this.disposed) return;
    if (this.again || (this.waiters.length > 0)) {
      this.again = false;
      if (this.enabled || this.waiters.length > 0) void this.run();
      else this.stale = true;
    }
  }
}
