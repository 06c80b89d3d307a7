import { type Operation } from '../contract/api.js';
import type { Store } from './store.js';
export interface Handler {
    /** Changes state: counted, persisted, and subject to lost responses. */
    write: boolean;
    handle(store: Store, p: Record<string, string>): unknown;
}
export interface Route extends Handler {
    operation: Operation;
    method: string;
}
/** Routes at the contract's methods and paths: `METHOD path` → route. */
export declare const ROUTES: Map<string, Route>;
export declare const PATHS: Map<string, Route>;
export declare const OPERATIONS: readonly string[];
/**
 * A parameter the contract does not list for the operation, or sends
 * elsewhere (query or body), or types otherwise. Real SAE may ignore such a
 * parameter silently; the emulator refuses it, so that saejob's requests
 * cannot drift from the contract unnoticed.
 */
export declare function contractViolation(op: Operation, query: Record<string, string>, body: Record<string, string>): string | undefined;
/**
 * An answer in the envelope the contract gives the operation: its fields only (ListJobs has no
 * TraceId, and repeats its paging at the top level).
 */
export declare function envelopeOf(op: Operation, requestId: string, data: unknown): Record<string, unknown>;
