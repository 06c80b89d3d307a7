import type { Io } from '../io.js';
export declare const RENDER_FORMATS: readonly string[];
export declare const COMPARE_FORMATS: readonly string[];
export declare const RENDER_HELP: string;
export declare const COMPARE_HELP: string;
export declare function renderCommand(argv: string[], io: Io): number;
export declare function compareCommand(argv: string[], io: Io): number;
