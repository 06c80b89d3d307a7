import type { Io } from '../io.js';
export declare const FORMATS: readonly string[];
export declare const LIST_HELP: string;
export declare function listCommand(argv: string[], io: Io): Promise<number>;
