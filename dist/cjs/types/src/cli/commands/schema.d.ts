import type { Io } from '../io.js';
export declare function schemaCommand(argv: string[], io: Io): number;
