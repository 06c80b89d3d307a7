import type { ConfigMapRecord, SecretRecord } from '../../emulator/store.js';
export interface Seed {
    jobs: {
        params: Record<string, string>;
        tags?: Record<string, string>;
    }[];
    configMaps: ConfigMapRecord[];
    secrets: SecretRecord[];
}
export declare function readSeed(file: string): Seed;
