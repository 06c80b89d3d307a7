// The HTTP details of the emulator's edge: bounded request bodies, form and
// JSON parameters, JSON answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

/** The largest request body the emulator reads (SAE's requests are a few KB). */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

/** The body, up to MAX_BODY_BYTES: past that, reading stops and the request is refused (413). */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Body parameters: a form, or one JSON object (its values as strings, as the SDK sends them). */
export function bodyParams(contentType: string, body: Buffer): Record<string, string> | undefined {
  if (body.length === 0) return {};
  if (contentType.startsWith('application/x-www-form-urlencoded')) return flat(parseQuery(body.toString('utf8')));
  if (contentType.startsWith('application/json')) {
    try {
      const o = JSON.parse(body.toString('utf8')) as unknown;
      if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    } catch {
      return undefined;
    }
  }
  return {};
}

export function flat(q: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined) out[k] = Array.isArray(v) ? v[v.length - 1]! : v;
  return out;
}

export function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
