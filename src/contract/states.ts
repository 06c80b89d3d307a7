// The SAE table's states and limits: change-order and run statuses, paging,
// tags, ConfigMap keys, and SuspendJob's contested polarity.
/** ListJobs' largest PageSize. */
export const MAX_PAGE_SIZE = 200;

/** DescribeChangeOrder `Status`. */
export const CHANGE_ORDER_STATUS: Record<number, string> = {
  0: 'preparing',
  1: 'in progress',
  2: 'succeeded',
  3: 'failed',
  6: 'terminated',
  8: 'waiting for manual batch confirmation',
  9: 'waiting for automatic batch confirmation',
  10: 'system failure',
  11: 'pending approval',
  12: 'approved, pending execution',
};

/** How each status ends (or does not) — the one classification the waits, the planner and the emulator share. */
export const CHANGE_ORDER_SUCCEEDED = 2;

/** Ended badly, with what to say of it. */
export const CHANGE_ORDER_FAILED: Readonly<Record<number, string>> = {
  3: 'failed',
  6: 'was terminated',
  10: 'failed (system failure)',
};

/** Waiting for a person: it goes on only when someone acts in SAE. */
export const CHANGE_ORDER_PAUSED: Readonly<Record<number, string>> = {
  8: 'waits for a person to confirm the next batch in the SAE console',
  11: 'waits for approval in SAE',
};

/** Still running by itself. */
export const CHANGE_ORDER_RUNNING: ReadonlySet<number> = new Set([0, 1, 9, 12]);

/** DescribeChangeOrder `SubStatus` 1: a batch failed; the order stays "in progress" until someone rolls it back. */
export const SUB_STATUS_BATCH_FAILED = 1;

/** ListJobs `LastChangeorderState`: the last change order's outcome (not a change-order status). */
export const LAST_CHANGE_ORDER_STATE = { succeeded: '1', failed: '0' } as const;

/** DescribeJobStatus / DescribeJobHistory `State`, ListJobs `LastJobState`. */
export const RUN_STATES: Record<string, string> = { '0': 'not run', '1': 'succeeded', '2': 'failed', '3': 'running' };

/** ExecJob's `Data.Success` is a string. */
export const EXEC_SUCCESS = 'true';

/** Tags resource type of jobs (jobs are applications with Workload=job). */
export const TAG_RESOURCE_TYPE = 'application';

/** Resource IDs a TagResources / UntagResources call takes at most. */
export const MAX_TAGGED_RESOURCES = 50;

/** Tag keys SAE (and Alibaba Cloud) keep for their own tags: never set, never diffed. */
export const RESERVED_TAG_PREFIXES = ['aliyun', 'acs:'] as const;

export const isSystemTag = (key: string) => RESERVED_TAG_PREFIXES.some((p) => key.startsWith(p));

/** envFrom's whole-ConfigMap entries in Envs are named with this prefix. */
export const CONFIGMAP_ALL_PREFIX = 'sae-sys-configmap-all-';

/**
 * What SuspendJob's boolean `Suspend` does. The SDK models and the Chinese
 * API page describe `true` as *start* and `false` as *suspend*; the
 * parameter's name, and DescribeJob's and ListJobs' `Suspend` ("is paused"),
 * say the opposite. Nobody here can test it on a real account, so saejob
 * starts from the documented meaning, reads the job back after every
 * SuspendJob, and corrects itself (for the rest of the run) if SAE did the
 * opposite. This is the one place `spec.suspend` becomes the parameter.
 */
export type SuspendPolarity = 'true-starts' | 'true-suspends';

export const DOCUMENTED_SUSPEND_POLARITY: SuspendPolarity = 'true-starts';

export function suspendParam(paused: boolean, polarity: SuspendPolarity): boolean {
  return polarity === 'true-suspends' ? paused : !paused;
}
