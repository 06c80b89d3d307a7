// SAE failures as data: the code SAE sent (or the network failure), whether
// trying again can help, and whether a write may have happened anyway.

/** The run's --timeout ran out before a request could be sent. */
export const DEADLINE = 'DeadlineExceeded';
/** The run was stopped (SIGINT, SIGTERM) before a request could be sent. */
export const INTERRUPTED = 'Interrupted';

export type FailureKind = 'api' | 'network' | 'timeout' | 'credentials';

export class SaeError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'SaeError';
  }

  /** What SAE's code means for the caller (the ERROR_CODES table), if it is one saejob knows. */
  get meaning(): ErrorMeaning | undefined {
    return this.kind === 'api' ? meaningOf(this.code) : undefined;
  }

  /** Worth trying again after a pause (sae-job-api.md, Errors). */
  get retryable(): boolean {
    if (this.code === DEADLINE || this.code === INTERRUPTED) return false;
    // A host name that does not resolve (a region typo) will not resolve in a second either; an endpoint
    // that answers with megabytes is not SAE.
    if (this.code === 'ENOTFOUND' || this.code === 'ResponseTooLarge') return false;
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind !== 'api') return false;
    const m = this.meaning;
    return (this.status ?? 0) >= 500 || m === 'retry' || m === 'throttle' || m === 'conflict';
  }

  /**
   * Retried for as long as the run's --timeout allows rather than a count of
   * attempts: SAE's limit is calls a minute (a window longer than the
   * backoff), and a change order that blocks a write takes minutes.
   */
  get retryUntilDeadline(): boolean {
    const m = this.meaning;
    return m === 'throttle' || m === 'conflict';
  }

  /** The request may have been carried out although no answer says so. */
  get outcomeUnknown(): boolean {
    if (this.code === DEADLINE || this.code === INTERRUPTED) return false; // nothing was sent
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'api' && (this.status ?? 0) >= 500);
  }

  get notFound(): boolean {
    return this.status === 404 || this.meaning === 'not-found';
  }

  /** One line for people: code, message, request ID. */
  describe(): string {
    return `${this.code}: ${this.message}${this.requestId ? ` (RequestId ${this.requestId})` : ''}`;
  }
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

export const ERROR_CODES: Readonly<Record<string, ErrorMeaning>> = {
  Throttling: 'throttle',
  'Throttling.User': 'throttle',
  'Throttling.Api': 'throttle',
  'Rejected.Throttling': 'throttle',
  ServiceUnavailable: 'retry',
  'System.Upgrading': 'retry',
  InternalError: 'retry',
  'Application.InvalidStatus': 'retry',
  'Application.ChangerOrderRunning': 'conflict',
  'InvalidAppId.NotFound': 'not-found',
  'InvalidApplication.NotFound': 'not-found',
  'InvalidNamespaceId.NotFound': 'not-found',
  'InvalidChangeOrder.NotFound': 'not-found',
};

export function meaningOf(code: string): ErrorMeaning | undefined {
  return ERROR_CODES[code] ?? (/Throttling/i.test(code) ? 'throttle' : undefined);
}

/**
 * The code of an SAE answer, read from the whole answer: the SDK models
 * describe `Code` as "the HTTP status code or the POP error code" and
 * `ErrorCode` separately, and where a business code travels is not
 * documented. A code saejob knows wins, then any that is not a bare HTTP
 * status, then the status.
 */
export function answerCode(body: Record<string, unknown> | undefined, status: number | undefined): string {
  const candidates = [body?.ErrorCode, body?.Code, body?.errorCode, body?.code].filter(
    (c): c is string => typeof c === 'string' && c !== '',
  );
  return (
    candidates.find((c) => meaningOf(c)) ??
    candidates.find((c) => !/^\d+$/.test(c)) ??
    (status ? `HTTP${status}` : (candidates[0] ?? 'Unsuccessful'))
  );
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved just now',
  EPIPE: 'the connection closed while sending',
  ECONNABORTED: 'the connection was aborted',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  ETIMEDOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: "the endpoint's TLS certificate has expired",
};

/**
 * What pop-core and httpx throw, as an SaeError. A transport failure's own
 * message carries the request URL — query parameters and all — so it is
 * never kept: the message is made from the error code alone. SAE's answers
 * keep SAE's Message (redacted by the caller like any other output).
 */
export function toSaeError(err: unknown): SaeError {
  if (err instanceof SaeError) return err;
  const e = err as {
    code?: string;
    statusCode?: number;
    result?: { Message?: string; RequestId?: string };
    name?: string;
    message?: string;
  };
  if (typeof e?.statusCode === 'number') {
    return new SaeError(
      'api',
      answerCode({ Code: e.code, ...(e.result as Record<string, unknown> | undefined) }, e.statusCode),
      e.result?.Message ?? `HTTP ${e.statusCode}`,
      e.statusCode,
      e.result?.RequestId,
    );
  }
  if (e?.name === 'FormatError') return malformedResponse('a body that is not JSON');
  const code = typeof e?.code === 'string' && /^[A-Z0-9_]+$/.test(e.code) ? e.code : undefined;
  if (
    e?.name === 'RequestTimeoutError' ||
    /timeout/i.test(e?.name ?? '') ||
    code === 'ETIMEDOUT' ||
    /Timeout/.test(e?.message ?? '')
  )
    return new SaeError('timeout', 'RequestTimeout', 'no answer in time');
  // The host a name lookup failed for is worth saying (a region typo); nothing else of the URL is kept.
  const host = code === 'ENOTFOUND' ? (err as { hostname?: unknown })?.hostname : undefined;
  if (typeof host === 'string' && /^[A-Za-z0-9.-]{1,253}$/.test(host))
    return new SaeError(
      'network',
      'ENOTFOUND',
      `the host name ${host} does not resolve (a typo in the region or --endpoint?)`,
    );
  return new SaeError(
    'network',
    code ?? 'NetworkError',
    code ? (NETWORK_WORDS[code] ?? `network error ${code}`) : 'network error',
  );
}

/** An answer that is not SAE's JSON envelope (a proxy's HTML 502, a truncated body): the outcome of a write is unknown. */
export function malformedResponse(what: string): SaeError {
  return new SaeError(
    'api',
    'MalformedResponse',
    `SAE's endpoint answered with ${what}, not SAE's JSON (a proxy or gateway error?)`,
    502,
  );
}
