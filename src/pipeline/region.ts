// Which region a manifest lives in (manifest.md §4).

export interface RegionSources {
  metadataRegion?: string | undefined;
  namespace?: string | undefined;
  /** From `--region`. */
  flag?: string | undefined;
  /** From ALIBABA_CLOUD_REGION_ID. */
  env?: string | undefined;
}

export function namespaceRegion(namespace: string | undefined): string | undefined {
  if (!namespace) return undefined;
  const i = namespace.indexOf(':');
  return i > 0 ? namespace.slice(0, i) : /^[a-z]{2,}-[a-z0-9]+(-[a-z0-9]+)*$/.test(namespace) ? namespace : undefined;
}

export function resolveRegion(s: RegionSources): string | undefined {
  return s.metadataRegion ?? namespaceRegion(s.namespace) ?? s.flag ?? s.env;
}

/**
 * The regions with a published SAE endpoint (sae.<region>.aliyuncs.com), as
 * the project's reference lists them. A region not here is most likely a
 * typo; SAE may open more, so it is a warning, not an error.
 */
export const SAE_REGIONS: readonly string[] = [
  'cn-hangzhou',
  'cn-shanghai',
  'cn-beijing',
  'cn-zhangjiakou',
  'cn-wulanchabu',
  'cn-shenzhen',
  'cn-heyuan',
  'cn-guangzhou',
  'cn-chengdu',
  'cn-hongkong',
  'ap-southeast-1',
  'ap-northeast-1',
  'us-west-1',
  'us-east-1',
  'eu-central-1',
];
