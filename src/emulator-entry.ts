// `saejob/emulator`: the local SAE job API, for tests and demos.
export { startEmulator, DEFAULT_CREDENTIAL, OPERATIONS } from './emulator/server.js';
export type { Emulator, EmulatorOptions, Counters } from './emulator/server.js';
export type { FaultConfig } from './emulator/faults.js';
export type { BehaviourConfig } from './emulator/store.js';
