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
import { contractViolation, envelopeOf, OPERATIONS, PATHS, ROUTES, type Route } from './routes.js';
import { BodyTooLarge, bodyParams, flat, MAX_BODY_BYTES, readBody, send } from './http.js';
import { readState } from './settings.js';
import { adminEndpoint, type AdminContext } from './admin.js';
import { DEFAULT_BEHAVIOUR } from './records.js';
import type { Operation } from '../contract/api.js';
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
  const emulation = new Emulation(options);
  const server: Server = createServer((req, res) => {
    emulation.handle(req, res).catch((err: Error) => {
      if (res.headersSent) return;
      if (err instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return emulation.sendError(
          res,
          new ApiError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`),
          'too-large',
        );
      }
      emulation.sendError(res, new ApiError(500, 'InternalError', `emulator fault: ${err.message}`), 'internal');
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    store: emulation.store,
    counters: () => structuredClone(emulation.counters),
    resetCounters: () => void (emulation.counters = emptyCounters()),
    setFaults: (f) => emulation.setFaults(f),
    setBehaviour: (b) => emulation.setBehaviour(b),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** One running emulator: the account, its faults and counters, and how a request is answered. */
class Emulation {
  readonly store: Store;
  readonly behaviour: BehaviourConfig;
  counters = emptyCounters();
  private faults: FaultConfig;
  private random: () => number;
  private readonly credentials: Credential[];
  private readonly nonces: NonceCache;
  private readonly limiter = new RateLimiter();
  private readonly admin: AdminContext;

  constructor(private readonly options: EmulatorOptions) {
    this.behaviour = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
    this.store = new Store({
      regionId: options.regionId ?? 'cn-hangzhou',
      namespaces: options.namespaces,
      configMaps: options.configMaps,
      secrets: options.secrets,
      now: options.now,
      behaviour: this.behaviour,
    });
    this.credentials = options.credentials ?? [DEFAULT_CREDENTIAL];
    this.faults = { ...NO_FAULTS, ...options.faults };
    this.random = seededRandom(this.faults.seed);
    // With --state, requests signed before this start are refused: the nonces spent before it are not kept.
    this.nonces = new NonceCache(options.statePath ? Math.floor(Date.now() / 1000) * 1000 : 0);
    if (options.statePath && existsSync(options.statePath)) this.store.restore(readState(options.statePath));
    this.admin = {
      credentials: this.credentials,
      counters: () => this.counters,
      resetCounters: () => (this.counters = emptyCounters()),
      faults: () => this.faults,
      setFaults: (f) => this.setFaults(f),
      setBehaviour: (b) => this.setBehaviour(b),
      state: () => this.store.snapshot(),
    };
  }

  setFaults(f: Partial<FaultConfig>): FaultConfig {
    this.faults = { ...this.faults, ...f };
    if (f.seed !== undefined) this.random = seededRandom(f.seed);
    return this.faults;
  }

  setBehaviour(b: Partial<BehaviourConfig>): BehaviourConfig {
    Object.assign(this.behaviour, b);
    return this.behaviour;
  }

  /** The route and the size are checked before the body is read: nobody can make the emulator buffer what it will refuse. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { behaviour } = this;
    const requestId = randomUUID().toUpperCase();
    const [path = '/', rawQuery = ''] = (req.url ?? '/').split('?', 2) as [string, string?];
    if (path.startsWith('/__emulator/')) return adminEndpoint(this.admin, req, res, path);
    const r = ROUTES.get(`${req.method} ${path}`);
    if (!r) {
      const other = PATHS.get(path);
      if (other) bump(this.counters.requests, other.operation);
      const message = other
        ? `${other.operation} is ${other.method} ${path}, not ${req.method}.`
        : `Specified api is not found, please check your url and method: ${req.method} ${path}`;
      res.setHeader('connection', 'close');
      return this.sendError(res, new ApiError(404, 'InvalidAction.NotFound', message), requestId);
    }
    if (behaviour.maxQueryBytes > 0 && rawQuery.length > behaviour.maxQueryBytes) {
      // A gateway's refusal: not SAE's JSON.
      bump(this.counters.requests, r.operation);
      res.writeHead(414, { 'content-type': 'text/html', connection: 'close' });
      return void res.end('<html><body><h1>414 Request-URI Too Large</h1></body></html>');
    }
    const body = await readBody(req);
    bump(this.counters.requests, r.operation);
    const query = flat(parseQuery(rawQuery));
    const headers = flat(req.headers as Record<string, string | string[] | undefined>);
    const bad = verifySignature(
      { method: r.method, path, query, headers, body },
      this.credentials,
      this.nonces,
      Date.now(),
    );
    if (bad) return this.sendError(res, new ApiError(bad.status, bad.code, bad.message), requestId);
    if (await this.faulted(r, req, res, requestId)) return;
    const form = bodyParams(headers['content-type'] ?? '', body);
    if (form === undefined)
      return this.sendError(
        res,
        new ApiError(400, 'InvalidParameter', 'The request body is not valid for its content-type.'),
        requestId,
      );
    const violation = contractViolation(r.operation, query, form);
    if (violation)
      return this.sendError(
        res,
        new ApiError(400, 'InvalidParameter', `${violation} (the official SDK's contract)`),
        requestId,
      );
    return this.answer(r, req, res, requestId, query, form);
  }

  /** An injected fault answered, or false: faults in the order they happen on the way in. */
  private async faulted(r: Route, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<boolean> {
    const fault = await injectedFault(
      this.faults,
      { random: this.random, limiter: this.limiter, now: Date.now() },
      r.operation,
    );
    if (!fault) return false;
    bump(this.counters.faults, fault.kind);
    if (fault.kind === 'html') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    } else if (fault.kind === 'unsuccessful')
      send(res, 200, {
        RequestId: requestId,
        Code: 'Unsuccessful',
        Message: 'the operation did not succeed (emulated)',
        Success: false,
      });
    else if ('error' in fault) this.sendError(res, fault.error, requestId);
    else {
      this.options.log?.(`${new Date().toISOString()} ${r.operation} → connection reset (injected)`);
      reset(req);
    }
    return true;
  }

  /** The operation run on the account, and its answer in the contract's envelope (or, a fault, lost after the write). */
  private answer(
    r: Route,
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    query: Record<string, string>,
    form: Record<string, string>,
  ): void {
    const { faults, options } = this;
    let data: unknown;
    try {
      // A test's hook sees every request and may refuse it (throw an ApiError).
      options.onRequest?.(r.operation, query, form);
      data = r.handle(this.store, { ...query, ...form });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.sendError(res, e, requestId);
      return;
    }
    if (faults.replies[r.operation] === 'no-change-order' && data && typeof data === 'object')
      delete (data as { ChangeOrderId?: string }).ChangeOrderId;
    if (r.write) {
      bump(this.counters.writes, r.operation);
      this.persist();
      const targeted = faults.operations.length === 0 || faults.operations.includes(r.operation);
      if (targeted && this.random() < faults.lostResponseRate) {
        bump(this.counters.faults, 'lostResponse');
        options.log?.(`${new Date().toISOString()} ${r.operation} → committed, response dropped (injected)`);
        reset(req); // committed, but the caller never hears of it
        return;
      }
    }
    options.log?.(`${new Date().toISOString()} ${r.operation} → 200`);
    send(res, 200, envelopeOf(r.operation, requestId, data));
  }

  /** The state file, never half-written (a temporary file renamed), for its owner's eyes only (OSS secrets). */
  private persist(): void {
    const statePath = this.options.statePath;
    if (!statePath) return;
    const tmp = `${statePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.store.snapshot()), { mode: 0o600 });
    renameSync(tmp, statePath);
  }

  sendError(res: ServerResponse, e: ApiError, requestId: string): void {
    bump(this.counters.errors, e.code);
    this.options.log?.(
      `${new Date().toISOString()} ${res.req.method} ${(res.req.url ?? '').split('?')[0]} → ${e.status} ${e.code}`,
    );
    // Where a business code travels is not documented: in Code, or in ErrorCode beside the HTTP status.
    const code =
      this.behaviour.errorCodeField === 'ErrorCode' ? { Code: String(e.status), ErrorCode: e.code } : { Code: e.code };
    send(res, e.status, {
      RequestId: requestId,
      HostId: 'sae.emulator.local',
      ...code,
      Message: e.message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(e.code)}`,
    });
  }
}

const reset = (req: IncomingMessage) => (req.socket as Socket).destroy();

export { contractViolation, OPERATIONS };
export { DEFAULT_BEHAVIOUR };
