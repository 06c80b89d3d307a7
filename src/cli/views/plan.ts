// The plan as its reporters take it (a view model, as Terraform's command/views):
// built from the plan operation's data, rendered by output/reports/plan.ts.
import type { CompiledManifest, PipelineResult } from '../../pipeline/compile/compile-files.js';
import type { ApplyResult } from '../../pipeline/plan/apply-result.js';
import type { ApplyReport } from '../../output/reports/apply.js';
import { summarise } from '../../pipeline/plan/plan.js';
import { redactText } from '../../pipeline/redact.js';
import { locate } from '../../pipeline/load/positions.js';
import { scopeView } from '../../pipeline/plan/scope.js';
import { planView, type PlanAllowances } from '../../output/plan-view.js';
import type { ManifestPosition, PlanReport } from '../../output/reports/plan.js';
import type { PlanOutcome } from '../../operations/plan.js';

/** The plan as its reporters take it: changes in the manifest's terms, secrets masked (also in what SAE said back). */
export function planReport(
  o: PlanOutcome,
  showSecrets: boolean,
  allow: PlanAllowances & { prune?: boolean | undefined } = {},
): PlanReport {
  const where = positionsOf(o.results.map((r) => r.manifest));
  const at = (file: string, name: string) => where(file, name) ?? { file, line: 0, col: 0 };
  return {
    jobs: o.planned.map((p) => ({ ...planView(p, showSecrets, allow), position: at(p.file, p.name) })),
    errors: o.failures.map((f) => ({
      name: f.manifest.job.name,
      namespace: f.manifest.job.namespace,
      file: f.manifest.source.file,
      error: showSecrets ? f.error!.describe() : redactText(f.error!.describe(), f.manifest.job.secrets),
      position: at(f.manifest.source.file, f.manifest.job.name),
    })),
    summary: summarise(o.planned),
    scope: { ...scopeView(o.scope), prune: Boolean(allow.prune) },
    ...(o.pruneError ? { pruneError: o.pruneError } : {}),
    ...(o.configMaps?.length ? { configMaps: o.configMaps.map(({ configMap: _, live: __, ...view }) => view) } : {}),
  };
}

/** Where each of the manifests names its job, by file and job name (a file may hold several). */
function positionsOf(
  manifests: readonly CompiledManifest[],
): (file: string, name: string) => ManifestPosition | undefined {
  const byFile = new Map<string, Map<string, ManifestPosition>>();
  for (const m of manifests) {
    const names = byFile.get(m.source.file) ?? new Map<string, ManifestPosition>();
    names.set(m.job.name, manifestPosition(m));
    byFile.set(m.source.file, names);
  }
  return (file, name) => byFile.get(file)?.get(name);
}

/** Where a manifest names its job: what a CI annotation points at. */
export function manifestPosition(m: CompiledManifest): ManifestPosition {
  return { file: m.source.file, ...locate(m.source, ['metadata', 'name'], 'value') };
}

/** Apply's results as its reporters take them: each where its manifest names it. */
export function applyReport(results: readonly ApplyResult[], pipeline: PipelineResult, calls: ApplyReport['calls']) {
  const where = positionsOf(pipeline.compiled);
  return { jobs: results.map((r) => ({ ...r, position: where(r.file, r.name) })), calls };
}
