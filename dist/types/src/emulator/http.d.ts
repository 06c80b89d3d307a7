import type { IncomingMessage, ServerResponse } from 'node:http';
/** The largest request body the emulator reads (SAE's requests are a few KB). */
export declare const MAX_BODY_BYTES: number;
export declare class BodyTooLarge extends Error {
}
/** The body, up to MAX_BODY_BYTES: past that, reading stops and the request is refused (413). */
export declare function readBody(req: IncomingMessage): Promise<Buffer>;
/** Body parameters: a form, or one JSON object (its values as strings, as the SDK sends them). */
export declare function bodyParams(contentType: string, body: Buffer): Record<string, string> | undefined;
export declare function flat(q: Record<string, string | string[] | undefined>): Record<string, string>;
export declare function send(res: ServerResponse, status: number, body: unknown): void;
