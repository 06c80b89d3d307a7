export { startEmulator, DEFAULT_CREDENTIAL, OPERATIONS } from './emulator/server.js';
export type { Emulator, EmulatorOptions, Counters } from './emulator/server.js';
export type { FaultConfig } from './emulator/faults.js';
export type { BehaviourConfig } from './emulator/store.js';
