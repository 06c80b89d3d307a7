import { type Io } from '../io.js';
import type { CloudContext, CloudFlags } from '../cloud.js';
import type { exportNamer } from '../../sae/references.js';
export declare const JOB_NAME: RegExp;
/**
 * `--layout staging=NS,prod=NS --out DIR [NAME...]`: the same jobs from
 * several namespaces as a base (the first environment's) and one
 * Environment document per namespace that reproduces it exactly.
 */
export declare function exportLayout(spec: string, names: string[], values: CloudFlags & {
    out?: string | undefined;
    force?: boolean | undefined;
    'schema-ref'?: string | undefined;
}, ctx: CloudContext, io: Io, adopt: (appId: string, region: string) => Promise<void>, namer: ReturnType<typeof exportNamer>): Promise<number>;
