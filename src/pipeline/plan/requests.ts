// What a planned job sends: UpdateJob with what a removal clears or resets
// (the SAE table's removalOf), the tag requests, in order. Pure.
import { removalOf } from '../../contract/api.js';
import {
  createRequest,
  deleteRequest,
  tagRequest,
  untagRequest,
  updateRequest,
  type CompiledRequest,
} from '../compile/compile.js';
import { tagChanges } from './ownership.js';

import type { PlannedJob } from './plan.js';

/** Parameters the manifest no longer sets that the live job has: UpdateJob clears them. */
export function clearedParams(p: PlannedJob): string[] {
  return p.changes.filter((c) => c.after === undefined).map((c) => c.param);
}

/** Parameters the manifest no longer sets that UpdateJob puts back to SAE's default: name → value to send. */
export function resetParams(p: PlannedJob): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const c of p.changes) {
    const how = c.removal === 'reset' ? removalOf(c.param) : undefined;
    if (how?.kind === 'reset') out[c.param] = how.value;
  }
  return out;
}

/** The writes apply will send for a planned job (before any SuspendJob). */
export function plannedRequests(p: PlannedJob): CompiledRequest[] {
  switch (p.action) {
    case 'create':
      return [createRequest(p.job.params), ...tagRequests(p)];
    case 'update':
      return [
        ...(p.changes.length || p.lastChangeOrder?.state === 'failed'
          ? [updateRequest(p.appId!, { ...p.job.params, ...resetParams(p) }, clearedParams(p))]
          : []),
        ...tagRequests(p),
      ];
    case 'replace':
      return [deleteRequest(p.appId!), createRequest(p.job.params), ...tagRequests(p, true)];
    case 'delete':
      return [deleteRequest(p.appId!)];
    default:
      return [];
  }
}

/** TagResources / UntagResources for a job's tag changes (all of its tags for a job about to be created). */
export function tagRequests(
  p: PlannedJob,
  created = p.action === 'create',
  appId = created ? '(the new job)' : p.appId!,
): CompiledRequest[] {
  const changes = created ? tagChanges({}, p.tags ?? {}) : (p.tagChanges ?? []);
  const set = changes.filter((c) => c.after !== undefined);
  const unset = changes.filter((c) => c.after === undefined);
  return [
    ...(set.length ? [tagRequest(appId, p.region, Object.fromEntries(set.map((c) => [c.key, c.after!])))] : []),
    ...(unset.length
      ? [
          untagRequest(
            appId,
            p.region,
            unset.map((c) => c.key),
          ),
        ]
      : []),
  ];
}
