// Verifying request signatures the way SAE accepts them (sae-job-api.md,
// "What the official SDKs send"): the ROA v1 scheme (HMAC-SHA1) as pop-core
// sends it, with Content-MD5, and as the official SDKs send it with
// `signatureAlgorithm: 'v2'`, without; and the V3 scheme ACS3-HMAC-SHA256,
// the official SDKs' default. The server rebuilds what was signed from the
// request it received and compares digests in constant time; a nonce is
// spent only by an otherwise valid request.
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

/**
 * Remembers nonces for as long as their request could be accepted, so a
 * replayed request is refused: until the request's own date is more than the
 * skew window behind (a request dated 14 minutes ahead stays valid for 29).
 * Requests dated before `notBefore` are refused: after a restart with
 * --state the nonces before it are forgotten, and so must their requests be.
 */
export class NonceCache {
  private seen = new Map<string, number>();
  constructor(readonly notBefore = 0) {}
  use(nonce: string, now: number, dated = now): boolean {
    if (this.seen.size > 10_000) for (const [n, until] of this.seen) if (now > until) this.seen.delete(n);
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, Math.max(now, dated) + MAX_SKEW_MS);
    return true;
  }
}

const incomplete = (detail: string): SignatureFailure => ({
  status: 400,
  code: 'IncompleteSignature',
  message: `The request signature does not conform to Aliyun standards: ${detail}.`,
});
const mismatch = (detail = 'Specified signature is not matched with our calculation.'): SignatureFailure => ({
  status: 400,
  code: 'SignatureDoesNotMatch',
  message: detail,
});
const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The account a key names, and its STS token when it is one; or why not. */
function credentialFor(
  id: string,
  headers: SignedRequest['headers'],
  credentials: readonly Credential[],
): Credential | SignatureFailure {
  const cred = credentials.find((c) => c.accessKeyId === id);
  if (!cred) return { status: 404, code: 'InvalidAccessKeyId.NotFound', message: 'Specified access key is not found.' };
  if (cred.securityToken !== undefined && headers['x-acs-security-token'] !== cred.securityToken) {
    return {
      status: 400,
      code: 'InvalidSecurityToken.MismatchWithAccessKey',
      message: 'The security token does not match the access key.',
    };
  }
  return cred;
}

function expired(stamp: string | undefined, now: number, notBefore = 0): SignatureFailure | undefined {
  const at = stamp === undefined ? Number.NaN : Date.parse(stamp);
  if (Number.isNaN(at) || Math.abs(now - at) > MAX_SKEW_MS)
    return {
      status: 400,
      code: 'InvalidTimeStamp.Expired',
      message: `Specified time stamp or date value is expired: ${stamp} is more than 15 minutes from the server time.`,
    };
  if (at < notBefore)
    return {
      status: 400,
      code: 'InvalidTimeStamp.Expired',
      message: `Specified time stamp or date value is expired: ${stamp} is before this server started (a replayed request?).`,
    };
  return undefined;
}

/** The date a request was signed at (for the nonce's lifetime). */
const datedAt = (stamp: string | undefined, now: number) => {
  const at = stamp === undefined ? Number.NaN : Date.parse(stamp);
  return Number.isNaN(at) ? now : at;
};

export function verifySignature(
  req: SignedRequest,
  credentials: readonly Credential[],
  nonces: NonceCache,
  now = Date.now(),
): SignatureFailure | undefined {
  const auth = req.headers.authorization ?? '';
  if (auth.startsWith('acs ')) return verifyRoaV1(req, credentials, nonces, now);
  if (auth.startsWith(`${V3_ALGORITHM} `)) return verifyV3(req, credentials, nonces, now);
  return incomplete(
    `missing Authorization "acs <AccessKeyId>:<Signature>" (ROA) or "${V3_ALGORITHM} Credential=…,SignedHeaders=…,Signature=…" (V3)`,
  );
}

/** ROA v1: pop-core sends Content-MD5; the official SDKs (v2) do not, and its line in the string to sign is then empty. */
function verifyRoaV1(
  req: SignedRequest,
  credentials: readonly Credential[],
  nonces: NonceCache,
  now: number,
): SignatureFailure | undefined {
  const h = req.headers;
  const m = /^acs ([^:]+):(.+)$/.exec(h.authorization!);
  if (!m) return incomplete('the Authorization header must be "acs <AccessKeyId>:<Signature>"');
  if (h['x-acs-version'] !== API_VERSION)
    return {
      status: 400,
      code: 'InvalidVersion',
      message: `Specified parameter Version is not valid: x-acs-version must be ${API_VERSION}.`,
    };
  for (const name of ['date', 'x-acs-signature-nonce']) if (!h[name]) return incomplete(`missing header ${name}`);
  if (h['x-acs-signature-method'] !== 'HMAC-SHA1' || h['x-acs-signature-version'] !== '1.0')
    return incomplete('signature method must be HMAC-SHA1, version 1.0');
  const old = expired(h.date, now, nonces.notBefore);
  if (old) return old;
  if (h['content-md5'] !== undefined && h['content-md5'] !== createHash('md5').update(req.body).digest('base64'))
    return {
      status: 400,
      code: 'InvalidContentMD5',
      message: 'The Content-MD5 you specified does not match the body.',
    };
  const cred = credentialFor(m[1]!, h, credentials);
  if (!('accessKeyId' in cred)) return cred;
  if (
    cred.securityToken !== undefined &&
    h['x-acs-accesskey-id'] !== undefined &&
    h['x-acs-accesskey-id'] !== cred.accessKeyId
  )
    return {
      status: 400,
      code: 'InvalidSecurityToken.MismatchWithAccessKey',
      message: 'The security token does not match the access key.',
    };
  if (!sameText(sign(stringToSign(req), cred.accessKeySecret), m[2]!)) return mismatch();
  if (!nonces.use(h['x-acs-signature-nonce']!, now, datedAt(h.date ?? h['x-acs-date'], now)))
    return { status: 400, code: 'SignatureNonceUsed', message: 'Specified signature nonce was used already.' };
  return undefined;
}

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** RFC 3986 percent-encoding, as the V3 canonical request uses it (space as %20). */
export function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The V3 canonical request for the headers the client says it signed. */
export function canonicalRequestV3(
  req: SignedRequest,
  signedHeaders: readonly string[],
  hashedPayload: string,
): string {
  const query = Object.keys(req.query)
    .sort()
    .map((k) => `${encodeRfc3986(k)}=${encodeRfc3986(req.query[k]!)}`)
    .join('&');
  const headers = signedHeaders.map((name) => `${name}:${(req.headers[name] ?? '').trim()}\n`).join('');
  const uri = req.path
    .split('/')
    .map((seg) => encodeRfc3986(decodeURIComponent(seg)))
    .join('/');
  return `${req.method}\n${uri}\n${query}\n${headers}\n${signedHeaders.join(';')}\n${hashedPayload}`;
}

export function signV3(canonicalRequest: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`)
    .digest('hex');
}

/** The headers a V3 signature must cover, or a client could change them unseen. */
const V3_REQUIRED_SIGNED = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];

function verifyV3(
  req: SignedRequest,
  credentials: readonly Credential[],
  nonces: NonceCache,
  now: number,
): SignatureFailure | undefined {
  const h = req.headers;
  const fields = Object.fromEntries(
    h
      .authorization!.slice(V3_ALGORITHM.length + 1)
      .split(',')
      .map((part) => part.trim().split('=', 2) as [string, string?]),
  );
  const { Credential: id, SignedHeaders: signed, Signature: signature } = fields as Record<string, string | undefined>;
  if (!id || !signed || !signature)
    return incomplete(
      `the Authorization header must be "${V3_ALGORITHM} Credential=<AccessKeyId>,SignedHeaders=<h1;h2;…>,Signature=<hex>"`,
    );
  const signedHeaders = signed.split(';');
  const sorted = [...signedHeaders].sort();
  if (signedHeaders.some((name, i) => name !== name.toLowerCase() || name !== sorted[i]))
    return incomplete('SignedHeaders must be lower-case names, sorted');
  for (const name of V3_REQUIRED_SIGNED) {
    if (!h[name]) return incomplete(`missing header ${name}`);
    if (!signedHeaders.includes(name)) return incomplete(`header ${name} must be signed (SignedHeaders)`);
  }
  if (h['x-acs-security-token'] !== undefined && !signedHeaders.includes('x-acs-security-token'))
    return incomplete('header x-acs-security-token must be signed (SignedHeaders)');
  if (h['x-acs-version'] !== API_VERSION)
    return {
      status: 400,
      code: 'InvalidVersion',
      message: `Specified parameter Version is not valid: x-acs-version must be ${API_VERSION}.`,
    };
  const old = expired(h['x-acs-date'], now, nonces.notBefore);
  if (old) return old;
  if (!sameText(h['x-acs-content-sha256']!, sha256Hex(req.body)))
    return mismatch('The x-acs-content-sha256 header does not match the SHA-256 of the request body.');
  const cred = credentialFor(id, h, credentials);
  if (!('accessKeyId' in cred)) return cred;
  if (
    !sameText(
      signV3(canonicalRequestV3(req, signedHeaders, h['x-acs-content-sha256']!), cred.accessKeySecret),
      signature,
    )
  )
    return mismatch();
  if (!nonces.use(h['x-acs-signature-nonce']!, now, datedAt(h.date ?? h['x-acs-date'], now)))
    return { status: 400, code: 'SignatureNonceUsed', message: 'Specified signature nonce was used already.' };
  return undefined;
}
