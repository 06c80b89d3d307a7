// Stage 2: validate. The precompiled schema validator, then the rules a
// schema cannot say; every finding located in the source.
import validateSchema from './generated/validate-job.js';
import { formatFieldPath, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import type { LoadResult, ManifestSource } from './load.js';
import { locate } from './positions.js';
import { checkManifestRules, checkRegionOption, duplicateIdentityFinding, identityOf, type RuleFinding } from './rules.js';
import { schemaFindings } from './schema-errors.js';
import type { SaeJob } from './generated/job.js';

export interface ValidManifest {
  source: ManifestSource;
  manifest: SaeJob;
}

export interface ValidateOptions {
  /** `--region`: contradicting a manifest's own region is an error. */
  region?: string | undefined;
  /** ALIBABA_CLOUD_REGION_ID, the last fallback for a manifest's region. */
  envRegion?: string | undefined;
}

export interface ValidationResult {
  /** Every diagnostic, load problems included, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** The manifests that have no error. */
  valid: ValidManifest[];
}

export function toDiagnostic(source: ManifestSource, f: RuleFinding): Diagnostic {
  const at = locate(source, f.path, f.target ?? 'value');
  const d: Diagnostic = {
    severity: f.severity ?? 'error',
    file: source.file,
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
    field: formatFieldPath(f.field ?? f.path),
    message: f.message,
    rule: f.rule,
  };
  if (f.saeCode) d.saeCode = f.saeCode;
  return d;
}

/**
 * Another tool's YAML (a Kubernetes object, a CI workflow) gets one message
 * saying so, not a list of everything it lacks.
 */
function foreignDocument(value: unknown): RuleFinding | undefined {
  const v = value as { apiVersion?: unknown; kind?: unknown };
  if (typeof v.apiVersion !== 'string' || v.apiVersion.startsWith('saejob/')) return undefined;
  return {
    path: ['apiVersion'],
    rule: 'manifest/not-saejob',
    message: `this is not a saejob manifest (apiVersion ${v.apiVersion}${typeof v.kind === 'string' ? `, kind ${v.kind}` : ''}): saejob reads apiVersion saejob/v1, kind Job; give it only your job manifests (in pre-commit, set files:)`,
  };
}

/** Schema and per-manifest rules for one document. */
export function validateSource(source: ManifestSource, options: ValidateOptions = {}): Diagnostic[] {
  const foreign = foreignDocument(source.value);
  if (foreign) return [toDiagnostic(source, foreign)];
  const findings = validateSchema(source.value) ? [] : schemaFindings(validateSchema.errors ?? [], source.value);
  findings.push(...checkManifestRules(source.value), ...checkRegionOption(source.value, options.region));
  return findings.map((f) => toDiagnostic(source, f));
}

/**
 * Validates documents one at a time, remembering only the identities seen
 * (for the unique-identity rule), so that a caller can drop each document
 * once it is checked: memory stays flat over thousands of manifests.
 */
export class ManifestValidator {
  private seen = new Set<string>();
  constructor(readonly options: ValidateOptions = {}) {}

  check(source: ManifestSource): Diagnostic[] {
    const diagnostics = validateSource(source, this.options);
    const identity = identityOf(source.value, this.options);
    if (identity) {
      if (this.seen.has(identity.id)) diagnostics.push(toDiagnostic(source, duplicateIdentityFinding(identity)));
      else this.seen.add(identity.id);
    }
    return diagnostics;
  }
}

export function validateManifests(loaded: Pick<LoadResult, 'sources' | 'diagnostics'>, options: ValidateOptions = {}): ValidationResult {
  const validator = new ManifestValidator(options);
  const diagnostics = [...loaded.diagnostics];
  const valid: ValidManifest[] = [];
  for (const source of loaded.sources) {
    const own = validator.check(source);
    diagnostics.push(...own);
    if (!hasErrors(own)) valid.push({ source, manifest: source.value as SaeJob });
  }
  return { diagnostics: sortDiagnostics(diagnostics), valid };
}
