// `saejob`: the pure stages, as plain functions over data — load, validate,
// compile, plan (the comparison of a compiled manifest with a live job),
// redaction. Nothing here talks to SAE or loads its SDKs: see `saejob/cloud`
// and `saejob/emulator`.
export { loadManifests, parseManifestText, expandPaths } from './load.js';
export type { ManifestSource, LoadResult, LoadOptions } from './load.js';
export { validateManifests, validateSource, ManifestValidator } from './validate.js';
export type { ValidManifest, ValidationResult, ValidateOptions } from './validate.js';
export { validatePaths, validateFiles } from './validate-files.js';
export type { FilesValidation } from './validate-files.js';
export type { Diagnostic, Severity, FieldPath } from './diagnostics.js';
export { hasErrors } from './diagnostics.js';
export { RULES } from './rules.js';
export type * from './generated/job.js';
export { compileJob, manifestParams, createRequest, updateRequest } from './compile.js';
export type { CompiledJob, CompiledRequest, CompileOptions, Params, ParamValue } from './compile.js';
export { compileManifests } from './pipeline.js';
export type { CompiledManifest, PipelineOptions, PipelineResult } from './pipeline.js';
export { planJob, plannedRequests, summarise, hasChanges } from './cloud/plan.js';
export type { PlannedJob, PlanAction, ParamChange, PlanSummary } from './cloud/plan.js';
export { redactText, redactDeep, redactRequest, MASK } from './redact.js';
export { manifestFromParams, manifestYaml } from './export.js';
export type { ExportResult } from './export.js';
