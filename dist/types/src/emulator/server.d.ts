import { type Credential } from './signature.js';
import { Store, type BehaviourConfig, type ConfigMapRecord, type SecretRecord } from './store.js';
import { contractViolation, OPERATIONS } from './routes.js';
import { DEFAULT_BEHAVIOUR } from './records.js';
import type { Operation } from '../contract/api.js';
import { type FaultConfig } from './faults.js';
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
    onRequest?: (operation: Operation, query: Readonly<Record<string, string>>, body: Readonly<Record<string, string>>) => void;
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
export declare const DEFAULT_CREDENTIAL: Credential;
export declare function startEmulator(options?: EmulatorOptions): Promise<Emulator>;
export { contractViolation, OPERATIONS };
export { DEFAULT_BEHAVIOUR };
