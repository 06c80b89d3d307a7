// `saejob/cloud`: talking to SAE — the client (pop-core, signed ROA requests,
// retries), a session (one listing per namespace), applying a plan, reading
// live jobs, credentials.
export { Session } from './cloud/session.js';
export type { SessionOptions, PlanResult } from './cloud/session.js';
export { SaeClient, regionEndpoint, API_VERSION } from './cloud/client.js';
export type { Operation, ClientOptions } from './cloud/client.js';
export { SaeError } from './cloud/errors.js';
export { credentialsChain, staticCredentials } from './cloud/credentials.js';
export type { CredentialsSource, AccessCredentials } from './cloud/credentials.js';
export { applyPlan, applyJob } from './cloud/apply.js';
export type { ApplyResult, ApplyOptions, ApplyOutcome } from './cloud/apply.js';
export { describedParams, describeLiveJob, listNamespaceJobs, normaliseParam } from './cloud/live.js';
