// The library API: the same stages the CLI runs, as plain functions over data.
export { loadManifests, parseManifestText, expandPaths } from './load.js';
export type { ManifestSource, LoadResult, LoadOptions } from './load.js';
export { validateManifests, validateSource } from './validate.js';
export type { ValidManifest, ValidationResult, ValidateOptions } from './validate.js';
export type { Diagnostic, Severity, FieldPath } from './diagnostics.js';
export { hasErrors } from './diagnostics.js';
export { RULES } from './rules.js';
export type * from './generated/job.js';
export { compileJob, manifestParams, createRequest, updateRequest, expandManifest, BODY_PARAMS, CLEARING_VALUES, CREATE_ONLY_PARAMS, JSON_PARAMS } from './compile.js';
export type { CompiledJob, CompiledRequest, CompileOptions, Params, ParamValue } from './compile.js';
export { compileManifests } from './pipeline.js';
export type { CompiledManifest, PipelineOptions, PipelineResult } from './pipeline.js';
export { redactText, redactDeep, MASK } from './redact.js';
export { startEmulator, DEFAULT_CREDENTIAL, OPERATIONS } from './emulator/server.js';
export type { Emulator, EmulatorOptions, Counters } from './emulator/server.js';
export type { FaultConfig } from './emulator/faults.js';
export type { BehaviourConfig } from './emulator/store.js';
