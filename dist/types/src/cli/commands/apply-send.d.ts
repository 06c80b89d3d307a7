import type { Io } from '../io.js';
import { type CloudContext } from '../cloud.js';
import { type ApplyPlan } from '../../operations/apply.js';
import type { PipelineResult } from '../../pipeline/compile/compile-files.js';
import type { APPLY_REPORTERS } from '../../output/reports/apply.js';
/** Ask before changing anything (apply without --yes on a terminal). */
export declare function confirmApply(planned: ApplyPlan, io: Io): Promise<boolean>;
/** Send it; a signal cancels, and the summary says what was sent and what goes on in SAE. */
export declare function sendApply(ctx: CloudContext, compiled: PipelineResult, planned: ApplyPlan, o: {
    set: string;
    replace: boolean;
    adopt: boolean;
    wait: boolean;
    showSecrets: boolean;
}, io: Io, out: {
    report: (typeof APPLY_REPORTERS)[keyof typeof APPLY_REPORTERS];
    github: boolean;
}): Promise<number>;
