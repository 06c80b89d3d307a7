import { type Io } from '../io.js';
/** The -o values this command takes; its help lists exactly these. */
export declare const FORMATS: readonly string[];
export declare const PLAN_HELP: string;
export declare function planCommand(argv: string[], io: Io): Promise<number>;
