// A `kind: ConfigMap` manifest compiled: `${env:NAME}` resolved, secret-looking
// keys and variables remembered (never shown), its region found. Pure.
import type { RuleFinding } from '../validate/rules.js';
import { expandEnvRefs, SECRET_NAME } from '../envref.js';
import { resolveRegion } from '../region.js';

export interface CompiledConfigMap {
  name: string;
  namespace: string;
  region: string;
  description?: string;
  data: Record<string, string>;
  /** Values never shown: of secret-looking keys, or from secret-looking variables. */
  secretKeys: string[];
  /** Keys whose secret variable is not set where plan runs (plan without secrets): not compared. */
  unknown?: { key: string; variable: string }[];
}

export function compileConfigMap(
  value: unknown,
  o: { env: Readonly<Record<string, string | undefined>>; region?: string; unknownSecrets?: boolean },
): { configMap?: CompiledConfigMap; findings: RuleFinding[] } {
  const v = value as {
    metadata: { name: string; namespace: string; description?: string; region?: string };
    data: Record<string, string>;
  };
  const findings: RuleFinding[] = [];
  const data: Record<string, string> = {};
  const secretKeys: string[] = [];
  const unknown: { key: string; variable: string }[] = [];
  for (const [k, text] of Object.entries(v.data)) {
    const r = expandEnvRefs(text, o.env);
    for (const name of r.missing) {
      // plan without the secrets' values (as for jobs): the key is not compared, and apply needs it.
      if (o.unknownSecrets && (SECRET_NAME.test(name) || SECRET_NAME.test(k))) unknown.push({ key: k, variable: name });
      else
        findings.push({
          path: ['data', k],
          rule: 'env-unset',
          message: `environment variable ${name} is not set: set it where saejob runs (referenced as \${env:${name}})`,
        });
    }
    if (SECRET_NAME.test(k) || r.used.some((n) => SECRET_NAME.test(n)) || unknown.some((u) => u.key === k))
      secretKeys.push(k);
    data[k] = r.value;
  }
  const region = resolveRegion({
    metadataRegion: v.metadata.region,
    namespace: v.metadata.namespace,
    flag: o.region,
    env: o.env.ALIBABA_CLOUD_REGION_ID,
  });
  if (!region)
    findings.push({
      path: ['metadata', 'namespace'],
      rule: 'region-unknown',
      message: 'cannot tell the region: set metadata.region, --region or ALIBABA_CLOUD_REGION_ID',
    });
  if (findings.length) return { findings };
  const configMap: CompiledConfigMap = {
    name: v.metadata.name,
    namespace: v.metadata.namespace,
    region: region!,
    data,
    secretKeys,
  };
  if (v.metadata.description !== undefined) configMap.description = v.metadata.description;
  if (unknown.length) configMap.unknown = unknown;
  return { configMap, findings };
}
