// The emulator's HTTP edge: routing at SAE's documented methods and paths,
// signature checks, the response envelope, fault injection, counters, the
// admin endpoint and the optional state file.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { parse as parseQuery } from 'node:querystring';
import type { AddressInfo, Socket } from 'node:net';
import { ApiError } from './errors.js';
import { NonceCache, verifySignature, type Credential } from './signature.js';
import { Store, type BehaviourConfig, type ConfigMapRecord, type SecretRecord, type StoreSnapshot } from './store.js';
import { operation, OPERATION_NAMES, type Operation } from '../contract/api.js';
import { NO_FAULTS, RateLimiter, seededRandom, type FaultConfig } from './faults.js';

interface Handler {
  /** Changes state: counted, persisted, and subject to lost responses. */
  write: boolean;
  handle(store: Store, p: Record<string, string>): unknown;
}

const HANDLERS: Record<Operation, Handler> = {
  CreateJob: { write: true, handle: (s, p) => s.createJob(p) },
  UpdateJob: { write: true, handle: (s, p) => s.updateJob(p) },
  DeleteJob: { write: true, handle: (s, p) => s.deleteJob(p) },
  DescribeJob: { write: false, handle: (s, p) => s.describeJob(p) },
  ListJobs: { write: false, handle: (s, p) => s.listJobs(p) },
  ExecJob: { write: true, handle: (s, p) => s.execJob(p) },
  SuspendJob: { write: true, handle: (s, p) => s.suspendJob(p) },
  DescribeJobStatus: { write: false, handle: (s, p) => s.describeJobStatus(p) },
  DescribeJobHistory: { write: false, handle: (s, p) => s.describeJobHistory(p) },
  DescribeChangeOrder: { write: false, handle: (s, p) => s.describeChangeOrder(p) },
  ListChangeOrders: { write: false, handle: (s, p) => s.listChangeOrders(p) },
  ListNamespacedConfigMaps: { write: false, handle: (s, p) => s.listNamespacedConfigMaps(p) },
  CreateConfigMap: { write: true, handle: (s, p) => s.createConfigMap(p) },
  UpdateConfigMap: { write: true, handle: (s, p) => s.updateConfigMap(p) },
  DeleteConfigMap: { write: true, handle: (s, p) => s.deleteConfigMap(p) },
  DescribeConfigMap: { write: false, handle: (s, p) => s.describeConfigMap(p) },
  ListSecrets: { write: false, handle: (s, p) => s.listSecrets(p) },
  TagResources: { write: true, handle: (s, p) => s.tagResources(p) },
  UntagResources: { write: true, handle: (s, p) => s.untagResources(p) },
};

interface Route extends Handler {
  operation: Operation;
  method: string;
}

/** Routes at the contract's methods and paths: `METHOD path` → route. */
const ROUTES = new Map<string, Route>(
  OPERATION_NAMES.map((name) => {
    const { method, path } = operation(name);
    return [`${method} ${path}`, { operation: name, method, ...HANDLERS[name] }];
  }),
);
const PATHS = new Map([...ROUTES.values()].map((r) => [operation(r.operation).path, r]));

export const OPERATIONS: readonly string[] = [...OPERATION_NAMES];

/**
 * A parameter the contract does not list for the operation, or sends
 * elsewhere (query or body), or types otherwise. Real SAE may ignore such a
 * parameter silently; the emulator refuses it, so that saejob's requests
 * cannot drift from the contract unnoticed.
 */
export function contractViolation(
  op: Operation,
  query: Record<string, string>,
  body: Record<string, string>,
): string | undefined {
  const known = operation(op).params;
  for (const [where, params] of [
    ['query', query],
    ['body', body],
  ] as const) {
    for (const [name, value] of Object.entries(params)) {
      const spec = known[name];
      if (!spec) return `${name} is not a parameter of ${op}`;
      if (spec.in !== where)
        return `${name} belongs in the ${spec.in === 'body' ? 'request body' : 'query string'} of ${op}, not the ${where === 'body' ? 'body' : 'query string'}`;
      if (spec.type === 'number' && (value.trim() === '' || !Number.isFinite(Number(value))))
        return `${name} must be a number, not "${value.slice(0, 40)}"`;
      if (spec.type === 'boolean' && value !== 'true' && value !== 'false')
        return `${name} must be true or false, not "${value.slice(0, 40)}"`;
    }
  }
  return undefined;
}

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
export const DEFAULT_BEHAVIOUR: BehaviourConfig = {
  changeOrderMs: 1500,
  changeOrderOutcome: 'succeed',
  runMs: 2000,
  failRuns: [],
  refuseRuns: [],
  deleteMs: 0,
  suspendPolarity: 'true-starts',
  errorCodeField: 'Code',
  fillDefaults: false,
  ignoreOnUpdate: [],
  suspendAfterReads: 0,
  autoConfigIgnoresNamespace: false,
  changeOrdersOldestFirst: false,
  maxQueryBytes: 0,
  allowDuplicateNames: false,
};

function emptyCounters(): Counters {
  return { requests: {}, writes: {}, faults: {}, errors: {} };
}
const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** The largest request body the emulator reads (SAE's requests are a few KB). */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

/** The body, up to MAX_BODY_BYTES: past that, reading stops and the request is refused (413). */
function readBody(req: IncomingMessage): Promise<Buffer> {
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
function bodyParams(contentType: string, body: Buffer): Record<string, string> | undefined {
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

function flat(q: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined) out[k] = Array.isArray(v) ? v[v.length - 1]! : v;
  return out;
}

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

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
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

  /**
   * The admin endpoint changes faults and shows stored state (secrets
   * included): it takes the emulator's own access key, as HTTP Basic
   * authentication (`-u ID:SECRET`).
   */
  const adminAllowed = (req: IncomingMessage) => {
    const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    if (!m) return false;
    const [id, ...rest] = Buffer.from(m[1]!, 'base64').toString('utf8').split(':');
    return credentials.some((c) => c.accessKeyId === id && c.accessKeySecret === rest.join(':'));
  };
  const admin = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (!adminAllowed(req)) {
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
        return send(res, 200, counters);
      case 'POST /__emulator/counters/reset':
        counters = emptyCounters();
        return send(res, 200, counters);
      case 'GET /__emulator/faults':
        return send(res, 200, faults);
      case 'POST /__emulator/faults': {
        const bad = settingProblems(input, NO_FAULTS);
        if (bad.length) return send(res, 400, { Code: 'InvalidSetting', Message: bad.join('; ') });
        return send(res, 200, api.setFaults(input as Partial<FaultConfig>));
      }
      case 'POST /__emulator/behaviour': {
        const bad = settingProblems(input, DEFAULT_BEHAVIOUR);
        if (bad.length) return send(res, 400, { Code: 'InvalidSetting', Message: bad.join('; ') });
        return send(res, 200, api.setBehaviour(input as Partial<BehaviourConfig>));
      }
      case 'GET /__emulator/state':
        return send(res, 200, store.snapshot());
      default:
        return send(res, 404, { Code: 'NotFound', Message: `no admin endpoint ${req.method} ${path}` });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID().toUpperCase();
    const [path = '/', rawQuery = ''] = (req.url ?? '/').split('?', 2) as [string, string?];
    if (path.startsWith('/__emulator/')) return admin(req, res, path);
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
    const targeted = faults.operations.length === 0 || faults.operations.includes(r.operation);
    if (faults.callsPerMinute > 0 && !limiter.allow(faults.callsPerMinute, Date.now(), faults.rateWindowMs)) {
      bump(counters.faults, 'rateLimit');
      return sendError(
        res,
        new ApiError(400, 'Throttling.User', 'Request was denied due to user flow control.'),
        requestId,
      );
    }
    if (targeted && faults.latencyMs > 0) await new Promise((ok) => setTimeout(ok, faults.latencyMs).unref());
    const reply = faults.replies[r.operation];
    if (reply === 'html') {
      bump(counters.faults, 'html');
      res.writeHead(502, { 'content-type': 'text/html' });
      return res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    }
    if (reply === 'unsuccessful') {
      bump(counters.faults, 'unsuccessful');
      return send(res, 200, {
        RequestId: requestId,
        Code: 'Unsuccessful',
        Message: 'the operation did not succeed (emulated)',
        Success: false,
      });
    }
    if (targeted && random() < faults.throttleRate) {
      bump(counters.faults, 'throttle');
      return sendError(
        res,
        new ApiError(400, 'Throttling.User', 'Request was denied due to user flow control.'),
        requestId,
      );
    }
    if (faults.unavailable.includes(r.operation)) {
      bump(counters.faults, 'unavailable');
      return sendError(
        res,
        new ApiError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
        requestId,
      );
    }
    const countedError = targeted && faults.serverErrorCount > 0;
    if (countedError) faults.serverErrorCount--;
    if (countedError || (targeted && random() < faults.serverErrorRate)) {
      bump(counters.faults, 'serverError');
      return sendError(
        res,
        random() < 0.5
          ? new ApiError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.')
          : new ApiError(500, 'InternalError', 'The request processing has failed due to some unknown error.'),
        requestId,
      );
    }
    if (targeted && random() < faults.resetRate) {
      bump(counters.faults, 'reset');
      options.log?.(`${new Date().toISOString()} ${r.operation} → connection reset (injected)`);
      return reset(req);
    }

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

/** The choices a setting takes where it is one of a few words. */
const SETTING_CHOICES: Readonly<Record<string, readonly string[]>> = {
  changeOrderOutcome: ['succeed', 'fail', 'batch-failed', 'approval', 'confirm'],
  suspendPolarity: ['true-starts', 'true-suspends'],
  errorCodeField: ['Code', 'ErrorCode'],
};

/**
 * What is wrong with admin settings, key by key, against the defaults'
 * types: a wrongly typed fault setting made every later call a 500.
 */
export function settingProblems(input: Record<string, unknown>, defaults: object): string[] {
  const known = defaults as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, v] of Object.entries(input)) {
    if (!(k in known)) {
      out.push(`unknown setting ${k} (known: ${Object.keys(known).join(', ')})`);
      continue;
    }
    const d = known[k];
    if (
      typeof d === 'number' &&
      !(typeof v === 'number' && Number.isFinite(v) && v >= 0 && (!/Rate$/.test(k) || v <= 1))
    )
      out.push(`${k} takes a number${/Rate$/.test(k) ? ' from 0 to 1' : ' of at least 0'}, not ${JSON.stringify(v)}`);
    else if (typeof d === 'boolean' && typeof v !== 'boolean')
      out.push(`${k} takes true or false, not ${JSON.stringify(v)}`);
    else if (Array.isArray(d) && !(Array.isArray(v) && v.every((x) => typeof x === 'string')))
      out.push(`${k} takes a list of names, not ${JSON.stringify(v)}`);
    else if (
      typeof d === 'string' &&
      !(typeof v === 'string' && (!SETTING_CHOICES[k] || SETTING_CHOICES[k]!.includes(v)))
    )
      out.push(`${k} takes ${SETTING_CHOICES[k]?.join(' | ') ?? 'text'}, not ${JSON.stringify(v)}`);
    else if (d && typeof d === 'object' && !Array.isArray(d) && (!v || typeof v !== 'object' || Array.isArray(v)))
      out.push(`${k} takes an object, not ${JSON.stringify(v)}`);
  }
  return out;
}

/** A --state file, read and checked: a clear error for one that is not the emulator's. */
function readState(path: string): StoreSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(
      `--state ${path}: not an emulator state file (${e instanceof SyntaxError ? 'not JSON' : ((e as NodeJS.ErrnoException).code ?? (e as Error).message)}): move it away, or give another file`,
    );
  }
  const s = value as Partial<StoreSnapshot> | null;
  const list = (x: unknown) => Array.isArray(x) && x.every((i) => i && typeof i === 'object');
  if (
    !s ||
    typeof s !== 'object' ||
    !list(s.jobs) ||
    !list(s.changeOrders) ||
    !list(s.runs) ||
    (s.configMaps !== undefined && !list(s.configMaps)) ||
    !s.jobs!.every((j) => typeof j.AppId === 'string' && j.params && typeof j.params === 'object')
  )
    throw new Error(
      `--state ${path}: not an emulator state file (it needs jobs, changeOrders and runs lists): move it away, or give another file`,
    );
  return s as StoreSnapshot;
}
