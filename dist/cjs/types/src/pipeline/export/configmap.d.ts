import type { ExportResult } from './export.js';
/** The manifest text of a listed ConfigMap (its description without saejob's set mark). */
export declare function configMapManifest(c: {
    Name: string;
    Data?: Record<string, unknown> | undefined;
}, namespace: string, description: string): string;
/** The ConfigMaps a manifest names (export writes names where it can). */
export declare function usedConfigMaps(m: ExportResult['manifest']): string[];
