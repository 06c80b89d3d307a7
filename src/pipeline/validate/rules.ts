// The rules a schema cannot say, by area in rules/ (each runs on the parsed
// value of a manifest, which may also have schema errors, so every rule checks
// the shapes it reads and stays silent on what the schema already reports), and
// the registry: docs/manifest.md's table and the broken-manifest corpus are
// checked against RULES.
import { resolveRegion } from '../region.js';
import { asObj, RuleContext, str, type Rule, type RuleFinding } from './rules/context.js';
import { PACKAGES_RULES } from './rules/packages.js';
import { STORAGE_RULES } from './rules/storage.js';
import { ENV_RULES } from './rules/env.js';
import { SCHEDULE_RULES } from './rules/schedule.js';
import { PLACE_RULES } from './rules/place.js';
import { identityKey } from '../identity.js';

export type { Rule, RuleFinding, RuleInfo } from './rules/context.js';
export { isIpAddress, isTimeZone } from './rules/context.js';

/** Every rule, area by area. */
export const RULES: readonly Rule[] = [
  ...PACKAGES_RULES,
  ...STORAGE_RULES,
  ...ENV_RULES,
  ...SCHEDULE_RULES,
  ...PLACE_RULES,
];

/**
 * Every per-manifest rule on one manifest. `mayHoldReferences: false` (no
 * `${` in the file) skips looking for malformed references; `region` and
 * `envRegion` are `--region` and ALIBABA_CLOUD_REGION_ID.
 */
export function checkManifestRules(manifest: unknown, options: RuleContext['options'] = {}): RuleFinding[] {
  const out: RuleFinding[] = [];
  const ctx = new RuleContext(asObj(manifest), options);
  for (const r of RULES) {
    if (!r.check) continue;
    r.check(ctx, (f) => {
      const finding: RuleFinding = { ...f, rule: r.id };
      const code = f.saeCode ?? r.saeCode;
      if (code) finding.saeCode = code;
      out.push(finding);
    });
  }
  return out;
}

/** What makes a job one job: (region, namespace, name). */
export interface Identity {
  id: string;
  name: string;
  namespace: string;
  region: string;
}

export function identityOf(
  manifest: unknown,
  options: { region?: string | undefined; envRegion?: string | undefined },
): Identity | undefined {
  const md = asObj(asObj(manifest).metadata);
  const name = str(md.name);
  const namespace = str(md.namespace);
  if (name === undefined || namespace === undefined) return undefined;
  const region =
    resolveRegion({ metadataRegion: str(md.region), namespace, flag: options.region, env: options.envRegion }) ?? '';
  return { id: identityKey({ region, namespace, name }), name, namespace, region };
}

/** `first` says where the job was defined first, e.g. `manifests/a.yaml:4:9`. */
export function duplicateIdentityFinding(identity: Identity, first: string): RuleFinding {
  const { name, namespace, region } = identity;
  return {
    path: ['metadata', 'name'],
    rule: 'unique-identity',
    message: `${first} already defines job ${name} in namespace ${namespace}${region ? ` (${region})` : ''}: names must be unique per namespace`,
  };
}
