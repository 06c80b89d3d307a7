// One planned job applied, step by step: refuse what is not this run's to
// change, wait for a change order still running, act (create, update,
// delete, replace), read back what SAE took, suspend or resume; each step
// recorded, and a write that was sent never hidden by a later failure.
import { updateRequest } from '../pipeline/compile/compile.js';
import { INTERRUPTED, SaeError } from './errors.js';
import { newestChangeOrder } from './live.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { DEFAULT_POLL_MS, DEFAULT_TIMEOUT_MS, waitForJobChange, waitUntilGone, type WaitOutcome } from './wait.js';
import { CHANGE_ORDER_STATUS } from '../contract/api.js';
import {
  clearedParams,
  divergence,
  divergenceText,
  locationOf,
  resetParams,
  tagRequests,
  type PlannedJob,
} from '../pipeline/plan/plan.js';
import { DEFAULT_SET, OWNER_TAG, PROTECTED_LABEL } from '../pipeline/plan/ownership.js';
import { describedParams } from '../pipeline/plan/live-job.js';
import type { Session } from './session.js';
import type { SaeClient } from './client.js';

import type { ApplyOutcome, ApplyResult } from '../pipeline/plan/apply-result.js';
import { isHttpTriggered, webhookUrls } from './live.js';

import { createJobSafely, deleteJob } from './job-writes.js';
import { setSuspended } from './suspend.js';

import type { ApplyOptions } from './apply.js';

export class StepFailure extends Error {
  constructor(
    message: string,
    readonly outcome: ApplyOutcome = 'failed',
  ) {
    super(message);
  }
}

const describeChanges = (p: PlannedJob) =>
  p.replaceReasons
    .map((c) => `${c.param} ${JSON.stringify(c.before) ?? '(unset)'} → ${JSON.stringify(c.after)}`)
    .join(', ');

function waitSummary(w: WaitOutcome, changeOrder: string): string {
  switch (w.state) {
    case 'succeeded':
      return `change order ${changeOrder} succeeded`;
    case 'timeout':
      return `stopped waiting for change order ${changeOrder} (--timeout); it goes on in SAE`;
    case 'interrupted':
      return `stopped waiting for change order ${changeOrder} (interrupted); it goes on in SAE`;
    default:
      return `change order ${changeOrder}: ${w.message}`;
  }
}

/**
 * Applying one planned job: refuse what is not this run's to change, wait for a change order
 * still running, act (create, update, delete, replace), read back what SAE took, suspend or
 * resume, and record each step. A write that was sent is never hidden by a later failure.
 */
export class JobApplication {
  private readonly result: ApplyResult;
  private readonly client: SaeClient;
  private readonly retry: RetryPolicy;
  private readonly pollOptions: { timeoutMs: number; intervalMs: number; stop: Session['stop'] };
  /** Something was sent to SAE (an interruption then leaves work going on there). */
  private sent = false;
  /** A CreateJob or UpdateJob was sent: what SAE took is read back. */
  private wroteParams = false;

  constructor(
    private readonly session: Session,
    private readonly p: PlannedJob,
    private readonly o: ApplyOptions,
  ) {
    this.client = session.client(p.region);
    this.retry = o.retry ?? DEFAULT_RETRY;
    this.result = { ...locationOf(p), action: p.action, outcome: 'unchanged', steps: [] };
    if (p.appId) this.result.appId = p.appId;
    this.pollOptions = {
      timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      intervalMs: o.pollIntervalMs ?? DEFAULT_POLL_MS,
      stop: session.stop,
    };
  }

  async run(): Promise<ApplyResult> {
    const { p, result } = this;
    if (this.session.stop.stopped && p.action !== 'unchanged') {
      result.outcome = 'skipped';
      result.steps.push('nothing sent: apply was interrupted before this job');
      return result;
    }
    try {
      this.refuseWhatIsNotOurs();
      // A change order of the job still runs (one this or another apply started): a new change would be refused until it ends.
      if (p.lastChangeOrder?.state === 'running' && p.appId) {
        this.step(
          `the job's change order${p.lastChangeOrder.changeOrderId ? ` ${p.lastChangeOrder.changeOrderId}` : ''} is still running in SAE: waiting for it first`,
        );
        await this.wait(p.lastChangeOrder.changeOrderId, p.appId, true);
      }
      await this.act();
      await this.finish();
    } catch (e) {
      if (e instanceof SaeError && e.code === INTERRUPTED) {
        result.outcome = this.sent ? 'interrupted' : 'skipped';
        result.error = this.sent
          ? 'interrupted: what was sent goes on in SAE; nothing more was sent'
          : 'nothing sent: apply was interrupted';
      } else {
        result.outcome = e instanceof StepFailure ? e.outcome : 'failed';
        result.error = e instanceof SaeError ? e.describe() : (e as Error).message;
      }
    }
    return result;
  }

  /** Ownership first: a job of another set, or made in the console, is not this run's to change. */
  private refuseWhatIsNotOurs(): void {
    const { p, o } = this;
    if (p.ownership?.state === 'other' && p.action !== 'unchanged')
      throw new StepFailure(
        `owned by the set ${p.ownership.set} (its ${OWNER_TAG} tag), not this one: saejob leaves it alone (run with --set ${p.ownership.set} to manage it from there)`,
        'refused',
      );
    if (p.ownership?.state === 'unowned' && p.action !== 'unchanged' && !o.adopt)
      throw new StepFailure(
        `not owned by saejob (no ${OWNER_TAG} tag: made in the console, or by an older saejob): apply --adopt takes it over, or saejob export --adopt`,
        'refused',
      );
    if (p.protected && (p.action === 'replace' || p.action === 'delete'))
      throw new StepFailure(
        `labelled ${PROTECTED_LABEL}: saejob does not ${p.action} it (remove the label first)`,
        'refused',
      );
  }

  private async act(): Promise<void> {
    const { p } = this;
    switch (p.action) {
      case 'unchanged':
        return;
      case 'wait':
        // Waited for above; a label or the ownership tag may still be due (adopting a job whose change order ran).
        if (p.tagChanges?.length) await this.applyTags(p.appId!, false);
        return;
      case 'create':
        return this.create();
      case 'update':
        return this.update();
      case 'delete':
        return this.remove();
      case 'replace':
        return this.replace();
    }
  }

  private async update(): Promise<void> {
    const { p } = this;
    if (!p.changes.length && p.lastChangeOrder?.state !== 'failed') return this.applyTags(p.appId!, false);
    const what = p.changes.length
      ? p.changes.map((c) => c.param).join(', ')
      : "the manifest's state again: the last change order failed";
    const r = await this.client.send(updateRequest(p.appId!, { ...p.job.params, ...resetParams(p) }, clearedParams(p)));
    this.sent = true;
    this.wroteParams = true;
    if (!r?.ChangeOrderId)
      throw new StepFailure(
        `SAE accepted UpdateJob (${what}) but named no change order, so nothing says the change was made: run saejob plan to see the job as it is`,
      );
    this.result.changeOrderId = r.ChangeOrderId;
    this.step(`UpdateJob sent (${what}): change order ${r.ChangeOrderId}`);
    await this.applyTags(p.appId!, false);
    await this.wait(r.ChangeOrderId, p.appId!);
  }

  /** DeleteJob (--prune), then until SAE no longer shows the job. */
  private async remove(): Promise<void> {
    const { p } = this;
    const { alreadyGone } = await deleteJob(this.client, p.appId!);
    this.sent = true;
    this.step(
      alreadyGone
        ? `DeleteJob: AppId ${p.appId} was already gone`
        : `DeleteJob sent: AppId ${p.appId} (no manifest names it: --prune)`,
    );
    if (!alreadyGone && !(await this.gone(p.appId!)))
      throw new StepFailure('DeleteJob was accepted, but SAE still shows the job after --timeout');
  }

  private async replace(): Promise<void> {
    const { p } = this;
    if (!this.o.replace)
      throw new StepFailure(
        `create-only fields differ (${describeChanges(p)}): SAE cannot change them in place. Re-run with --replace to delete the job and create it again (its run history goes with it)`,
        'refused',
      );
    const { alreadyGone } = await deleteJob(this.client, p.appId!);
    this.sent = true;
    this.step(alreadyGone ? `DeleteJob: AppId ${p.appId} was already gone` : `DeleteJob sent: AppId ${p.appId}`);
    // Even with --no-wait: a job of the same name cannot be created while the old one is still there.
    if (!alreadyGone) {
      if (!(await this.gone(p.appId!))) {
        if (this.session.stop.stopped)
          throw new StepFailure(
            'interrupted after DeleteJob: the job was deleted and not created again; run saejob apply again',
            'interrupted',
          );
        throw new StepFailure(
          `the job was deleted, but SAE still shows it after --timeout, so it was not created again: run saejob apply again once it is gone`,
        );
      }
      this.step(`AppId ${p.appId} is gone`);
    }
    await this.create();
  }

  private gone(appId: string): Promise<boolean> {
    return waitUntilGone(this.client, appId, {
      ...this.pollOptions,
      timeoutMs: this.session.remainingMs(this.o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  }

  private async create(): Promise<void> {
    const { p, session, result } = this;
    // The new job's tags join a batch of this run's creates (one TagResources for up to 50 jobs).
    const leave = session.tags.creatingOne();
    let r: { AppId: string; ChangeOrderId?: string };
    let tagged: Promise<number>;
    try {
      r = await createJobSafely(this.client, p, this.retry, (m) => this.note(m), { set: this.o.set });
      this.sent = true;
      this.wroteParams = true;
      result.appId = r.AppId;
      if (r.ChangeOrderId) result.changeOrderId = r.ChangeOrderId;
      this.step(`CreateJob sent: AppId ${r.AppId}${r.ChangeOrderId ? `, change order ${r.ChangeOrderId}` : ''}`);
      tagged = session.tags.tag(this.client, p.region, r.AppId, p.tags ?? {}, session.stop.stopped);
      tagged.catch(() => {}); // awaited below; a failure is this job's
    } finally {
      leave();
    }
    try {
      await this.wait(r.ChangeOrderId, r.AppId);
    } finally {
      // Ownership is recorded whatever the wait did.
      const size = await tagged;
      this.step(
        `TagResources sent: ${Object.keys(p.tags ?? {}).join(', ')}${size > 1 ? ` (one call for ${size} new jobs)` : ''}`,
      );
    }
  }

  /**
   * Tags right after the write that makes or changes the job, before any wait: ownership is
   * recorded even when the wait fails. A new job gets every tag; an existing one the changes.
   */
  private async applyTags(appId: string, created: boolean): Promise<void> {
    for (const r of tagRequests(this.p, created, appId)) {
      // Even after Ctrl-C or a CI cancel (within a short grace): a job without its tag would be no one's.
      await this.client.send(r, { finishing: true });
      this.sent = true;
      this.step(
        `${r.operation} sent: ${r.operation === 'TagResources' ? (JSON.parse(String(r.body.Tags)) as { key: string }[]).map((t) => t.key).join(', ') : (JSON.parse(String(r.query.TagKeys)) as string[]).join(', ')}`,
      );
    }
  }

  /** What SAE took, then suspend or resume, then the outcome. */
  private async finish(): Promise<void> {
    const { p, o, result } = this;
    // SAE took what was sent? One DescribeJob once the change order succeeded (it also names an HTTP job's URLs).
    if (this.wroteParams && result.appId && o.wait !== false) await this.verify(result.appId);
    if (p.suspend && result.appId) {
      // After a --no-wait write its change order may still run: SAE would refuse SuspendJob meanwhile.
      if (o.wait === false && result.changeOrderId) await this.wait(result.changeOrderId, result.appId, true);
      await setSuspended(this.session, this.client, result.appId, p.suspend.to, (m) => this.step(m), this.pollOptions);
      this.sent = true;
    }
    result.outcome =
      o.wait === false && p.action !== 'unchanged' && p.action !== 'wait'
        ? 'submitted'
        : (
            {
              create: 'created',
              update: 'updated',
              replace: 'replaced',
              unchanged: 'unchanged',
              wait: 'unchanged',
              delete: 'deleted',
            } as const
          )[p.action];
  }

  /** Until the change order ends (found again if the answer that named it was lost); its end is a step. */
  private async wait(changeOrderId: string | undefined, appId: string, always = false): Promise<void> {
    const { p, o, session, client } = this;
    if (o.wait === false && !always) return;
    const opts = {
      ...this.pollOptions,
      timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      // How it ends is the wait's step ("change order … succeeded"): not said twice.
      onStatus: (s: number) => s !== 2 && this.note(`change order ${CHANGE_ORDER_STATUS[s] ?? `status ${s}`}`),
    };
    let id = changeOrderId;
    if (!id) {
      // The response that named it was lost: find it again among the job's change orders.
      id = (await newestChangeOrder(client, appId).catch(() => undefined))?.ChangeOrderId;
      if (id) this.step(`change order ${id} found with ListChangeOrders`);
    }
    // The change orders of a namespace are waited for together: one listing a poll for all (watch.ts).
    const w = id
      ? await session.watcher.wait(client, p.region, p.namespace, appId, id, opts)
      : await waitForJobChange(client, p.namespace, p.name, opts);
    this.step(waitSummary(w, id ?? '(from the job listing)'));
    if (w.state === 'failed') throw new StepFailure(w.message);
    if (w.state === 'timeout') throw new StepFailure('timed out waiting for the change order');
    if (w.state === 'interrupted')
      throw new StepFailure('interrupted while waiting: the change goes on in SAE', 'interrupted');
    if (w.state === 'paused') throw new StepFailure(w.message, 'paused');
  }

  /** One DescribeJob: every field sent must read back; what SAE filled in is said; an HTTP job's URLs. */
  private async verify(appId: string): Promise<void> {
    const { p, result } = this;
    const d = await this.client.call<Record<string, unknown>>('DescribeJob', { AppId: appId });
    const urls = webhookUrls(d);
    if (urls.length && isHttpTriggered(p.job.params.TriggerConfig)) {
      result.webhookUrls = urls;
      this.step(`HTTP trigger: ${urls.map((u) => `${u.url} (${u.network})`).join(', ')}`);
    }
    const { kept, filled } = divergence(
      p,
      { appId, params: describedParams(d), suspend: false },
      { set: this.o.set ?? DEFAULT_SET },
    );
    for (const c of filled)
      this.step(
        `SAE filled in ${divergenceText(c, p.job).replace(': sent (unset), SAE has', ' =')} although the manifest leaves it out: write it in the manifest, or the next plan shows it as a removal`,
      );
    if (kept.length)
      throw new StepFailure(
        `SAE accepted the change but did not take ${kept.length === 1 ? 'this field' : 'these fields'} (read back with DescribeJob): ${kept.map((c) => divergenceText(c, p.job)).join('; ')}. The next plan shows the same change again`,
        'not-converged',
      );
  }

  /** A step done: recorded in the result, and told to the caller. */
  private step(message: string): void {
    this.result.steps.push(message);
    this.o.onEvent?.(this.p, message, 'step');
  }

  /** How a wait or retry stands: told to the caller, for progress only. */
  private note(message: string): void {
    this.o.onEvent?.(this.p, message, 'note');
  }
}
