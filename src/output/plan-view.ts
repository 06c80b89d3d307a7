// What plan and apply show of a planned job: leaf-level changes with secrets
// masked on both sides (the old value of a secret is a secret too).
import type { JobLocation, PlannedJob } from '../pipeline/plan/plan.js';
import { leafChanges, locationOf } from '../pipeline/plan/plan.js';
import { normaliseParam } from '../pipeline/plan/live-job.js';
import { type EnvSecrecy, MASK, maskEnvEntries, redactDeep } from '../pipeline/redact.js';
import { JOB_PARAMS, manifestLabel, SECRET_PARAMS } from '../contract/api.js';
import { OWNER_TAG, PROTECTED_LABEL } from '../pipeline/plan/ownership.js';

export interface ChangeView {
  /** The manifest path changed, list items by their key: `spec.template.env[DB_HOST].value`. */
  field: string;
  /** The SAE parameter it is sent as. */
  param: string;
  /** Path inside a JSON-valued parameter, e.g. `[1].value`; empty for the whole parameter. */
  path: string;
  before: unknown;
  after: unknown;
  /** The manifest no longer sets it: back to SAE's default (`reset`), or only a new job is without it (`replace`). */
  removal?: 'reset' | 'replace';
}

export interface PlannedJobView extends JobLocation {
  action: PlannedJob['action'];
  appId?: string;
  changes: ChangeView[];
  replaceReasons: ChangeView[];
  suspend?: { from: boolean; to: boolean };
  /** Why a job with nothing to change is not `unchanged`. */
  note?: string;
  /** Manifest fields not compared: their secret is not set where plan ran (apply needs it). */
  unknown?: string[];
}

const masked = (v: unknown) => (v === undefined ? undefined : MASK);

/**
 * Env lists with secret entries masked by name, on both sides: the live
 * value of a secret is a secret too, and it is not among the manifest's
 * secrets. A changed secret shows as `****** (changed)`.
 */
function maskedEnvs(before: unknown, after: unknown, names: EnvSecrecy): [unknown, unknown] {
  const mb = maskEnvEntries(before, names);
  const ma = maskEnvEntries(after, names);
  if (!Array.isArray(before) || !Array.isArray(after) || !Array.isArray(ma)) return [mb, ma];
  const old = new Map(before.map((e: { name?: unknown; value?: unknown }) => [e?.name, e?.value]));
  return [
    mb,
    ma.map((e: { name?: unknown; value?: unknown }, i) =>
      e?.value === MASK && old.has(e.name) && old.get(e.name) !== (after[i] as { value?: unknown }).value
        ? { ...e, value: `${MASK} (changed)` }
        : e,
    ),
  ];
}

function views(
  changes: PlannedJob['changes'],
  secrets: readonly string[],
  showSecrets: boolean,
  names: EnvSecrecy,
): ChangeView[] {
  const out: ChangeView[] = [];
  for (const raw of changes) {
    // A secret parameter is masked by its name: its live value is not among the manifest's secrets.
    if (SECRET_PARAMS.has(raw.param) && !showSecrets) {
      out.push({
        field: manifestLabel(raw.param),
        param: raw.param,
        path: '',
        before: masked(raw.before),
        after: masked(raw.after),
        ...(raw.removal ? { removal: raw.removal } : {}),
      });
      continue;
    }
    const c =
      raw.param === 'Envs' && !showSecrets
        ? {
            ...raw,
            ...Object.fromEntries(maskedEnvs(raw.before, raw.after, names).map((v, i) => [i ? 'after' : 'before', v])),
          }
        : raw;
    for (const leaf of leafChanges(c.before, c.after, '', JOB_PARAMS.get(c.param)?.key)) {
      const after = redactDeep(leaf.after, secrets);
      const secretAfter = JSON.stringify(after) !== JSON.stringify(leaf.after);
      const before = secretAfter && leaf.before !== undefined ? MASK : redactDeep(leaf.before, secrets);
      out.push({
        field: `${manifestLabel(c.param)}${leaf.path && !leaf.path.startsWith('[') ? '.' : ''}${leaf.path}`,
        param: c.param,
        path: leaf.path,
        before,
        after,
        ...(raw.removal ? { removal: raw.removal } : {}),
      });
    }
  }
  return out;
}

/** What the run allows beyond changes in place: taking over unowned jobs, replacing. */
export interface PlanAllowances {
  adopt?: boolean | undefined;
  replace?: boolean | undefined;
}

export function planView(p: PlannedJob, showSecrets = false, allow: PlanAllowances = {}): PlannedJobView {
  const secrets = showSecrets ? [] : p.job.secrets;
  const v: PlannedJobView = {
    ...locationOf(p),
    action: p.action,
    // A job to create shows what it will have, field by field, as a new ConfigMap does.
    changes: views(p.action === 'create' ? createdFields(p) : p.changes, secrets, showSecrets, p.job),
    replaceReasons: views(p.replaceReasons, secrets, showSecrets, p.job),
  };
  if (p.appId) v.appId = p.appId;
  if (p.suspend) v.suspend = p.suspend;
  if (p.unknown) v.unknown = p.unknown;
  // Tags in the manifest's terms: labels, and the ownership tag saejob keeps.
  // A job to be created lists no field, its tags neither.
  for (const t of p.action === 'create' ? [] : (p.tagChanges ?? []))
    v.changes.push({
      field: t.key === OWNER_TAG ? `(ownership tag) ${OWNER_TAG}` : `metadata.labels.${t.key}`,
      param: 'Tags',
      path: t.key,
      before: t.before,
      after: t.after,
    });
  if (p.renameOf)
    v.note = `probably a rename of ${p.renameOf} (deleted in this plan, same spec): SAE cannot rename a job, so the new one starts without ${p.renameOf}'s run history`;
  else if (p.renamedTo && !p.protected)
    v.note = `probably renamed to ${p.renamedTo} (created in this plan, same spec): deleting it loses its run history; keep the old name to keep it`;
  else if (p.ownership)
    v.note =
      p.ownership.state === 'other'
        ? `owned by the set ${p.ownership.set} (its ${OWNER_TAG} tag), not this one: apply leaves it alone`
        : allow.adopt
          ? `not owned by saejob (no ${OWNER_TAG} tag: made in the console?): --adopt takes it over`
          : `not owned by saejob (no ${OWNER_TAG} tag: made in the console?): apply leaves it alone unless --adopt`;
  else if (p.action === 'delete')
    v.note = p.protected
      ? `no manifest names it any more, but it is labelled ${PROTECTED_LABEL}: apply refuses to delete it`
      : 'no manifest names it any more: apply --prune deletes it';
  else if (p.protected && p.action === 'replace') v.note = `labelled ${PROTECTED_LABEL}: apply refuses to replace it`;
  else if (p.action === 'replace' && !allow.replace)
    v.note =
      'apply refuses to replace it without --replace (plan --replace --out FILE to review the replacement as it will be applied)';
  else if (p.lastChangeOrder)
    v.note =
      p.lastChangeOrder.state === 'failed'
        ? "the job's last change order failed: apply sends the manifest's state again"
        : `its change order${p.lastChangeOrder.changeOrderId ? ` ${p.lastChangeOrder.changeOrderId}` : ''} is still running in SAE: apply waits for it first`;
  return v;
}

/** A new job's parameters as changes from nothing (not the identity, not what only the request carries). */
function createdFields(p: PlannedJob): PlannedJob['changes'] {
  const out: PlannedJob['changes'] = [];
  for (const [param, value] of Object.entries(p.job.params)) {
    if (param === 'AppName' || param === 'NamespaceId' || param === 'Workload' || value === undefined) continue;
    if (param === 'PackageType' && value === 'Image') continue; // the image field says it
    const after = normaliseParam(param, value);
    if (after !== undefined) out.push({ param, before: undefined, after });
  }
  return out;
}

/** How a field plan could not compare reads, in every format. */
export const UNKNOWN_TEXT = '(unknown: its secret is not set here; not compared, and apply needs it)';

export function valueText(v: unknown): string {
  return v === undefined ? '(unset)' : JSON.stringify(v);
}
