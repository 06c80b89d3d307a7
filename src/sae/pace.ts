// SAE allows about 60 API calls a minute per user (sae-job-api.md). saejob
// calls freely until SAE first answers with throttling, then spaces every
// further call of the run at the given rate (`--rate-limit`, default 60).
// One pace per run: the limit is per user, across regions.
import { sleep } from './retry.js';

export const SAE_CALLS_PER_MINUTE = 60;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const REAL_CLOCK: Clock = { now: () => Date.now(), sleep };

export class CallPace {
  private nextSlot = 0;
  private limited = false;
  constructor(
    private readonly perMinute: number = SAE_CALLS_PER_MINUTE,
    /** Injectable, so that a test of the pacing does not depend on the machine's speed. */
    private readonly clock: Clock = REAL_CLOCK,
    /** Told once, when the run starts being paced. */
    private readonly onLimited?: (callsPerMinute: number) => void,
  ) {}

  /** When the run's last `perMinute` calls were sent (oldest first): SAE's window is a minute of them. */
  private readonly sent: number[] = [];

  /**
   * Wait for this call's turn: none until SAE has throttled the run; then
   * spaced at the rate, and never inside a full window — a call waits until
   * the oldest of the last `perMinute` calls is a minute old, so a run that
   * spent its minute at once waits for the window instead of being refused
   * once a second until it frees.
   */
  async turn(): Promise<void> {
    const now = this.clock.now();
    let slot = now;
    if (this.limited) {
      const windowFree = this.sent.length >= this.perMinute ? this.sent[0]! + 60_000 : now;
      slot = Math.max(now, this.nextSlot, windowFree);
      this.nextSlot = slot + 60_000 / this.perMinute;
    }
    this.sent.push(slot);
    if (this.sent.length > this.perMinute) this.sent.shift();
    if (slot > now) await this.clock.sleep(slot - now);
  }

  /** SAE said "too many": keep to the rate from now on. */
  throttled(): void {
    if (!this.limited) this.onLimited?.(this.perMinute);
    this.limited = true;
  }

  get isLimited(): boolean {
    return this.limited;
  }
}
