import type { FieldDifference } from '../../pipeline/environments/environments.js';
import type { Sink } from '../reporter.js';
export interface CompareReport {
    a: string;
    b: string;
    jobs: readonly {
        name: string;
        only?: string;
        differences: readonly FieldDifference[];
    }[];
}
export declare const COMPARE_REPORTERS: {
    text: (r: CompareReport, sink: Sink) => void;
    json: (r: CompareReport, sink: Sink) => void;
};
