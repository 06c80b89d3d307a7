/** The run's --timeout ran out before a request could be sent. */
export declare const DEADLINE = "DeadlineExceeded";
/** The run was stopped (SIGINT, SIGTERM) before a request could be sent. */
export declare const INTERRUPTED = "Interrupted";
export type FailureKind = 'api' | 'network' | 'timeout' | 'credentials';
export declare class SaeError extends Error {
    readonly kind: FailureKind;
    readonly code: string;
    readonly status?: number | undefined;
    readonly requestId?: string | undefined;
    constructor(kind: FailureKind, code: string, message: string, status?: number | undefined, requestId?: string | undefined);
    /** What SAE's code means for the caller (the ERROR_CODES table), if it is one saejob knows. */
    get meaning(): ErrorMeaning | undefined;
    /** Worth trying again after a pause (sae-job-api.md, Errors). */
    get retryable(): boolean;
    /**
     * Retried for as long as the run's --timeout allows rather than a count of
     * attempts: SAE's limit is calls a minute (a window longer than the
     * backoff), and a change order that blocks a write takes minutes.
     */
    get retryUntilDeadline(): boolean;
    /** The request may have been carried out although no answer says so. */
    get outcomeUnknown(): boolean;
    get notFound(): boolean;
    /** One line for people: code, message, request ID. */
    describe(): string;
}
/**
 * What an SAE error code means for a caller: `throttle` (SAE's 60 calls a
 * minute: wait for the window), `retry` (try again after a pause),
 * `conflict` (a change order of the job still runs: wait for it), and
 * `not-found`. Any code containing `Throttling` is throttling too
 * (Terraform's alicloud provider treats them so). Sources: sae-job-api.md
 * (Errors, Corrections), the SDK models, Terraform's alicloud/errors.go.
 */
export type ErrorMeaning = 'throttle' | 'retry' | 'conflict' | 'not-found';
export declare const ERROR_CODES: Readonly<Record<string, ErrorMeaning>>;
export declare function meaningOf(code: string): ErrorMeaning | undefined;
/**
 * The code of an SAE answer, read from the whole answer: the SDK models
 * describe `Code` as "the HTTP status code or the POP error code" and
 * `ErrorCode` separately, and where a business code travels is not
 * documented. A code saejob knows wins, then any that is not a bare HTTP
 * status, then the status.
 */
export declare function answerCode(body: Record<string, unknown> | undefined, status: number | undefined): string;
/**
 * What pop-core and httpx throw, as an SaeError. A transport failure's own
 * message carries the request URL — query parameters and all — so it is
 * never kept: the message is made from the error code alone. SAE's answers
 * keep SAE's Message (redacted by the caller like any other output).
 */
export declare function toSaeError(err: unknown): SaeError;
/** An answer that is not SAE's JSON envelope (a proxy's HTML 502, a truncated body): the outcome of a write is unknown. */
export declare function malformedResponse(what: string): SaeError;
