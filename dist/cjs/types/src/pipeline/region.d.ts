export interface RegionSources {
    metadataRegion?: string | undefined;
    namespace?: string | undefined;
    /** From `--region`. */
    flag?: string | undefined;
    /** From ALIBABA_CLOUD_REGION_ID. */
    env?: string | undefined;
}
export declare function namespaceRegion(namespace: string | undefined): string | undefined;
export declare function resolveRegion(s: RegionSources): string | undefined;
/**
 * The regions with a published SAE endpoint (sae.<region>.aliyuncs.com), as
 * the project's reference lists them. A region not here is most likely a
 * typo; SAE may open more, so it is a warning, not an error.
 */
export declare const SAE_REGIONS: readonly string[];
