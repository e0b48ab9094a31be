/**
 * A background job run now and then every interval, never twice at once: the sweepers' timer.
 * `start` runs it at once; `stop` clears the timer and waits for a run in progress. A failed run is
 * handed to `onError` and simply tried again at the next interval. The timer never keeps the
 * process alive.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs now, then every interval. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
    this.tick();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.run()
      .catch(this.onError)
      .finally(() => {
        this.running = null;
      });
  }
}
