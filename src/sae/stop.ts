// Stopping a run on request (SIGINT, SIGTERM): no new request is sent, and
// every wait ends at once, so that what was sent can be reported.
export class StopSignal {
  stopped = false;
  private readonly sleepers = new Set<() => void>();

  stop(): void {
    this.stopped = true;
    for (const wake of this.sleepers) wake();
    this.sleepers.clear();
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
