// The emulator's HTTP edge: a request is routed (routes.ts), its signature
// checked, faults injected, then handled by its resource and answered in the
// contract's envelope; counters, the admin endpoint and the state file.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { renameSync, writeFileSync, existsSync } from 'node:fs';
import { parse as parseQuery } from 'node:querystring';
import type { AddressInfo, Socket } from 'node:net';
import { ApiError } from './errors.js';
import { NonceCache, verifySignature, type Credential } from './signature.js';
import { Store, type BehaviourConfig, type ConfigMapRecord, type SecretRecord } from './store.js';
import { contractViolation, OPERATIONS, PATHS, ROUTES } from './routes.js';
import { BodyTooLarge, bodyParams, flat, MAX_BODY_BYTES, readBody, send } from './http.js';
import { readState, settingProblems } from './settings.js';
import { adminEndpoint, type AdminContext } from './admin.js';
import { DEFAULT_BEHAVIOUR } from './records.js';
import { operation, type Operation } from '../contract/api.js';
import { injectedFault, NO_FAULTS, RateLimiter, seededRandom, type FaultConfig } from './faults.js';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Access keys accepted; default one key `emulator-key` / `emulator-secret`. */
  credentials?: Credential[];
  regionId?: string;
  namespaces?: string[];
  configMaps?: ConfigMapRecord[];
  /** Image-pull Secrets the account has (ListSecrets). */
  secrets?: SecretRecord[];
  behaviour?: Partial<BehaviourConfig>;
  faults?: Partial<FaultConfig>;
  /** Keep state in this file across restarts (written atomically after every write). */
  statePath?: string;
  /** Injectable clock for change orders and runs (signatures use the wall clock). */
  now?: () => number;
  /** Called with one line per request handled, for the CLI's log. */
  log?: (line: string) => void;
  /** Called with every signed request's operation and parameters, before faults (for tests). */
  /** Sees every signed, well-formed request; throwing an ApiError refuses it with that error. */
  onRequest?: (
    operation: Operation,
    query: Readonly<Record<string, string>>,
    body: Readonly<Record<string, string>>,
  ) => void;
}

export interface Counters {
  /** Requests received by operation (faulted ones included). */
  requests: Record<string, number>;
  /** Writes that changed state, by operation. */
  writes: Record<string, number>;
  /** Injected faults by kind. */
  faults: Record<string, number>;
  /** Error responses by code. */
  errors: Record<string, number>;
}

export interface Emulator {
  url: string;
  port: number;
  store: Store;
  counters(): Counters;
  resetCounters(): void;
  setFaults(f: Partial<FaultConfig>): FaultConfig;
  setBehaviour(b: Partial<BehaviourConfig>): BehaviourConfig;
  close(): Promise<void>;
}

export const DEFAULT_CREDENTIAL: Credential = { accessKeyId: 'emulator-key', accessKeySecret: 'emulator-secret' };

function emptyCounters(): Counters {
  return { requests: {}, writes: {}, faults: {}, errors: {} };
}
const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const behaviour: BehaviourConfig = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
  const store = new Store({
    regionId: options.regionId ?? 'cn-hangzhou',
    namespaces: options.namespaces,
    configMaps: options.configMaps,
    secrets: options.secrets,
    now: options.now,
    behaviour,
  });
  const credentials = options.credentials ?? [DEFAULT_CREDENTIAL];
  let faults: FaultConfig = { ...NO_FAULTS, ...options.faults };
  let random = seededRandom(faults.seed);
  let counters = emptyCounters();
  // With --state, requests signed before this start are refused: the nonces spent before it are not kept.
  const nonces = new NonceCache(options.statePath ? Math.floor(Date.now() / 1000) * 1000 : 0);
  const limiter = new RateLimiter();
  const statePath = options.statePath;
  if (statePath && existsSync(statePath)) store.restore(readState(statePath));

  const persist = () => {
    if (!statePath) return;
    // Never half-written: write a temporary file, then rename it over the old one.
    const tmp = `${statePath}.${process.pid}.tmp`;
    // The state holds what jobs were given, OSS secrets included: for its owner's eyes only.
    writeFileSync(tmp, JSON.stringify(store.snapshot()), { mode: 0o600 });
    renameSync(tmp, statePath);
  };

  const sendError = (res: ServerResponse, e: ApiError, requestId: string) => {
    bump(counters.errors, e.code);
    options.log?.(
      `${new Date().toISOString()} ${res.req.method} ${(res.req.url ?? '').split('?')[0]} → ${e.status} ${e.code}`,
    );
    // Where a business code travels is not documented: in Code, or in ErrorCode beside the HTTP status.
    const code =
      behaviour.errorCodeField === 'ErrorCode' ? { Code: String(e.status), ErrorCode: e.code } : { Code: e.code };
    send(res, e.status, {
      RequestId: requestId,
      HostId: 'sae.emulator.local',
      ...code,
      Message: e.message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(e.code)}`,
    });
  };
  const reset = (req: IncomingMessage) => (req.socket as Socket).destroy();

  const adminContext: AdminContext = {
    credentials,
    counters: () => counters,
    resetCounters: () => (counters = emptyCounters()),
    faults: () => faults,
    setFaults: (f) => api.setFaults(f),
    setBehaviour: (b) => api.setBehaviour(b),
    state: () => store.snapshot(),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID().toUpperCase();
    const [path = '/', rawQuery = ''] = (req.url ?? '/').split('?', 2) as [string, string?];
    if (path.startsWith('/__emulator/')) return adminEndpoint(adminContext, req, res, path);
    // The route and the size are checked before the body is read: nobody can make the emulator buffer what it will refuse.
    const r = ROUTES.get(`${req.method} ${path}`);
    if (!r) {
      const other = PATHS.get(path);
      if (other) bump(counters.requests, other.operation);
      const message = other
        ? `${other.operation} is ${other.method} ${path}, not ${req.method}.`
        : `Specified api is not found, please check your url and method: ${req.method} ${path}`;
      res.setHeader('connection', 'close');
      return sendError(res, new ApiError(404, 'InvalidAction.NotFound', message), requestId);
    }
    if (behaviour.maxQueryBytes > 0 && rawQuery.length > behaviour.maxQueryBytes) {
      // A gateway's refusal: not SAE's JSON.
      bump(counters.requests, r.operation);
      res.writeHead(414, { 'content-type': 'text/html', connection: 'close' });
      return res.end('<html><body><h1>414 Request-URI Too Large</h1></body></html>');
    }
    const body = await readBody(req);
    bump(counters.requests, r.operation);
    const query = flat(parseQuery(rawQuery));
    const headers = flat(req.headers as Record<string, string | string[] | undefined>);
    const bad = verifySignature({ method: r.method, path, query, headers, body }, credentials, nonces, Date.now());
    if (bad) return sendError(res, new ApiError(bad.status, bad.code, bad.message), requestId);

    // Faults, in the order they happen on the way in.
    const fault = await injectedFault(faults, { random, limiter, now: Date.now() }, r.operation);
    if (fault) {
      bump(counters.faults, fault.kind);
      if (fault.kind === 'html') {
        res.writeHead(502, { 'content-type': 'text/html' });
        return res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      }
      if (fault.kind === 'unsuccessful')
        return send(res, 200, {
          RequestId: requestId,
          Code: 'Unsuccessful',
          Message: 'the operation did not succeed (emulated)',
          Success: false,
        });
      if ('error' in fault) return sendError(res, fault.error, requestId);
      options.log?.(`${new Date().toISOString()} ${r.operation} → connection reset (injected)`);
      return reset(req);
    }
    const reply = faults.replies[r.operation];

    const form = bodyParams(headers['content-type'] ?? '', body);
    if (form === undefined)
      return sendError(
        res,
        new ApiError(400, 'InvalidParameter', 'The request body is not valid for its content-type.'),
        requestId,
      );
    const violation = contractViolation(r.operation, query, form);
    if (violation)
      return sendError(
        res,
        new ApiError(400, 'InvalidParameter', `${violation} (the official SDK's contract)`),
        requestId,
      );
    let data: unknown;
    try {
      // A test's hook sees every request and may refuse it (throw an ApiError).
      options.onRequest?.(r.operation, query, form);
      data = r.handle(store, { ...query, ...form });
    } catch (e) {
      if (e instanceof ApiError) return sendError(res, e, requestId);
      throw e;
    }
    if (reply === 'no-change-order' && data && typeof data === 'object')
      delete (data as { ChangeOrderId?: string }).ChangeOrderId;
    if (r.write) {
      bump(counters.writes, r.operation);
      persist();
      const targeted = faults.operations.length === 0 || faults.operations.includes(r.operation);
      if (targeted && random() < faults.lostResponseRate) {
        bump(counters.faults, 'lostResponse');
        options.log?.(`${new Date().toISOString()} ${r.operation} → committed, response dropped (injected)`);
        return reset(req); // committed, but the caller never hears of it
      }
    }
    options.log?.(`${new Date().toISOString()} ${r.operation} → 200`);
    // The envelope has the fields the contract lists for this operation (ListJobs has no TraceId,
    // and repeats its paging at the top level).
    const standard: Record<string, unknown> = {
      RequestId: requestId,
      Code: '200',
      Message: 'success',
      TraceId: randomUUID().replace(/-/g, ''),
      Success: true,
      Data: data,
    };
    const envelope: Record<string, unknown> = {};
    for (const field of Object.keys(operation(r.operation).response as Record<string, unknown>)) {
      if (field in standard) envelope[field] = standard[field];
      else if (data && typeof data === 'object' && field in data)
        envelope[field] = (data as Record<string, unknown>)[field];
    }
    send(res, 200, envelope);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      if (res.headersSent) return;
      if (err instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return sendError(
          res,
          new ApiError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`),
          'too-large',
        );
      }
      sendError(res, new ApiError(500, 'InternalError', `emulator fault: ${err.message}`), 'internal');
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const api: Emulator = {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    store,
    counters: () => structuredClone(counters),
    resetCounters: () => void (counters = emptyCounters()),
    setFaults(f) {
      faults = { ...faults, ...f };
      if (f.seed !== undefined) random = seededRandom(f.seed);
      return faults;
    },
    setBehaviour(b) {
      Object.assign(behaviour, b);
      return behaviour;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
  return api;
}

export { contractViolation, OPERATIONS, MAX_BODY_BYTES, settingProblems };
export { DEFAULT_BEHAVIOUR };
