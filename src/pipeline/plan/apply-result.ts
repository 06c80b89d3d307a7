// What applying one job ended in: the data apply returns and every apply
// reporter renders (output/ imports this, never the apply engine in sae/).
import type { JobLocation, PlannedJob } from './plan.js';

/** Every way one manifest's apply can end, in the order summaries list them. */
export const APPLY_OUTCOMES = [
  'created',
  'updated',
  'replaced',
  'unchanged',
  'submitted',
  'paused',
  'refused',
  'not-converged',
  'failed',
  'interrupted',
  'skipped',
  'not-in-plan',
  'deleted',
] as const;
export type ApplyOutcome = (typeof APPLY_OUTCOMES)[number];

export interface ApplyResult extends JobLocation {
  /** What was applied: a job unless it says ConfigMap (whose `name` then reads `ConfigMap NAME`). */
  kind?: 'ConfigMap';
  action: PlannedJob['action'];
  outcome: ApplyOutcome;
  appId?: string;
  changeOrderId?: string;
  /** What was done, in order: each write sent and each wait's end. */
  steps: string[];
  error?: string;
  /** An HTTP-triggered job's URLs, as DescribeJob gives them after the change. */
  webhookUrls?: WebhookUrl[];
}

export interface WebhookUrl {
  url: string;
  network: 'public' | 'VPC';
}

// not-in-plan: `apply PLANFILE` leaves a manifest the saved plan does not hold alone (a later plan takes it).
export const SUCCESS_OUTCOMES: ReadonlySet<ApplyOutcome> = new Set([
  'created',
  'updated',
  'replaced',
  'unchanged',
  'submitted',
  'paused',
  'not-in-plan',
  'deleted',
]);
