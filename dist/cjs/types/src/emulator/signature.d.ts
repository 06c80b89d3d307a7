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
export declare const API_VERSION = "2019-05-06";
export declare function stringToSign(req: SignedRequest): string;
export declare function sign(text: string, secret: string): string;
/**
 * Remembers nonces for as long as their request could be accepted, so a
 * replayed request is refused: until the request's own date is more than the
 * skew window behind (a request dated 14 minutes ahead stays valid for 29).
 * Requests dated before `notBefore` are refused: after a restart with
 * --state the nonces before it are forgotten, and so must their requests be.
 */
export declare class NonceCache {
    readonly notBefore: number;
    private seen;
    constructor(notBefore?: number);
    use(nonce: string, now: number, dated?: number): boolean;
}
export declare function verifySignature(req: SignedRequest, credentials: readonly Credential[], nonces: NonceCache, now?: number): SignatureFailure | undefined;
export declare const V3_ALGORITHM = "ACS3-HMAC-SHA256";
/** RFC 3986 percent-encoding, as the V3 canonical request uses it (space as %20). */
export declare function encodeRfc3986(s: string): string;
/** The V3 canonical request for the headers the client says it signed. */
export declare function canonicalRequestV3(req: SignedRequest, signedHeaders: readonly string[], hashedPayload: string): string;
export declare function signV3(canonicalRequest: string, secret: string): string;
