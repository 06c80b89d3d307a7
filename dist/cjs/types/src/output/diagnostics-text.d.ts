import type { Diagnostic } from '../pipeline/diagnostics.js';
import type { Style } from './style.js';
export declare function ruleLabel(d: Diagnostic): string;
export declare function formatDiagnostic(d: Diagnostic, style: Style): string;
/** `(prod) `: which environment's final manifest has the problem, when the file is shared. */
export declare const environmentLabel: (d: Diagnostic) => string;
export declare function countSummary(diagnostics: readonly Diagnostic[]): {
    errors: number;
    warnings: number;
};
export declare function plural(n: number, word: string): string;
