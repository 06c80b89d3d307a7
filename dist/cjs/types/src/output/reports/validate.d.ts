import type { Diagnostic } from '../../pipeline/diagnostics.js';
import type { Sink } from '../reporter.js';
export interface ValidateReport {
    diagnostics: readonly Diagnostic[];
    files: number;
    manifests: number;
}
export declare const VALIDATE_REPORTERS: {
    text: (r: ValidateReport, sink: Sink) => void;
    json: (r: ValidateReport, sink: Sink) => void;
    github: (r: ValidateReport, sink: Sink) => void;
};
