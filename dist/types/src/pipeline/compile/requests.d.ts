import type { CompiledConfigMap } from './configmap.js';
import { type Operation } from '../../contract/api.js';
import type { CompiledRequest, Params } from './compile.js';
/**
 * One request of `op`: each parameter in the query or the body as the
 * contract places it, and typed as the contract types it for that operation
 * (UpdateJob's Replicas is a string where CreateJob's is a number).
 */
export declare function request(op: Operation, params: Params): CompiledRequest;
export declare function createRequest(params: Params): CompiledRequest;
/**
 * UpdateJob with the full desired state: every updatable parameter the
 * manifest sets, and the clearing value of each parameter in `clear` — those
 * the manifest no longer sets and the live job still has. Nothing is sent
 * to clear what the job never had (the official signing utilities disagree
 * on how an empty value is signed).
 */
export declare function updateRequest(appId: string, params: Params, clear?: readonly string[]): CompiledRequest;
export declare function deleteRequest(appId: string): CompiledRequest;
/** TagResources: tags on one job (ResourceType application), as JSON lists. */
export declare function tagRequest(appId: string | readonly string[], region: string, tags: Readonly<Record<string, string>>): CompiledRequest;
export declare function untagRequest(appId: string, region: string, keys: readonly string[]): CompiledRequest;
/** `suspend` is SuspendJob's parameter, not "is paused": see suspendParam. */
export declare function suspendRequest(appId: string, suspend: boolean): CompiledRequest;
/** (Here, not in configmaps.ts: validate loads that module, and this one pulls in the SAE table.)
 * The CreateConfigMap request a ConfigMap manifest becomes (what compile shows); secret values masked unless asked. */
export declare function configMapRequest(cm: CompiledConfigMap, showSecrets?: boolean): CompiledRequest;
