// A run's scope: the set it manages and the (region, namespace) places its
// manifests use. Prune deletes only inside it, and only jobs no manifest of
// the paths names — this run's or one it leaves out. Where the scope cannot
// tell this run's jobs from another part's (two environments, or an
// environment and the plain manifests, in one namespace), prune refuses
// rather than guess. Pure.
import type { PipelineResult } from '../compile/compile-files.js';
import { identityKey, placeKey, type PlaceKey } from '../identity.js';

export interface Place {
  region: string;
  namespace: string;
  /** The environment whose manifests use it; undefined for plain manifests. */
  environment?: string;
}

export interface RunScope {
  /** The ownership tag's value this run manages. */
  set: string;
  /** Where this run's manifests are: the only places prune looks. Sorted. */
  places: Place[];
  /** The environment run (`-e`), or every one (`--all-environments`); neither: the plain manifests. */
  environment?: string;
  allEnvironments?: boolean;
  /** Every (region, namespace, name) the paths define, in this run or left out: never pruned. */
  named: ReadonlySet<string>;
  /** Why prune cannot run in this scope, or undefined. */
  conflict?: string;
}

const partName = (environment: string | undefined) =>
  environment ? `environment ${environment}` : 'the plain manifests (no environment)';

export function runScope(
  pipeline: Pick<PipelineResult, 'compiled' | 'configMaps' | 'outside'>,
  o: { set: string; environment?: string | undefined; allEnvironments?: boolean | undefined },
): RunScope {
  const inRun = [
    ...pipeline.compiled.map((m) => ({
      region: m.job.region,
      namespace: m.job.namespace,
      name: m.job.name,
      environment: m.job.environment,
    })),
    ...pipeline.configMaps.map((c) => ({
      region: c.configMap.region,
      namespace: c.configMap.namespace,
      name: c.configMap.name,
      environment: c.source.environment,
    })),
  ];
  const places = new Map<PlaceKey, Place>();
  const conflicts: string[] = [];
  for (const m of inRun) {
    const had = places.get(placeKey(m));
    if (!had)
      places.set(placeKey(m), {
        region: m.region,
        namespace: m.namespace,
        ...(m.environment ? { environment: m.environment } : {}),
      });
    else if (had.environment !== m.environment)
      conflicts.push(
        `${m.namespace} (${m.region}) holds jobs of ${partName(had.environment)} and of ${partName(m.environment)}`,
      );
  }
  for (const m of pipeline.outside) {
    if (!m.region) continue;
    const had = places.get(placeKey({ region: m.region, namespace: m.namespace }));
    if (had && had.environment !== m.environment)
      conflicts.push(
        `${m.namespace} (${m.region}) is also used by ${partName(m.environment)} (${m.file}), which this run leaves out`,
      );
  }
  const named = new Set([
    ...inRun.map(identityKey),
    ...pipeline.outside.flatMap((m) =>
      m.region ? [identityKey({ region: m.region, namespace: m.namespace, name: m.name })] : [],
    ),
  ]);
  const scope: RunScope = {
    set: o.set,
    places: [...places.values()].sort((a, b) => placeKey(a).localeCompare(placeKey(b))),
    ...(o.environment ? { environment: o.environment } : {}),
    ...(o.allEnvironments ? { allEnvironments: true } : {}),
    named,
  };
  if (conflicts.length)
    scope.conflict = `--prune cannot tell whose jobs are whose: ${[...new Set(conflicts)].join('; ')}. Give each environment its own namespace, or run without --prune (saejob delete removes a job by name)`;
  return scope;
}

/** Whether a place is inside the scope. */
export const inScope = (scope: RunScope, p: { region: string; namespace: string }) =>
  scope.places.some((x) => x.region === p.region && x.namespace === p.namespace);

/** The environment a place of the scope belongs to. */
export const environmentAt = (scope: RunScope, p: { region: string; namespace: string }) =>
  scope.places.find((x) => x.region === p.region && x.namespace === p.namespace)?.environment;

/** The scope as a reporter shows it (no name sets). */
export interface ScopeView {
  set: string;
  places: Place[];
  environment?: string;
  allEnvironments?: boolean;
}

export const scopeView = (s: RunScope): ScopeView => ({
  set: s.set,
  places: s.places,
  ...(s.environment ? { environment: s.environment } : {}),
  ...(s.allEnvironments ? { allEnvironments: true } : {}),
});
