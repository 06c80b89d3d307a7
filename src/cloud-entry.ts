// `saejob/cloud`: talking to SAE — the client (pop-core, signed ROA requests,
// retries), a session (one listing per namespace), the plan and apply
// operations the CLI runs (prune, saved plans, ConfigMaps first, adopt,
// cancellation), reading live jobs, credentials.
export { Session } from './sae/session.js';
export type { SessionOptions, PlanResult } from './sae/session.js';
export { SaeClient, regionEndpoint, API_VERSION } from './sae/client.js';
export type { Operation, ClientOptions } from './sae/client.js';
export { SaeError } from './sae/errors.js';
export { credentialsChain, staticCredentials } from './sae/credentials.js';
export type { CredentialsSource, AccessCredentials } from './sae/credentials.js';
export { applyPlan, applyJob } from './sae/apply.js';
export type { ApplyResult, ApplyOptions, ApplyOutcome } from './sae/apply.js';
export { describeLiveJob, listNamespaceJobs } from './sae/live.js';
export { describedParams, normaliseParam } from './pipeline/plan/live-job.js';
export { planRun, planJobs, planScopeConfigMaps } from './operations/plan.js';
export type { PlanOutcome, PlanRunOptions } from './operations/plan.js';
export { planApply, executeApply, dryRunRequests } from './operations/apply.js';
export type { ApplyPlan, ApplyRun, ApplyRunOptions, ApplyExecuteOptions } from './operations/apply.js';
export { checkSavedPlan, savedPart, SavedPlanError } from './operations/saved-plan.js';
export type { SavedPlanCheck } from './operations/saved-plan.js';
export { runScope } from './pipeline/plan/scope.js';
export type { RunScope, Place } from './pipeline/plan/scope.js';
