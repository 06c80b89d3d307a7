// SuspendJob: sent, then read back, because what its parameter means is
// contested (see suspendParam); the polarity is learned one job at a time
// and a slow SAE is given SUSPEND_READ_BACKS reads to show it.
import type { SaeClient } from './client.js';
import { DEFAULT_POLL_MS } from './wait.js';
import { suspendParam } from '../contract/api.js';
import type { Session } from './session.js';

import { StepFailure } from './apply.js';

/**
 * SuspendJob, verified: read the job back until it shows the state asked
 * for. SAE may take a while (the emulator's --suspend-after-reads plays a
 * slow one), so nothing is concluded about what the parameter means until
 * the job has had time to settle: SUSPEND_READ_BACKS reads, the pause
 * growing to 5 s (about 45 s in all), within --timeout. Only a job still
 * in the old state after all of them is taken as SAE reading the flag the
 * other way (its documentation says both): then the other value is sent,
 * once, and that meaning kept for the rest of the run.
 */
export async function setSuspended(
  session: Session,
  client: SaeClient,
  appId: string,
  paused: boolean,
  step: (m: string) => void,
  o: { intervalMs?: number },
): Promise<void> {
  // Until one read-back has shown what the parameter means, SuspendJobs go one at a time: two jobs
  // learning it at once would both send both values.
  const release = session.suspendPolarityKnown ? undefined : await session.suspendLearning.acquire();
  try {
    await suspendOnce(session, client, appId, paused, step, o);
  } finally {
    release?.();
  }
}

async function suspendOnce(
  session: Session,
  client: SaeClient,
  appId: string,
  paused: boolean,
  step: (m: string) => void,
  o: { intervalMs?: number },
): Promise<void> {
  const readBack = async (want: boolean) => {
    let interval = o.intervalMs ?? DEFAULT_POLL_MS;
    for (let read = 1; ; read++) {
      const d = await client.call<{ Suspend?: boolean | string }>('DescribeJob', { AppId: appId });
      const suspended = d?.Suspend === true || d?.Suspend === 'true';
      if (suspended === want || read >= SUSPEND_READ_BACKS || session.remainingMs(interval + 1) <= interval)
        return { suspended, reads: read };
      await (session.stop.stopped ? Promise.resolve() : session.stop.sleep(interval));
      interval = Math.min(5_000, Math.round(interval * 1.5));
    }
  };
  const polarity = session.suspendPolarity;
  const flag = suspendParam(paused, polarity);
  await client.call('SuspendJob', { AppId: appId, Suspend: flag });
  const first = await readBack(paused);
  const state = (p: boolean) => (p ? 'suspended' : 'running');
  if (first.suspended === paused) {
    session.suspendPolarityKnown = true;
    step(
      `SuspendJob sent: Suspend=${flag}; the job is ${state(paused)} (read back${first.reads > 1 ? ` after ${first.reads} reads` : ''})`,
    );
    return;
  }
  if (first.reads < SUSPEND_READ_BACKS)
    throw new StepFailure(
      `SuspendJob sent: Suspend=${flag}, but the job still reads ${state(!paused)} and --timeout leaves no time to let it settle: run saejob plan later to see where it stands`,
    );
  const other = polarity === 'true-starts' ? 'true-suspends' : 'true-starts';
  session.suspendPolarity = other;
  session.suspendPolarityKnown = true;
  step(
    `SuspendJob sent: Suspend=${flag}, but after ${first.reads} reads the job is still ${state(!paused)}: SAE reads the flag the other way (its documentation says both); sending Suspend=${!flag} and using that meaning for the rest of this run`,
  );
  await client.call('SuspendJob', { AppId: appId, Suspend: !flag });
  if ((await readBack(paused)).suspended !== paused)
    throw new StepFailure(`SuspendJob with Suspend=true and with Suspend=false both left the job ${state(!paused)}`);
  step(`the job is ${state(paused)} (read back)`);
}

/** Reads of DescribeJob after a SuspendJob before saejob concludes SAE did the opposite (about 45 s at the default pace). */
export const SUSPEND_READ_BACKS = 12;
