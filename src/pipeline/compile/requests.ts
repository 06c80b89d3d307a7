// The exact requests a compiled job becomes: CreateJob, UpdateJob, DeleteJob,
// TagResources / UntagResources, SuspendJob, CreateConfigMap — each
// parameter in the query or the body as the contract says. Pure.
import type { CompiledConfigMap } from './configmap.js';
import { MASK } from '../redact.js';
import {
  CLEARING_VALUES,
  CREATE_ONLY_PARAMS,
  operation,
  TAG_RESOURCE_TYPE,
  type Operation,
} from '../../contract/api.js';

import type { CompiledRequest, Params } from './compile.js';
import { json } from './params.js';

/**
 * One request of `op`: each parameter in the query or the body as the
 * contract places it, and typed as the contract types it for that operation
 * (UpdateJob's Replicas is a string where CreateJob's is a number).
 */
export function request(op: Operation, params: Params): CompiledRequest {
  const { method, path, params: known } = operation(op);
  const query: Params = {};
  const body: Params = {};
  for (const [k, v] of Object.entries(params)) {
    const spec = known[k];
    if (!spec) throw new Error(`internal error: ${k} is not a parameter of ${op}`);
    (spec.in === 'body' ? body : query)[k] = spec.type === 'string' && typeof v !== 'string' ? String(v) : v;
  }
  return { operation: op, method, path, query, body };
}

export function createRequest(params: Params): CompiledRequest {
  return request('CreateJob', params);
}

/**
 * UpdateJob with the full desired state: every updatable parameter the
 * manifest sets, and the clearing value of each parameter in `clear` — those
 * the manifest no longer sets and the live job still has. Nothing is sent
 * to clear what the job never had (the official signing utilities disagree
 * on how an empty value is signed).
 */
export function updateRequest(appId: string, params: Params, clear: readonly string[] = []): CompiledRequest {
  const p: Params = { AppId: appId };
  for (const [k, v] of Object.entries(params)) if (!CREATE_ONLY_PARAMS.has(k)) p[k] = v;
  for (const k of clear) if (p[k] === undefined && k in CLEARING_VALUES) p[k] = CLEARING_VALUES[k]!;
  return request('UpdateJob', p);
}

export function deleteRequest(appId: string): CompiledRequest {
  return request('DeleteJob', { AppId: appId });
}

/** TagResources: tags on one job (ResourceType application), as JSON lists. */
export function tagRequest(
  appId: string | readonly string[],
  region: string,
  tags: Readonly<Record<string, string>>,
): CompiledRequest {
  return request('TagResources', {
    RegionId: region,
    ResourceType: TAG_RESOURCE_TYPE,
    ResourceIds: json(typeof appId === 'string' ? [appId] : appId),
    Tags: json(Object.entries(tags).map(([key, value]) => ({ key, value }))),
  });
}

export function untagRequest(appId: string, region: string, keys: readonly string[]): CompiledRequest {
  return request('UntagResources', {
    RegionId: region,
    ResourceType: TAG_RESOURCE_TYPE,
    ResourceIds: json([appId]),
    TagKeys: json(keys),
  });
}

/** `suspend` is SuspendJob's parameter, not "is paused": see suspendParam. */
export function suspendRequest(appId: string, suspend: boolean): CompiledRequest {
  return request('SuspendJob', { AppId: appId, Suspend: suspend });
}

/** (Here, not in configmaps.ts: validate loads that module, and this one pulls in the SAE table.)
 * The CreateConfigMap request a ConfigMap manifest becomes (what compile shows); secret values masked unless asked. */
export function configMapRequest(cm: CompiledConfigMap, showSecrets = false): CompiledRequest {
  const data = Object.fromEntries(
    Object.entries(cm.data).map(([k, v]) => [k, !showSecrets && cm.secretKeys.includes(k) ? MASK : v]),
  );
  return request('CreateConfigMap', {
    Name: cm.name,
    NamespaceId: cm.namespace,
    ...(cm.description !== undefined ? { Description: cm.description } : {}),
    Data: JSON.stringify(data),
  });
}
