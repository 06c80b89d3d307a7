// What plan and apply show of a planned job: leaf-level changes with secrets
// masked on both sides (the old value of a secret is a secret too).
import type { JobLocation, PlannedJob } from '../cloud/plan.js';
import { leafChanges } from '../cloud/plan.js';
import { MASK, redactDeep } from '../redact.js';
import { SECRET_PARAMS } from '../sae/api.js';

export interface ChangeView {
  param: string;
  /** Path inside a JSON-valued parameter, e.g. `[1].value`; empty for the whole parameter. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface PlannedJobView extends JobLocation {
  action: PlannedJob['action'];
  appId?: string;
  changes: ChangeView[];
  replaceReasons: ChangeView[];
  suspend?: { from: boolean; to: boolean };
}

const masked = (v: unknown) => (v === undefined ? undefined : MASK);

function views(changes: PlannedJob['changes'], secrets: readonly string[], showSecrets: boolean): ChangeView[] {
  const out: ChangeView[] = [];
  for (const c of changes) {
    // A secret parameter is masked by its name: its live value is not among the manifest's secrets.
    if (SECRET_PARAMS.has(c.param) && !showSecrets) {
      out.push({ param: c.param, path: '', before: masked(c.before), after: masked(c.after) });
      continue;
    }
    for (const leaf of leafChanges(c.before, c.after)) {
      const after = redactDeep(leaf.after, secrets);
      const secretAfter = JSON.stringify(after) !== JSON.stringify(leaf.after);
      const before = secretAfter && leaf.before !== undefined ? MASK : redactDeep(leaf.before, secrets);
      out.push({ param: c.param, path: leaf.path, before, after });
    }
  }
  return out;
}

export function planView(p: PlannedJob, showSecrets = false): PlannedJobView {
  const secrets = showSecrets ? [] : p.job.secrets;
  const v: PlannedJobView = { file: p.file, name: p.name, namespace: p.namespace, region: p.region, action: p.action, changes: views(p.changes, secrets, showSecrets), replaceReasons: views(p.replaceReasons, secrets, showSecrets) };
  if (p.appId) v.appId = p.appId;
  if (p.suspend) v.suspend = p.suspend;
  return v;
}

export function valueText(v: unknown): string {
  return v === undefined ? '(unset)' : JSON.stringify(v);
}

export function changeLabel(c: ChangeView): string {
  return `${c.param}${c.path && !c.path.startsWith('[') ? '.' : ''}${c.path}`;
}

