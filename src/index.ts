// `saejob`: the pure stages, as plain functions over data — load, validate,
// compile, plan (the comparison of a compiled manifest with a live job),
// redaction. Nothing here talks to SAE or loads its SDKs: see `saejob/cloud`
// and `saejob/emulator`.
export { loadManifests, parseManifestText, expandPaths } from './pipeline/load.js';
export type { ManifestSource, LoadResult, LoadOptions } from './pipeline/load.js';
export { applyEnvironments, manifestDifferences } from './pipeline/environments.js';
export type { EnvironmentOptions, EnvironmentsResult, FieldDifference } from './pipeline/environments.js';
export { validateManifests, validateSource, ManifestValidator } from './pipeline/validate.js';
export type { ValidManifest, ValidationResult, ValidateOptions } from './pipeline/validate.js';
export { validatePaths, validateFiles } from './pipeline/validate-files.js';
export type { FilesValidation } from './pipeline/validate-files.js';
export type { Diagnostic, Severity, FieldPath } from './pipeline/diagnostics.js';
export { hasErrors } from './pipeline/diagnostics.js';
export { RULES } from './pipeline/rules.js';
export type * from './generated/job.js';
export { compileJob, manifestParams, createRequest, updateRequest } from './pipeline/compile.js';
export type { CompiledJob, CompiledRequest, CompileOptions, Params, ParamValue } from './pipeline/compile.js';
export { compileManifests } from './pipeline/compile-files.js';
export type { CompiledManifest, PipelineOptions, PipelineResult } from './pipeline/compile-files.js';
export { planJob, plannedRequests, summarise, hasChanges } from './pipeline/plan.js';
export type { PlannedJob, PlanAction, ParamChange, PlanSummary } from './pipeline/plan.js';
export { redactText, redactDeep, redactRequest, MASK } from './pipeline/redact.js';
export { manifestFromParams, manifestYaml } from './pipeline/export.js';
export { savePlan, readSavedPlan } from './pipeline/plan-file.js';
export type { SavedPlan } from './pipeline/plan-file.js';
export type { ExportResult } from './pipeline/export.js';
