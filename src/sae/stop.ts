// Stopping a run on request (SIGINT, SIGTERM): no new request is sent, and
// every wait ends at once, so that what was sent can be reported.
export class StopSignal {
  stopped = false;
  /** When stop() was called (epoch ms), for the grace of a write's last step. */
  private stoppedAt = 0;
  private readonly sleepers = new Set<() => void>();

  constructor(
    /** How long after a stop the ownership step of a write already made may still be sent. */
    readonly graceMs = STOP_GRACE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  stop(): void {
    if (!this.stopped) this.stoppedAt = this.now();
    this.stopped = true;
    for (const wake of this.sleepers) wake();
    this.sleepers.clear();
  }

  /**
   * Whether a call that finishes a write already made (the ownership tag right
   * after CreateJob) may still go: always before a stop, and for a short
   * grace after one, so that a cancelled CI run leaves no job without its tag.
   */
  mayFinish(): boolean {
    return !this.stopped || this.now() - this.stoppedAt < this.graceMs;
  }

  /** Wait `ms`, or less when the run is stopped meanwhile. */
  sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}

/** A CI runner's cancel gives a process several seconds before it kills it; the tag call takes one round trip. */
export const STOP_GRACE_MS = 10_000;
