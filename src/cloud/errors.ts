// SAE failures as data: the code SAE sent (or the network failure), whether
// trying again can help, and whether a write may have happened anyway.

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
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind !== 'api') return false;
    return (this.status ?? 0) >= 500 || RETRYABLE_CODES.has(this.code) || this.code.startsWith('Throttling');
  }

  /** The request may have been carried out although no answer says so. */
  get outcomeUnknown(): boolean {
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

/** What pop-core and httpx throw, as an SaeError. */
export function toSaeError(err: unknown): SaeError {
  if (err instanceof SaeError) return err;
  const e = err as { code?: string; statusCode?: number; result?: { Message?: string; RequestId?: string }; name?: string; message?: string };
  if (typeof e?.statusCode === 'number') {
    return new SaeError('api', e.code || `HTTP${e.statusCode}`, e.result?.Message ?? e.message ?? '', e.statusCode, e.result?.RequestId);
  }
  const message = e?.message ?? String(err);
  if (e?.name === 'RequestTimeoutError' || /timeout/i.test(e?.name ?? '') || /Timeout/.test(message)) return new SaeError('timeout', 'RequestTimeout', message.replace(/\s+/g, ' ').trim());
  return new SaeError('network', e?.code ?? 'NetworkError', message.replace(/\s+/g, ' ').trim());
}
