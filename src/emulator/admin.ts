// The admin endpoint: counters, faults and behaviours changed at run time,
// the stored state shown (secrets included) — so it takes the emulator's own
// access key, as HTTP Basic authentication (`curl -u ID:SECRET`).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, send } from './http.js';
import { settingProblems } from './settings.js';
import { NO_FAULTS, type FaultConfig } from './faults.js';
import type { Credential } from './signature.js';
import type { BehaviourConfig, StoreSnapshot } from './store.js';
import { DEFAULT_BEHAVIOUR } from './records.js';
import type { Counters } from './server.js';

export interface AdminContext {
  credentials: readonly Credential[];
  counters(): Counters;
  resetCounters(): Counters;
  faults(): FaultConfig;
  setFaults(f: Partial<FaultConfig>): FaultConfig;
  setBehaviour(b: Partial<BehaviourConfig>): BehaviourConfig;
  state(): StoreSnapshot;
}

/**
 * The admin endpoint changes faults and shows stored state (secrets
 * included): it takes the emulator's own access key, as HTTP Basic
 * authentication (`-u ID:SECRET`).
 */
function adminAllowed(ctx: AdminContext, req: IncomingMessage): boolean {
  const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const [id, ...rest] = Buffer.from(m[1]!, 'base64').toString('utf8').split(':');
  return ctx.credentials.some((c) => c.accessKeyId === id && c.accessKeySecret === rest.join(':'));
}
export async function adminEndpoint(
  ctx: AdminContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  if (!adminAllowed(ctx, req)) {
    res.setHeader('www-authenticate', 'Basic realm="saejob emulator"');
    return send(res, 401, {
      Code: 'Unauthorized',
      Message: "the admin endpoint takes the emulator's access key as HTTP Basic authentication (curl -u ID:SECRET)",
    });
  }
  const body = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
  let input: Record<string, unknown> = {};
  try {
    if (body.length) input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return send(res, 400, { Code: 'InvalidJson', Message: 'the body must be a JSON object' });
  }
  switch (`${req.method} ${path}`) {
    case 'GET /__emulator/counters':
      return send(res, 200, ctx.counters());
    case 'POST /__emulator/counters/reset':
      return send(res, 200, ctx.resetCounters());
    case 'GET /__emulator/faults':
      return send(res, 200, ctx.faults());
    case 'POST /__emulator/faults': {
      const bad = settingProblems(input, NO_FAULTS);
      if (bad.length) return send(res, 400, { Code: 'InvalidSetting', Message: bad.join('; ') });
      return send(res, 200, ctx.setFaults(input as Partial<FaultConfig>));
    }
    case 'POST /__emulator/behaviour': {
      const bad = settingProblems(input, DEFAULT_BEHAVIOUR);
      if (bad.length) return send(res, 400, { Code: 'InvalidSetting', Message: bad.join('; ') });
      return send(res, 200, ctx.setBehaviour(input as Partial<BehaviourConfig>));
    }
    case 'GET /__emulator/state':
      return send(res, 200, ctx.state());
    default:
      return send(res, 404, { Code: 'NotFound', Message: `no admin endpoint ${req.method} ${path}` });
  }
}
