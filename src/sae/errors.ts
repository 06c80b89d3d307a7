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

  /** Worth trying again after a pause (sae-job-api.md, Errors). */
  get retryable(): boolean {
    if (this.code === DEADLINE || this.code === INTERRUPTED) return false;
    // A host name that does not resolve (a region typo) will not resolve in a second either.
    if (this.code === 'ENOTFOUND') return false;
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind !== 'api') return false;
    return (this.status ?? 0) >= 500 || RETRYABLE_CODES.has(this.code) || this.code.startsWith('Throttling');
  }

  /** The request may have been carried out although no answer says so. */
  get outcomeUnknown(): boolean {
    if (this.code === DEADLINE || this.code === INTERRUPTED) return false; // nothing was sent
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'api' && (this.status ?? 0) >= 500);
  }

  get notFound(): boolean {
    return this.status === 404 || NOT_FOUND_CODES.has(this.code);
  }

  /** One line for people: code, message, request ID. */
  describe(): string {
    return `${this.code}: ${this.message}${this.requestId ? ` (RequestId ${this.requestId})` : ''}`;
  }
}

const RETRYABLE_CODES = new Set(['Throttling', 'Throttling.User', 'Throttling.Api', 'ServiceUnavailable', 'System.Upgrading', 'Application.ChangerOrderRunning', 'Application.InvalidStatus', 'InternalError']);
const NOT_FOUND_CODES = new Set(['InvalidAppId.NotFound', 'InvalidApplication.NotFound', 'InvalidNamespaceId.NotFound', 'InvalidChangeOrder.NotFound']);

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
  const e = err as { code?: string; statusCode?: number; result?: { Message?: string; RequestId?: string }; name?: string; message?: string };
  if (typeof e?.statusCode === 'number') {
    return new SaeError('api', e.code || `HTTP${e.statusCode}`, e.result?.Message ?? `HTTP ${e.statusCode}`, e.statusCode, e.result?.RequestId);
  }
  if (e?.name === 'FormatError') return malformedResponse('a body that is not JSON');
  const code = typeof e?.code === 'string' && /^[A-Z0-9_]+$/.test(e.code) ? e.code : undefined;
  if (e?.name === 'RequestTimeoutError' || /timeout/i.test(e?.name ?? '') || code === 'ETIMEDOUT' || /Timeout/.test(e?.message ?? '')) return new SaeError('timeout', 'RequestTimeout', 'no answer in time');
  return new SaeError('network', code ?? 'NetworkError', code ? (NETWORK_WORDS[code] ?? `network error ${code}`) : 'network error');
}

/** An answer that is not SAE's JSON envelope (a proxy's HTML 502, a truncated body): the outcome of a write is unknown. */
export function malformedResponse(what: string): SaeError {
  return new SaeError('api', 'MalformedResponse', `SAE's endpoint answered with ${what}, not SAE's JSON (a proxy or gateway error?)`, 502);
}
