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
