import { type Io } from '../io.js';
import { type PlanAllowances } from '../../output/plan-view.js';
import { type PlanOutcome } from '../../operations/plan.js';
import type { CompiledManifest } from '../../pipeline/compile-files.js';
import { type ManifestPosition, type PlanReport } from '../../output/reports/plan.js';
/** The -o values this command takes; its help lists exactly these. */
export declare const FORMATS: readonly string[];
export declare const PLAN_HELP: string;
/** The set this run manages: --set, SAEJOB_SET, or the default. */
export declare function setName(values: Record<string, unknown>, io: Io): string;
/** The plan as its reporters take it: changes in the manifest's terms, secrets masked (also in what SAE said back). */
export declare function planReport(o: PlanOutcome, showSecrets: boolean, allow?: PlanAllowances & {
    prune?: boolean | undefined;
}): PlanReport;
/** Where a manifest names its job: what a CI annotation points at. */
export declare function manifestPosition(m: CompiledManifest): ManifestPosition;
export declare function planCommand(argv: string[], io: Io): Promise<number>;
