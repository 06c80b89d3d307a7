import type { Io } from './io.js';
import { type ListedJob } from '../sae/live.js';
import type { Session } from '../sae/session.js';
import type { CloudContext, CloudFlags } from './cloud.js';
export interface JobRef {
    name: string;
    namespace: string;
    region: string;
}
export declare function regionFor(namespace: string, flag: string | undefined, io: Io): string;
/**
 * The jobs some manifests name, for the commands that need only their
 * identity (no ${env:} references resolved): validated, problems printed;
 * undefined when there are errors.
 */
export declare function manifestJobRefs(paths: readonly string[], values: CloudFlags & {
    namespace?: string | undefined;
}, io: Io, 
/** Told the ConfigMap manifests among the paths (which these commands do not act on). */
onConfigMaps?: (names: string[]) => void): (JobRef & {
    file: string;
})[] | undefined;
/** NAME --namespace NS, or one manifest path. */
export declare function jobRefFromArgs(positionals: string[], values: CloudFlags & {
    namespace?: string | undefined;
}, io: Io, command: string): JobRef;
export declare function findJob(session: Session, ref: JobRef): Promise<ListedJob | undefined>;
/** The live job a command names, or a usage error that says it does not exist. */
export declare function requireJob(session: Session, ref: JobRef, hint?: string): Promise<ListedJob>;
/** The jobs of a namespace (export --all). */
export declare const jobsOfNamespace: (ctx: CloudContext, namespace: string, flagRegion: string | undefined, io: Io) => Promise<{
    region: string;
    jobs: ListedJob[];
}>;
/** The one job a command line names. */
export declare const namedJob: (ctx: CloudContext, positionals: string[], values: CloudFlags & {
    namespace?: string | undefined;
}, io: Io) => Promise<{
    region: string;
    jobs: ListedJob[];
}>;
