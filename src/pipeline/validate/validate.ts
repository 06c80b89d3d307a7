// Stage 2: validate. The precompiled schema validator, then the rules a
// schema cannot say; every finding located in the source.
import validateSchema from '../../generated/validate-job.js';
import { formatFieldPath, hasErrors, quoteValue, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { LoadResult, ManifestSource } from '../load/load.js';
import { whereIs } from '../load/positions.js';
import { checkConfigMapManifest, isConfigMapDoc } from './configmap.js';
import { checkManifestRules, duplicateIdentityFinding, identityOf, type RuleFinding } from './rules.js';
import { schemaFindings } from './schema-errors.js';
import type { SaeJob } from '../../generated/job.js';
import { pushAll, valueAt } from '../collections.js';
import { VARIABLE_REF } from '../envref.js';
import { MAX_COLLECTION_SIZE, MAX_FINDINGS_PER_DOCUMENT, MAX_REQUEST_BYTES } from '../limits.js';
import { queryTooLong } from './request-size.js';

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
  /** The job manifests that have no error. */
  valid: ValidManifest[];
  /** The ConfigMap manifests that have no error. */
  configMaps: ManifestSource[];
}

export function toDiagnostic(source: ManifestSource, f: RuleFinding): Diagnostic {
  const at = whereIs(source, f.path, f.target ?? 'value');
  const d: Diagnostic = {
    severity: f.severity ?? 'error',
    file: at.file,
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
    field: formatFieldPath(f.field ?? f.path),
    message: f.message,
    rule: f.rule,
  };
  if (f.saeCode) d.saeCode = f.saeCode;
  if (source.environment) d.environment = source.environment;
  return d;
}

/**
 * Another tool's YAML (a Kubernetes object, a CI workflow) gets one message
 * saying so, not a list of everything it lacks.
 */
function foreignDocument(value: unknown): RuleFinding | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as { apiVersion?: unknown; kind?: unknown };
  const HINT =
    'saejob reads apiVersion saejob/v1, kind Job; give it only your job manifests (in pre-commit, set files:)';
  if (typeof v.apiVersion === 'string' && !v.apiVersion.startsWith('saejob/')) {
    return {
      path: ['apiVersion'],
      rule: 'manifest/not-saejob',
      message: `this is not a saejob manifest (apiVersion ${v.apiVersion}${typeof v.kind === 'string' ? `, kind ${v.kind}` : ''}): ${HINT}`,
    };
  }
  // A mapping with none of a manifest's four keys (a workflow, a compose file) is
  // someone else's YAML; a manifest missing apiVersion still has metadata or spec.
  // (Checked without listing the keys first: this runs for every manifest.)
  if (v.apiVersion !== undefined || v.kind !== undefined || 'metadata' in v || 'spec' in v) return undefined;
  const keys = Object.keys(v);
  if (keys.length && !keys.some((k) => MANIFEST_KEYS.has(k))) {
    const shown = keys.slice(0, 4).join(', ') + (keys.length > 4 ? ', …' : '');
    return {
      path: [],
      rule: 'manifest/not-saejob',
      message: `this is not a saejob manifest (no apiVersion, kind, metadata or spec; its keys are ${shown}): ${HINT}`,
    };
  }
  return undefined;
}

const MANIFEST_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'spec']);

/**
 * Where a value is sent as text, YAML's reading of a plain scalar must not
 * change it: `1.10` is the number 1.1, `0x1F` is 31, `True` is true. The
 * source text is only looked at (and the file parsed for positions) when
 * such a field holds a number or a boolean.
 */
export function exactTextFindings(source: ManifestSource): RuleFinding[] {
  const m = source.value as {
    spec?: {
      shards?: unknown;
      template?: { image?: { pullSecretId?: unknown }; package?: { version?: unknown }; env?: unknown };
    };
  };
  const t = m?.spec?.template;
  const out: RuleFinding[] = [];
  // Paths are made only for a number or boolean found (this runs on every manifest).
  const check = (v: unknown, path: () => (string | number)[]) => {
    if (typeof v !== 'number' && typeof v !== 'boolean') return;
    const at = path();
    const o = source.origin?.(at) ?? { source, path: at };
    // Written as it prints wherever it came from: nothing to say, and no `yaml` parse for its text.
    if (o.source.facts?.exactScalars) return;
    const text = (o.source.doc?.getIn(o.path, true) as { source?: string } | undefined)?.source;
    if (text === undefined || text === String(v)) return;
    const what = typeof v === 'number' ? `the number ${String(v)}` : `the boolean ${String(v)}`;
    const shown = quoteValue(text).slice(1, -1);
    out.push({
      path: at,
      rule: 'exact-value',
      message: `YAML reads ${shown} as ${what.slice(0, 80)}, so SAE would get ${quoteValue(String(v))}: write it in quotes, "${shown}", to send it as written`,
    });
  };
  check(t?.image?.pullSecretId, () => ['spec', 'template', 'image', 'pullSecretId']);
  check(t?.package?.version, () => ['spec', 'template', 'package', 'version']);
  const shards = m?.spec?.shards;
  if (Array.isArray(shards)) for (let i = 0; i < shards.length; i++) check(shards[i], () => ['spec', 'shards', i]);
  const env = t?.env;
  if (Array.isArray(env))
    for (let i = 0; i < env.length; i++)
      check((env[i] as { value?: unknown } | undefined)?.value, () => ['spec', 'template', 'env', i, 'value']);
  return out;
}

/**
 * A list or mapping far larger than any manifest's, found before the schema
 * runs: checking 130,000 wrong items one by one would cost more time and
 * memory than a validation is worth, and say the same thing 130,000 times.
 */
function oversizedCollection(source: ManifestSource): RuleFinding | undefined {
  // A value that cannot be larger than its text (no aliases) and a short text: nothing to look for.
  const bound = source.facts?.sizeBound;
  if (bound !== undefined && bound.separators <= MAX_COLLECTION_SIZE && bound.chars <= MAX_REQUEST_BYTES)
    return undefined;
  // Paths are made only for the culprit.
  if (!sizeWalk(source.value, undefined, { text: 0 })) return undefined;
  return sizeWalk(source.value, [], { text: 0 }) as RuleFinding;
}

function sizeWalk(
  v: unknown,
  path: (string | number)[] | undefined,
  budget: { text: number },
): RuleFinding | true | undefined {
  if (typeof v === 'string') {
    budget.text += v.length;
    if (budget.text <= MAX_REQUEST_BYTES) return undefined;
    return path
      ? {
          path,
          rule: 'manifest/too-large',
          message: `this manifest holds more than ${MAX_REQUEST_BYTES / 1024} KiB of text, more than a job's request may carry: is a value repeated or generated?`,
        }
      : true;
  }
  if (!v || typeof v !== 'object') return undefined;
  const list = Array.isArray(v);
  const keys = list ? undefined : Object.keys(v);
  const size = list ? v.length : keys!.length;
  if (size > MAX_COLLECTION_SIZE) {
    return path
      ? {
          path,
          target: 'key',
          rule: 'manifest/too-large',
          message: `${list ? 'this list holds' : 'this mapping holds'} ${size} ${list ? 'items' : 'keys'}; a manifest's hold at most ${MAX_COLLECTION_SIZE}: is this the right file?`,
        }
      : true;
  }
  for (let i = 0; i < size; i++) {
    const k = list ? i : keys![i]!;
    const found = sizeWalk((v as Record<string | number, unknown>)[k], path && [...path, k], budget);
    if (found) return found;
  }
  return undefined;
}

/** Schema and per-manifest rules for one document. */
export function validateSource(source: ManifestSource, options: ValidateOptions = {}): Diagnostic[] {
  const foreign = foreignDocument(source.value);
  if (foreign) return [toDiagnostic(source, foreign)];
  const oversized = oversizedCollection(source);
  if (oversized) return [toDiagnostic(source, oversized)];
  const tooLong = queryTooLong(source.value);
  if (tooLong) return [toDiagnostic(source, tooLong)];
  const findings = validateSchema(source.value) ? [] : schemaFindings(validateSchema.errors ?? [], source.value);
  pushAll(
    findings,
    checkManifestRules(source.value, {
      region: options.region,
      envRegion: options.envRegion,
      mayHoldReferences: source.facts?.mayHoldReferences,
    }),
  );
  pushAll(findings, exactTextFindings(source));
  return shownFindings(source, findings);
}

/**
 * A base manifest checked on its own (a pre-commit hook given one file): a
 * field that holds an environment's `${var:…}` is checked where an
 * environment builds the manifest, not here; compile and the cloud commands
 * refuse such a manifest outside its environment.
 */
function withoutVariableFields(source: ManifestSource, findings: RuleFinding[]): RuleFinding[] {
  if (source.environment || !source.facts?.mayHoldReferences) return findings;
  return findings.filter((f) => {
    const v = valueAt(source.value, f.path);
    return !(typeof v === 'string' && VARIABLE_REF.test(v));
  });
}

function shownFindings(source: ManifestSource, all: RuleFinding[]): Diagnostic[] {
  const findings = withoutVariableFields(source, all);
  const shown = findings.slice(0, MAX_FINDINGS_PER_DOCUMENT).map((f) => toDiagnostic(source, f));
  if (findings.length > MAX_FINDINGS_PER_DOCUMENT) {
    const next = toDiagnostic(source, findings[MAX_FINDINGS_PER_DOCUMENT]!);
    shown.push({
      ...next,
      field: '',
      rule: 'findings/truncated',
      message: `${findings.length - MAX_FINDINGS_PER_DOCUMENT} more problems in this document are not shown: fix the ones above first`,
    });
  }
  return shown;
}

/**
 * Validates documents one at a time, remembering only the identities seen
 * (for the unique-identity rule), so that a caller can drop each document
 * once it is checked: memory stays flat over thousands of manifests.
 */
export class ManifestValidator {
  /** Identity → where it was first defined. */
  private seen = new Map<string, string>();
  constructor(readonly options: ValidateOptions = {}) {}

  check(source: ManifestSource): Diagnostic[] {
    // A ConfigMap manifest: its own shape, its own identity (namespace and name).
    if (isConfigMapDoc(source.value)) {
      const diagnostics = withoutVariableFields(source, checkConfigMapManifest(source.value)).map((f) =>
        toDiagnostic(source, f),
      );
      const md = (source.value as { metadata?: { name?: unknown; namespace?: unknown } }).metadata;
      const id = `configmap\0${String(md?.namespace)}\0${String(md?.name)}`;
      const first = this.seen.get(id);
      if (first !== undefined && !diagnostics.length)
        diagnostics.push(
          toDiagnostic(source, {
            path: ['metadata', 'name'],
            rule: 'unique-identity',
            message: `ConfigMap ${String(md?.name)} in ${String(md?.namespace)} is defined twice (first in ${first})`,
          }),
        );
      else this.seen.set(id, source.file);
      return diagnostics;
    }
    const diagnostics = validateSource(source, this.options);
    const identity = identityOf(source.value, this.options);
    if (identity) {
      const first = this.seen.get(identity.id);
      if (first !== undefined) diagnostics.push(toDiagnostic(source, duplicateIdentityFinding(identity, first)));
      else
        this.seen.set(
          identity.id,
          `${source.index > 0 ? `${source.file} (document ${source.index + 1})` : source.file}${source.environment ? ` in environment ${source.environment}` : ''}`,
        );
    }
    return diagnostics;
  }
}

export function validateManifests(
  loaded: Pick<LoadResult, 'sources' | 'diagnostics'>,
  options: ValidateOptions = {},
): ValidationResult {
  const validator = new ManifestValidator(options);
  const diagnostics = [...loaded.diagnostics];
  const valid: ValidManifest[] = [];
  const configMaps: ManifestSource[] = [];
  for (const source of loaded.sources) {
    const own = validator.check(source);
    pushAll(diagnostics, own);
    if (hasErrors(own)) continue;
    if (isConfigMapDoc(source.value)) configMaps.push(source);
    else valid.push({ source, manifest: source.value as SaeJob });
  }
  return { diagnostics: sortDiagnostics(diagnostics), valid, configMaps };
}
