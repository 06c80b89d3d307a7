import type { Io } from '../io.js';
/** The -o values this command takes; its help lists exactly these. */
export declare const FORMATS: readonly string[];
export declare const VALIDATE_HELP: string;
export declare function validateCommand(argv: string[], io: Io): number;
