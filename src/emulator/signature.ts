// Verifying the v1 ROA signature (sae-job-api.md): the server rebuilds the
// string to sign from the decoded request and compares HMAC-SHA1 digests.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface Credential {
  accessKeyId: string;
  accessKeySecret: string;
  /** Set for STS credentials: the request must carry this token. */
  securityToken?: string;
}

export interface SignedRequest {
  method: string;
  path: string;
  /** Decoded query parameters. */
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export interface SignatureFailure {
  status: number;
  code: string;
  message: string;
}

export const API_VERSION = '2019-05-06';
const MAX_SKEW_MS = 15 * 60 * 1000;

export function stringToSign(req: SignedRequest): string {
  const h = req.headers;
  const acs = Object.keys(h)
    .filter((k) => k.startsWith('x-acs-'))
    .sort()
    .map((k) => `${k}:${(h[k] ?? '').replace(/[\t\n\r\f]/g, ' ').trim()}\n`)
    .join('');
  const keys = Object.keys(req.query).sort();
  const resource = keys.length ? `${req.path}?${keys.map((k) => `${k}=${req.query[k]}`).join('&')}` : req.path;
  return `${req.method}\n${h.accept ?? ''}\n${h['content-md5'] ?? ''}\n${h['content-type'] ?? ''}\n${h.date ?? ''}\n${acs}${resource}`;
}

export function sign(text: string, secret: string): string {
  return createHmac('sha1', secret).update(text, 'utf8').digest('base64');
}

/** Remembers nonces for the skew window, so a replayed request is refused. */
export class NonceCache {
  private seen = new Map<string, number>();
  use(nonce: string, now: number): boolean {
    if (this.seen.size > 10_000) for (const [n, t] of this.seen) if (now - t > MAX_SKEW_MS) this.seen.delete(n);
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, now);
    return true;
  }
}

export function verifySignature(req: SignedRequest, credentials: readonly Credential[], nonces: NonceCache, now = Date.now()): SignatureFailure | undefined {
  const h = req.headers;
  const auth = h.authorization;
  const m = auth ? /^acs ([^:]+):(.+)$/.exec(auth) : null;
  if (!m) return { status: 400, code: 'IncompleteSignature', message: 'The request signature does not conform to Aliyun standards: missing Authorization "acs <AccessKeyId>:<Signature>".' };
  if (h['x-acs-version'] !== API_VERSION) return { status: 400, code: 'InvalidVersion', message: `Specified parameter Version is not valid: x-acs-version must be ${API_VERSION}.` };
  for (const name of ['date', 'x-acs-signature-nonce', 'content-md5']) {
    if (!h[name]) return { status: 400, code: 'IncompleteSignature', message: `The request signature does not conform to Aliyun standards: missing header ${name}.` };
  }
  if (h['x-acs-signature-method'] !== 'HMAC-SHA1' || h['x-acs-signature-version'] !== '1.0') {
    return { status: 400, code: 'IncompleteSignature', message: 'The request signature does not conform to Aliyun standards: signature method must be HMAC-SHA1, version 1.0.' };
  }
  const date = Date.parse(h.date!);
  if (Number.isNaN(date) || Math.abs(now - date) > MAX_SKEW_MS) {
    return { status: 400, code: 'InvalidTimeStamp.Expired', message: `Specified time stamp or date value is expired: ${h.date} is more than 15 minutes from the server time.` };
  }
  const md5 = createHash('md5').update(req.body).digest('base64');
  if (h['content-md5'] !== md5) return { status: 400, code: 'InvalidContentMD5', message: 'The Content-MD5 you specified does not match the body.' };
  const id = m[1]!;
  const cred = credentials.find((c) => c.accessKeyId === id);
  if (!cred) return { status: 404, code: 'InvalidAccessKeyId.NotFound', message: 'Specified access key is not found.' };
  if (cred.securityToken !== undefined) {
    if (h['x-acs-security-token'] !== cred.securityToken || h['x-acs-accesskey-id'] !== id) {
      return { status: 400, code: 'InvalidSecurityToken.MismatchWithAccessKey', message: 'The security token does not match the access key.' };
    }
  }
  const expected = Buffer.from(sign(stringToSign(req), cred.accessKeySecret));
  const given = Buffer.from(m[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { status: 400, code: 'SignatureDoesNotMatch', message: 'Specified signature is not matched with our calculation.' };
  }
  // Only a request that is otherwise valid consumes its nonce.
  if (!nonces.use(h['x-acs-signature-nonce']!, now)) return { status: 400, code: 'SignatureNonceUsed', message: 'Specified signature nonce was used already.' };
  return undefined;
}
