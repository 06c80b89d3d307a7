import type { StoreSnapshot } from './store.js';
/**
 * What is wrong with admin settings, key by key, against the defaults'
 * types: a wrongly typed fault setting made every later call a 500.
 */
export declare function settingProblems(input: Record<string, unknown>, defaults: object): string[];
/** A --state file, read and checked: a clear error for one that is not the emulator's. */
export declare function readState(path: string): StoreSnapshot;
