import type { CompiledRequest } from '../../pipeline/compile/compile.js';
import type { PlanSummary } from '../../pipeline/plan/plan.js';
import { type PlannedJobView } from '../plan-view.js';
import type { Sink } from '../reporter.js';
import type { Style } from '../style.js';
import type { PlannedConfigMap } from '../../pipeline/plan/configmap.js';
import type { ScopeView } from '../../pipeline/plan/scope.js';
/** Where a manifest names its job: what a CI annotation points at. */
export interface ManifestPosition {
    file: string;
    line: number;
    col: number;
}
export interface PlanJobReport extends PlannedJobView {
    position: ManifestPosition;
}
export interface PlanErrorReport {
    name: string;
    namespace: string;
    file: string;
    /** Secrets already masked. */
    error: string;
    position: ManifestPosition;
}
/** A planned ConfigMap as shown: its changes (secret values masked), never its data or the live data. */
export type ConfigMapView = Omit<PlannedConfigMap, 'configMap' | 'live'>;
export interface PlanReport {
    jobs: readonly PlanJobReport[];
    errors: readonly PlanErrorReport[];
    summary: PlanSummary;
    /** --prune could not see every job of the set: nothing is pruned. */
    pruneError?: string;
    /** ConfigMap manifests: applied before the jobs. */
    configMaps?: readonly ConfigMapView[];
    /** What this run may change: its set and the places its manifests use (prune looks only there). */
    scope?: ScopeView & {
        prune: boolean;
    };
    /** apply --dry-run: what each changed job would send (secrets masked). */
    requests?: readonly {
        name: string;
        requests: readonly CompiledRequest[];
        suspend?: {
            request: CompiledRequest;
            paused: boolean;
        };
    }[];
}
export declare function summaryLine(s: PlanSummary, failed?: number): string;
export declare function formatPlanConfigMap(c: ConfigMapView, style: Style): string;
/** One block per job, one line per changed field. */
export declare function formatPlanJob(v: PlannedJobView, style: Style): string;
/** A table for a CI job summary or a pull-request comment. */
export declare function planMarkdown(r: PlanReport): string;
/** What each changed manifest will do, and what could not be planned, on the manifest's line. */
export declare function planAnnotations(r: PlanReport): string[];
declare function text(r: PlanReport, sink: Sink): void;
/** What a run may change, in one line: the set, the environment, the places, and whether it prunes there. */
export declare function scopeLine(s: NonNullable<PlanReport['scope']>): string;
export declare const PLAN_REPORTERS: {
    text: typeof text;
    json: (r: PlanReport, sink: Sink) => void;
    markdown: (r: PlanReport, sink: Sink) => void;
    github: (r: PlanReport, sink: Sink) => void;
};
export {};
