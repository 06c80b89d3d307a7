import type { PipelineResult } from '../compile/compile-files.js';
export interface Place {
    region: string;
    namespace: string;
    /** The environment whose manifests use it; undefined for plain manifests. */
    environment?: string;
}
export interface RunScope {
    /** The ownership tag's value this run manages. */
    set: string;
    /** Where this run's manifests are: the only places prune looks. Sorted. */
    places: Place[];
    /** The environment run (`-e`), or every one (`--all-environments`); neither: the plain manifests. */
    environment?: string;
    allEnvironments?: boolean;
    /** Every (region, namespace, name) the paths define, in this run or left out: never pruned. */
    named: ReadonlySet<string>;
    /** Why prune cannot run in this scope, or undefined. */
    conflict?: string;
}
export declare function runScope(pipeline: Pick<PipelineResult, 'compiled' | 'configMaps' | 'outside'>, o: {
    set: string;
    environment?: string | undefined;
    allEnvironments?: boolean | undefined;
}): RunScope;
/** Whether a place is inside the scope. */
export declare const inScope: (scope: RunScope, p: {
    region: string;
    namespace: string;
}) => boolean;
/** The environment a place of the scope belongs to. */
export declare const environmentAt: (scope: RunScope, p: {
    region: string;
    namespace: string;
}) => string | undefined;
/** The scope as a reporter shows it (no name sets). */
export interface ScopeView {
    set: string;
    places: Place[];
    environment?: string;
    allEnvironments?: boolean;
}
export declare const scopeView: (s: RunScope) => ScopeView;
