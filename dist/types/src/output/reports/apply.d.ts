import type { ApplyOutcome, ApplyResult } from '../../pipeline/plan/apply-result.js';
import type { Sink } from '../reporter.js';
import type { ManifestPosition } from './plan.js';
export interface ApplyJobReport extends ApplyResult {
    /** The manifest's metadata.name, for annotations; absent when no manifest is at hand. */
    position?: ManifestPosition;
}
export interface ApplyReport {
    jobs: readonly ApplyJobReport[];
    /** API calls by operation, for the record. */
    calls: Record<string, number>;
}
export declare function outcomeCounts(jobs: readonly ApplyResult[]): Record<ApplyOutcome, number>;
export declare function applySummaryLine(jobs: readonly ApplyResult[]): string;
export declare function applyMarkdown(r: ApplyReport): string;
declare function text(r: ApplyReport, sink: Sink): void;
export declare const APPLY_REPORTERS: {
    text: typeof text;
    json: (r: ApplyReport, sink: Sink) => void;
    markdown: (r: ApplyReport, sink: Sink) => void;
    github: (r: ApplyReport, sink: Sink) => void;
};
export {};
