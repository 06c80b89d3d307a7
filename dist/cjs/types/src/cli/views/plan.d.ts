import type { CompiledManifest, PipelineResult } from '../../pipeline/compile/compile-files.js';
import type { ApplyResult } from '../../pipeline/plan/apply-result.js';
import type { ApplyReport } from '../../output/reports/apply.js';
import { type PlanAllowances } from '../../output/plan-view.js';
import type { ManifestPosition, PlanReport } from '../../output/reports/plan.js';
import type { PlanOutcome } from '../../operations/plan.js';
/** The plan as its reporters take it: changes in the manifest's terms, secrets masked (also in what SAE said back). */
export declare function planReport(o: PlanOutcome, showSecrets: boolean, allow?: PlanAllowances & {
    prune?: boolean | undefined;
}): PlanReport;
/** Where a manifest names its job: what a CI annotation points at. */
export declare function manifestPosition(m: CompiledManifest): ManifestPosition;
/** Apply's results as its reporters take them: each where its manifest names it. */
export declare function applyReport(results: readonly ApplyResult[], pipeline: PipelineResult, calls: ApplyReport['calls']): {
    jobs: {
        file: string;
        name: string;
        namespace: string;
        region: string;
        environment?: string;
        kind?: 'ConfigMap';
        action: import("../../pipeline/plan/plan.js").PlannedJob['action'];
        outcome: import("../../pipeline/plan/apply-result.js").ApplyOutcome;
        appId?: string;
        changeOrderId?: string;
        steps: string[];
        error?: string;
        webhookUrls?: import("../../pipeline/plan/apply-result.js").WebhookUrl[];
        position: ManifestPosition | undefined;
    }[];
    calls: Record<string, number>;
};
