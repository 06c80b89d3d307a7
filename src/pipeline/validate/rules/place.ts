// Where a job lives: its identity, namespace, region and network; host aliases.
import { quoteValue, type FieldPath } from '../../diagnostics.js';
import { namespaceRegion, resolveRegion, SAE_REGIONS } from '../../region.js';
import { nearest } from '../../suggest.js';
import { asArr, asObj, isIpAddress, str, T, type Rule } from './context.js';

export const PLACE_RULES: readonly Rule[] = [
  {
    id: 'unique-identity',
    summary: '(region, namespace, name) is unique across the manifests given',
    prevents: 'a second job fighting the first',
  },
  {
    id: 'host-alias-ip',
    saeCode: 'InvalidHostnameIp.Invalid',
    summary: '`hostAliases[].ip` is IPv4 or IPv6 (host names are checked by the schema)',
    check({ template }, report) {
      asArr(template.hostAliases).forEach((h, i) => {
        const ip = str(asObj(h).ip);
        if (ip !== undefined && !isIpAddress(ip))
          report({ path: [...T, 'hostAliases', i, 'ip'], message: `${quoteValue(ip)} is not an IPv4 or IPv6 address` });
      });
    },
  },
  {
    id: 'network-auto-config',
    summary: '`autoConfig: true` is not combined with explicit network IDs',
    check({ spec }, report) {
      const net = asObj(spec.network);
      if (net.autoConfig !== true) return;
      for (const k of ['vpcId', 'vSwitchId', 'securityGroupId']) {
        if (net[k] !== undefined)
          report({
            path: ['spec', 'network', k],
            target: 'key',
            message: `autoConfig: true lets SAE choose the network, so ${k} would be ignored: remove ${k} or autoConfig`,
          });
      }
    },
  },
  {
    id: 'network-auto-config-namespace',
    summary: "`autoConfig: true` only in the region's default namespace",
    check({ metadata, spec }, report) {
      const net = asObj(spec.network);
      const namespace = str(metadata.namespace);
      // The SDK text: with AutoConfig SAE ignores NamespaceId, so the job would land in the region's
      // default namespace, where saejob would not find it: the next apply would create it again.
      if (net.autoConfig !== true || namespace === undefined || !namespace.includes(':')) return;
      const region = namespace.slice(0, namespace.indexOf(':'));
      report({
        path: ['spec', 'network', 'autoConfig'],
        message: `with autoConfig: true SAE ignores the namespace (the SDK says so) and puts the job in the region's default namespace ${region}, not ${namespace}: set metadata.namespace: ${region}, or give the network (vpcId, vSwitchId, securityGroupId) instead of autoConfig`,
      });
    },
  },
  {
    id: 'namespace-region',
    saeCode: 'InvalidNamespaceId.NotFound',
    summary: 'the namespace belongs to `metadata.region`',
    check({ metadata }, report) {
      const region = str(metadata.region);
      const nsRegion = namespaceRegion(str(metadata.namespace));
      if (region !== undefined && nsRegion !== undefined && region !== nsRegion) {
        report({
          path: ['metadata', 'namespace'],
          message: `namespace ${String(metadata.namespace)} belongs to region ${nsRegion}, but metadata.region is ${region}`,
        });
      }
    },
  },
  {
    id: 'region-mismatch',
    summary: '`--region` does not contradict the manifest',
    check({ metadata, options }, report) {
      if (options.region === undefined) return;
      const own = str(metadata.region) ?? namespaceRegion(str(metadata.namespace));
      if (own === undefined || own === options.region) return;
      report({
        path: ['metadata', metadata.region !== undefined ? 'region' : 'namespace'],
        message: `--region ${options.region} contradicts this manifest's region ${own}: drop --region or fix the manifest`,
      });
    },
  },
  {
    id: 'region-known',
    summary: 'the region is one with a published SAE endpoint (a typo gets a did-you-mean)',
    severity: 'warning',
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      const region = resolveRegion({
        metadataRegion: str(metadata.region),
        namespace,
        flag: options.region,
        env: options.envRegion,
      });
      if (region === undefined || SAE_REGIONS.includes(region)) return;
      const guess = nearest(region, SAE_REGIONS);
      const at: FieldPath = metadata.region !== undefined ? ['metadata', 'region'] : ['metadata', 'namespace'];
      report({
        path: at,
        severity: 'warning',
        message: `region ${region} has no SAE endpoint saejob knows of${guess ? `: did you mean ${guess}?` : ''} (if SAE has opened it since, this warning can be ignored)`,
      });
    },
  },
  {
    id: 'region-unknown',
    summary:
      'the region can be told offline (`metadata.region`, `region:name` namespace, `--region`, `ALIBABA_CLOUD_REGION_ID`)',
    prevents: 'a manifest that validates but cannot be planned',
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      if (namespace === undefined || !/^[a-z]/.test(namespace)) return;
      if (
        resolveRegion({ metadataRegion: str(metadata.region), namespace, flag: options.region, env: options.envRegion })
      )
        return;
      report({
        path: ['metadata', 'namespace'],
        message: `cannot tell the region of namespace ${namespace}: write it as <region>:${namespace} (e.g. cn-beijing:${namespace}), or set metadata.region`,
      });
    },
  },
];
