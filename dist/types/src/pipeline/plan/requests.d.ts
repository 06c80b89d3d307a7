import { type CompiledRequest } from '../compile/compile.js';
import type { PlannedJob } from './plan.js';
/** Parameters the manifest no longer sets that the live job has: UpdateJob clears them. */
export declare function clearedParams(p: PlannedJob): string[];
/** Parameters the manifest no longer sets that UpdateJob puts back to SAE's default: name → value to send. */
export declare function resetParams(p: PlannedJob): Record<string, string | number | boolean>;
/** The writes apply will send for a planned job (before any SuspendJob). */
export declare function plannedRequests(p: PlannedJob): CompiledRequest[];
/** TagResources / UntagResources for a job's tag changes (all of its tags for a job about to be created). */
export declare function tagRequests(p: PlannedJob, created?: boolean, appId?: string): CompiledRequest[];
