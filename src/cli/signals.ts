// Ctrl-C (or a CI runner's SIGTERM) as cancellation: the first signal aborts
// (the operation sends nothing more, ends its waits and returns what it did);
// a second ends the process at once.
import type { Io } from './io.js';

export interface Cancellation {
  signal: AbortSignal;
  /** The signal that cancelled the run, if one did. */
  readonly received: NodeJS.Signals | undefined;
  /** Stop listening (after the operation returned). */
  dispose(): void;
}

export const exitCodeOf = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? 130 : 143);

export function cancelOnSignals(io: Io, what: string): Cancellation {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(exitCodeOf(signal));
    received = signal;
    io.err(`\nsaejob: ${signal}: ${what} (again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
