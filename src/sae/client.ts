// The SAE job API over @alicloud/pop-core's ROAClient (v1 ROA signatures),
// with typed errors, bounded retries and call counts.
import popCore from '@alicloud/pop-core';
import { answerCode, DEADLINE, INTERRUPTED, malformedResponse, SaeError, toSaeError } from './errors.js';
import type { StopSignal } from './stop.js';
import { DEFAULT_RETRY, sleep, withRetry, type RetryPolicy } from './retry.js';
import type { CredentialsSource } from './credentials.js';
import type { CallPace } from './pace.js';
import type { CompiledRequest, ParamValue } from '../pipeline/compile/compile.js';
import { operation, type Operation } from '../contract/api.js';
import type { Semaphore } from './concurrency.js';
import { boundedAgent, MAX_RESPONSE_BYTES, withBounds, type CallBounds } from './bounded-http.js';

export const API_VERSION = '2019-05-06';

export type { Operation };

export function regionEndpoint(region: string): string {
  return `https://sae.${region}.aliyuncs.com`;
}

export interface ClientOptions {
  endpoint: string;
  credentials: CredentialsSource;
  retry?: RetryPolicy;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Shared by every client of a run; see pace.ts. */
  pace?: CallPace;
  /** When the run's --timeout ends (epoch ms): no request is sent, and none waits, past it. */
  deadline?: number;
  /** Once stopped, no request is sent and retries stop waiting. */
  stop?: StopSignal;
  /** Requests in flight at once across the run (--concurrency); waits between them hold none. */
  slots?: Semaphore;
  /** Told of every retry, for the progress display. */
  /** `about`: the AppId, NamespaceId, AppName or ChangeOrderId the call was for, when it names one. */
  onRetry?: (operation: Operation, e: SaeError, attempt: number, delayMs: number, about: string | undefined) => void;
}

export interface CallOptions {
  /** Retry even errors that leave the outcome unknown (false for CreateJob: the caller looks first). */
  retryUnknown?: boolean;
  /** Codes to retry besides the retryable ones. */
  extraRetry?: (e: SaeError) => boolean;
  /** The call finishes a write already made (its ownership tag): it may go within the stop's grace. */
  finishing?: boolean;
}

export class SaeClient {
  private readonly roa: any;
  readonly calls: Partial<Record<Operation, number>> = {};

  constructor(readonly options: ClientOptions) {
    const { ROAClient } = popCore as unknown as { ROAClient: new (c: object) => unknown };
    this.roa = new ROAClient({
      endpoint: options.endpoint,
      apiVersion: API_VERSION,
      credentialsProvider: options.credentials,
      opts: { timeout: options.timeoutMs ?? 15_000 },
    });
    // Every call's answer is read within its deadline and a size bound (bounded-http.ts).
    this.roa.keepAliveAgent = boundedAgent(options.endpoint);
  }

  /**
   * One signed request, retried as its kind allows. Each parameter travels
   * where the contract puts it for this operation (query string or body): a
   * caller names parameters, never their placement. Resolves to the
   * response's Data.
   */
  async call<T = any>(
    op: Operation,
    params: Record<string, ParamValue | undefined> = {},
    opts: CallOptions = {},
  ): Promise<T> {
    const { method, path, reqBodyType, params: contractParams } = operation(op);
    const q: Record<string, string> = {};
    const formEntries: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined) continue;
      const placement = contractParams[name]?.in;
      // A programming error, not SAE's: the contract is the list of what an operation takes.
      if (placement === undefined) throw new Error(`${op} takes no parameter ${name} (sae-contract.json)`);
      (placement === 'body' ? formEntries : q)[name] = String(value);
    }
    // The body as the contract says the operation takes it: a form, or one JSON object (the ConfigMap operations).
    const json = reqBodyType === 'json' && Object.keys(formEntries).length > 0;
    const form = json ? JSON.stringify(formEntries) : new URLSearchParams(formEntries).toString();
    const send = async () => {
      const release = await this.options.slots?.acquire();
      try {
        return await sendOnce();
      } finally {
        release?.();
      }
    };
    const sendOnce = async () => {
      await this.options.pace?.turn();
      this.checkDeadline(op, opts.finishing);
      this.calls[op] = (this.calls[op] ?? 0) + 1;
      // The call's deadline destroys its socket (httpx's own timer only rejects), and its answer is bounded.
      const timeout = this.requestTimeout();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeout);
      timer.unref();
      const bounds: CallBounds = { signal: controller.signal, maxBytes: MAX_RESPONSE_BYTES };
      try {
        const opts = { timeout, beforeRequest: withBounds(bounds) };
        const headers = form ? { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded' } : {};
        const res: unknown =
          (method === 'GET' || method === 'DELETE') && !form
            ? await this.roa.request(method, path, q, '', {}, opts)
            : await this.roa.request(method, path, q, form, headers, opts);
        // pop-core hands back whatever a non-JSON answer was (an HTML 502 page) as a string.
        if (!res || typeof res !== 'object')
          throw malformedResponse(
            typeof res === 'string' && res.trim().startsWith('<') ? 'an HTML page' : 'something else',
          );
        const envelope = res as {
          Success?: unknown;
          Code?: unknown;
          ErrorCode?: unknown;
          Message?: unknown;
          RequestId?: string;
          Data?: unknown;
        };
        if (envelope.Success === false || envelope.Success === 'false') {
          throw new SaeError(
            'api',
            answerCode(envelope as Record<string, unknown>, undefined),
            String(envelope.Message || `${op} answered Success: false`),
            400,
            envelope.RequestId,
          );
        }
        return envelope.Data as T;
      } catch (err) {
        if (bounds.tooLarge)
          throw new SaeError(
            'network',
            'ResponseTooLarge',
            `${op}'s answer was larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB: not SAE's (a proxy?); the connection was closed`,
          );
        if (controller.signal.aborted)
          throw new SaeError(
            'timeout',
            'RequestTimeout',
            `no complete answer to ${op} in time; the connection was closed`,
          );
        const e = toSaeError(err);
        if (e.meaning === 'throttle') this.options.pace?.throttled();
        throw e;
      } finally {
        clearTimeout(timer);
      }
    };
    const policy = this.options.retry ?? DEFAULT_RETRY;
    const deadline = this.options.deadline;
    return withRetry(
      send,
      // Throttling and a running change order are waited out until --timeout, not for a count of attempts.
      {
        ...policy,
        ...(deadline !== undefined ? { untilDeadline: (e: SaeError) => e.retryUntilDeadline } : {}),
        sleep: (ms) =>
          (policy.sleep ?? this.options.stop?.sleep.bind(this.options.stop) ?? sleep)(
            Math.max(0, Math.min(ms, (deadline ?? Infinity) - Date.now())),
          ),
      },
      (e) => (e.retryable && (opts.retryUnknown !== false || !e.outcomeUnknown)) || (opts.extraRetry?.(e) ?? false),
      (e, attempt, delay) =>
        this.options.onRetry?.(
          op,
          e,
          attempt,
          delay,
          String(params.AppId ?? params.AppName ?? params.NamespaceId ?? params.ChangeOrderId ?? '') || undefined,
        ),
    );
  }

  /** The run's --timeout, as a time; every request and retry stays inside it. */
  private checkDeadline(op: Operation, finishing = false): void {
    if (this.options.stop?.stopped && !(finishing && this.options.stop.mayFinish()))
      throw new SaeError('timeout', INTERRUPTED, `interrupted before ${op} was sent`);
    if (this.options.deadline !== undefined && Date.now() >= this.options.deadline)
      throw new SaeError('timeout', DEADLINE, `--timeout ran out before ${op} could be sent`);
  }

  private requestTimeout(): number {
    const base = this.options.timeoutMs ?? 15_000;
    return this.options.deadline === undefined ? base : Math.max(1, Math.min(base, this.options.deadline - Date.now()));
  }

  /** A compiled request (its query and body split is for display: the client places each parameter itself). */
  send<T = { AppId: string; ChangeOrderId: string }>(req: CompiledRequest, opts: CallOptions = {}): Promise<T> {
    return this.call<T>(req.operation, { ...req.query, ...req.body }, opts);
  }

  totalCalls(): number {
    return Object.values(this.calls).reduce((a, b) => a + (b ?? 0), 0);
  }
}

export { SaeError, toSaeError };
