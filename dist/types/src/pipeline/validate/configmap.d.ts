import type { RuleFinding } from './rules.js';
export declare const CONFIGMAP_KIND = "ConfigMap";
export declare const isConfigMapDoc: (value: unknown) => boolean;
/** What a schema would say of a ConfigMap manifest, each finding at its field. */
export declare function checkConfigMapManifest(value: unknown): RuleFinding[];
