import type { Diagnostic } from '../../pipeline/diagnostics.js';
import type { CompiledRequest } from '../../pipeline/compile/compile.js';
import type { Sink } from '../reporter.js';
/** One manifest's CreateJob request, secrets already masked unless asked for. */
export interface CompiledView extends CompiledRequest {
    file: string;
    name: string;
    namespace: string;
    region: string;
    suspend?: boolean;
}
export interface CompileReport {
    diagnostics: readonly Diagnostic[];
    /** Empty when a manifest has errors: nothing is compiled then. */
    requests: readonly CompiledView[];
}
export declare const COMPILE_REPORTERS: {
    text: (r: CompileReport, sink: Sink) => void;
    json: (r: CompileReport, sink: Sink) => void;
    yaml: (r: CompileReport, sink: Sink) => void;
    github: (r: CompileReport, sink: Sink) => void;
};
