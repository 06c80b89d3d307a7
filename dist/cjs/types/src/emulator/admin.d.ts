import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FaultConfig } from './faults.js';
import type { Credential } from './signature.js';
import type { BehaviourConfig, StoreSnapshot } from './store.js';
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
export declare function adminEndpoint(ctx: AdminContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void>;
