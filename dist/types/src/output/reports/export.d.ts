import { type ExportResult } from '../../pipeline/export/export.js';
import type { Sink } from '../reporter.js';
export interface ExportReport {
    exported: ExportResult;
    /** The schema the YAML's editor modeline points at; no modeline without one. */
    schemaRef: string | undefined;
}
export declare const EXPORT_REPORTERS: {
    yaml: (r: ExportReport, sink: Sink) => void;
    json: (r: ExportReport, sink: Sink) => void;
};
