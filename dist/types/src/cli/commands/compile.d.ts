import type { Io } from '../io.js';
import { type CompiledManifest } from '../../pipeline/compile/compile-files.js';
import { type CompiledView } from '../../output/reports/compile.js';
/** The -o values this command takes; its help lists exactly these. */
export declare const FORMATS: readonly string[];
export declare const COMPILE_HELP: string;
export declare function compiledView(c: CompiledManifest): CompiledView;
export declare function compileCommand(argv: string[], io: Io): number;
