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
  ) {}

  /** Wait for this call's turn (no wait until SAE has throttled the run). */
  async turn(): Promise<void> {
    if (!this.limited) return;
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 60_000 / this.perMinute;
    if (slot > now) await this.clock.sleep(slot - now);
  }

  /** SAE said "too many": keep to the rate from now on. */
  throttled(): void {
    this.limited = true;
  }

  get isLimited(): boolean {
    return this.limited;
  }
}
