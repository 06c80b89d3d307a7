import type { Io } from '../io.js';
export declare const EMULATOR_HELP: string;
export declare function emulatorCommand(argv: string[], io: Io): Promise<number>;
