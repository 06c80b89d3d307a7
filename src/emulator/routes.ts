// Routing at SAE's documented methods and paths, from the contract: each
// operation's handler (a resource module's function), and the parameters the
// contract allows it (where, and typed how).
import { randomUUID } from 'node:crypto';
import { operation, OPERATION_NAMES, type Operation } from '../contract/api.js';
import type { Store } from './store.js';
import * as jobs from './resources/jobs.js';
import * as tags from './resources/tags.js';
import * as runs from './resources/runs.js';
import * as changeOrders from './resources/change-orders.js';
import * as configMaps from './resources/configmaps.js';
import * as secrets from './resources/secrets.js';

export interface Handler {
  /** Changes state: counted, persisted, and subject to lost responses. */
  write: boolean;
  handle(store: Store, p: Record<string, string>): unknown;
}

const HANDLERS: Record<Operation, Handler> = {
  CreateJob: { write: true, handle: (s, p) => jobs.createJob(s, p) },
  UpdateJob: { write: true, handle: (s, p) => jobs.updateJob(s, p) },
  DeleteJob: { write: true, handle: (s, p) => jobs.deleteJob(s, p) },
  DescribeJob: { write: false, handle: (s, p) => jobs.describeJob(s, p) },
  ListJobs: { write: false, handle: (s, p) => jobs.listJobs(s, p) },
  ExecJob: { write: true, handle: (s, p) => runs.execJob(s, p) },
  SuspendJob: { write: true, handle: (s, p) => jobs.suspendJob(s, p) },
  DescribeJobStatus: { write: false, handle: (s, p) => runs.describeJobStatus(s, p) },
  DescribeJobHistory: { write: false, handle: (s, p) => runs.describeJobHistory(s, p) },
  DescribeChangeOrder: { write: false, handle: (s, p) => changeOrders.describeChangeOrder(s, p) },
  ListChangeOrders: { write: false, handle: (s, p) => changeOrders.listChangeOrders(s, p) },
  ListNamespacedConfigMaps: { write: false, handle: (s, p) => configMaps.listNamespacedConfigMaps(s, p) },
  CreateConfigMap: { write: true, handle: (s, p) => configMaps.createConfigMap(s, p) },
  UpdateConfigMap: { write: true, handle: (s, p) => configMaps.updateConfigMap(s, p) },
  DeleteConfigMap: { write: true, handle: (s, p) => configMaps.deleteConfigMap(s, p) },
  DescribeConfigMap: { write: false, handle: (s, p) => configMaps.describeConfigMap(s, p) },
  ListSecrets: { write: false, handle: (s, p) => secrets.listSecrets(s, p) },
  TagResources: { write: true, handle: (s, p) => tags.tagResources(s, p) },
  UntagResources: { write: true, handle: (s, p) => tags.untagResources(s, p) },
};

export interface Route extends Handler {
  operation: Operation;
  method: string;
}

/** Routes at the contract's methods and paths: `METHOD path` → route. */
export const ROUTES = new Map<string, Route>(
  OPERATION_NAMES.map((name) => {
    const { method, path } = operation(name);
    return [`${method} ${path}`, { operation: name, method, ...HANDLERS[name] }];
  }),
);
export const PATHS = new Map([...ROUTES.values()].map((r) => [operation(r.operation).path, r]));

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

/**
 * An answer in the envelope the contract gives the operation: its fields only (ListJobs has no
 * TraceId, and repeats its paging at the top level).
 */
export function envelopeOf(op: Operation, requestId: string, data: unknown): Record<string, unknown> {
  const standard: Record<string, unknown> = {
    RequestId: requestId,
    Code: '200',
    Message: 'success',
    TraceId: randomUUID().replace(/-/g, ''),
    Success: true,
    Data: data,
  };
  const envelope: Record<string, unknown> = {};
  for (const field of Object.keys(operation(op).response as Record<string, unknown>)) {
    if (field in standard) envelope[field] = standard[field];
    else if (data && typeof data === 'object' && field in data)
      envelope[field] = (data as Record<string, unknown>)[field];
  }
  return envelope;
}
