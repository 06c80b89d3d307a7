// The SAE job API over @alicloud/pop-core's ROAClient (v1 ROA signatures),
// with typed errors, bounded retries and call counts.
import popCore from '@alicloud/pop-core';
import { SaeError, toSaeError } from './errors.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import type { CredentialsSource } from './credentials.js';
import type { CallPace } from './pace.js';
import type { CompiledRequest, ParamValue } from '../compile.js';
import { operation, type Operation } from '../sae/api.js';

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
  /** Told of every retry, for the progress display. */
  onRetry?: (operation: Operation, e: SaeError, attempt: number, delayMs: number) => void;
}

export interface CallOptions {
  /** Retry even errors that leave the outcome unknown (false for CreateJob: the caller looks first). */
  retryUnknown?: boolean;
  /** Codes to retry besides the retryable ones. */
  extraRetry?: (e: SaeError) => boolean;
}

const stringify = (params: Record<string, ParamValue | undefined>) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = String(v);
  return out;
};

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
  }

  /** One signed request, retried as its kind allows. Resolves to the response's Data. */
  async call<T = any>(op: Operation, query: Record<string, ParamValue | undefined> = {}, body: Record<string, ParamValue | undefined> = {}, opts: CallOptions = {}): Promise<T> {
    const { method, path } = operation(op);
    const q = stringify(query);
    const formEntries = stringify(body);
    const form = new URLSearchParams(formEntries).toString();
    const send = async () => {
      await this.options.pace?.turn();
      this.calls[op] = (this.calls[op] ?? 0) + 1;
      try {
        let res: any;
        if (method === 'GET') res = await this.roa.get(path, q);
        else if (method === 'DELETE') res = await this.roa.delete(path, q);
        else res = await this.roa.post(path, q, form, form ? { 'content-type': 'application/x-www-form-urlencoded' } : {});
        return res.Data as T;
      } catch (err) {
        const e = toSaeError(err);
        if (e.code.startsWith('Throttling')) this.options.pace?.throttled();
        throw e;
      }
    };
    return withRetry(
      send,
      this.options.retry ?? DEFAULT_RETRY,
      (e) => (e.retryable && (opts.retryUnknown !== false || !e.outcomeUnknown)) || (opts.extraRetry?.(e) ?? false),
      (e, attempt, delay) => this.options.onRetry?.(op, e, attempt, delay),
    );
  }

  send(req: CompiledRequest, opts: CallOptions = {}): Promise<{ AppId: string; ChangeOrderId: string }> {
    return this.call(req.operation, req.query, req.body, opts);
  }

  totalCalls(): number {
    return Object.values(this.calls).reduce((a, b) => a + (b ?? 0), 0);
  }
}

export { SaeError, toSaeError };
