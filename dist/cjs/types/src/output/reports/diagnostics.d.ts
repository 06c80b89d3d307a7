import type { Diagnostic } from '../../pipeline/diagnostics.js';
import type { Sink } from '../reporter.js';
export declare function reportDiagnostics(diagnostics: readonly Diagnostic[], o: {
    command: string;
    github: boolean;
}, sink: Sink): void;
