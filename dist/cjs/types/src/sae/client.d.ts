import { SaeError, toSaeError } from './errors.js';
import type { StopSignal } from './stop.js';
import { type RetryPolicy } from './retry.js';
import type { CredentialsSource } from './credentials.js';
import type { CallPace } from './pace.js';
import type { CompiledRequest, ParamValue } from '../pipeline/compile/compile.js';
import { type Operation } from '../contract/api.js';
import type { Semaphore } from './concurrency.js';
export declare const API_VERSION = "2019-05-06";
export type { Operation };
export declare function regionEndpoint(region: string): string;
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
export declare class SaeClient {
    readonly options: ClientOptions;
    private readonly roa;
    readonly calls: Partial<Record<Operation, number>>;
    constructor(options: ClientOptions);
    /**
     * One signed request, retried as its kind allows. Each parameter travels
     * where the contract puts it for this operation (query string or body): a
     * caller names parameters, never their placement. Resolves to the
     * response's Data.
     */
    call<T = any>(op: Operation, params?: Record<string, ParamValue | undefined>, opts?: CallOptions): Promise<T>;
    /** The run's --timeout, as a time; every request and retry stays inside it. */
    private checkDeadline;
    private requestTimeout;
    /** A compiled request (its query and body split is for display: the client places each parameter itself). */
    send<T = {
        AppId: string;
        ChangeOrderId: string;
    }>(req: CompiledRequest, opts?: CallOptions): Promise<T>;
    totalCalls(): number;
}
export { SaeError, toSaeError };
