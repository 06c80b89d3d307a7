// `saejob`: the pure stages, as plain functions over data — load, validate,
// compile, plan (the comparison of a compiled manifest with a live job),
// redaction. Nothing here talks to SAE or loads its SDKs: see `saejob/cloud`
// and `saejob/emulator`.
export { loadManifests, parseManifestText, expandPaths } from './pipeline/load/load.js';
export type { ManifestSource, LoadResult, LoadOptions } from './pipeline/load/load.js';
export { applyEnvironments, manifestDifferences } from './pipeline/environments/environments.js';
export type { EnvironmentOptions, EnvironmentsResult, FieldDifference } from './pipeline/environments/environments.js';
export { validateManifests, validateSource, ManifestValidator } from './pipeline/validate/validate.js';
export type { ValidManifest, ValidationResult, ValidateOptions } from './pipeline/validate/validate.js';
export { validatePaths, validateFiles } from './pipeline/validate/validate-files.js';
export type { FilesValidation } from './pipeline/validate/validate-files.js';
export type { Diagnostic, Severity, FieldPath } from './pipeline/diagnostics.js';
export { hasErrors } from './pipeline/diagnostics.js';
export { RULES } from './pipeline/validate/rules.js';
export type * from './generated/job.js';
export { compileJob, manifestParams, createRequest, updateRequest } from './pipeline/compile/compile.js';
export type { CompiledJob, CompiledRequest, CompileOptions, Params, ParamValue } from './pipeline/compile/compile.js';
export { compileManifests } from './pipeline/compile/compile-files.js';
export type { CompiledManifest, PipelineOptions, PipelineResult } from './pipeline/compile/compile-files.js';
export { planJob, plannedRequests, summarise, hasChanges } from './pipeline/plan/plan.js';
export type { PlannedJob, PlanAction, ParamChange, PlanSummary } from './pipeline/plan/plan.js';
export { redactText, redactDeep, redactRequest, MASK } from './pipeline/redact.js';
export { manifestFromParams, manifestYaml } from './pipeline/export/export.js';
export { savePlan, readSavedPlan } from './pipeline/plan/plan-file.js';
export type { SavedPlan } from './pipeline/plan/plan-file.js';
export type { ExportResult } from './pipeline/export/export.js';
