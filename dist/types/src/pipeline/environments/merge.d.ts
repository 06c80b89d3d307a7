import type { Document, LineCounter } from 'yaml';
import type { FieldPath } from '../diagnostics.js';
import type { ManifestSource } from '../load/load.js';
/** Lists matched by what names an item, so a patch changes or removes one item, not the list. */
export declare const KEYED_LISTS: Readonly<Record<string, readonly string[]>>;
/** In a keyed list of a patch, `$patch: delete` removes the item with that key. */
export declare const DELETE_MARK = "$patch";
export interface Origin {
    source: ManifestSource;
    path: FieldPath;
}
/** A manifest as one environment has it: a base document with the environment applied. */
export declare class EnvironmentSource implements ManifestSource {
    readonly base: ManifestSource;
    value: unknown;
    readonly environment: string;
    private readonly origins;
    readonly facts: {
        mayHoldReferences: boolean;
    };
    constructor(base: ManifestSource, value: unknown, environment: string, origins: Map<string, Origin>);
    get file(): string;
    get index(): number;
    get doc(): Document.Parsed;
    get lineCounter(): LineCounter;
    /** The files other than the base that set something in this manifest (the environment's). */
    contributors(): string[];
    /** Where a field was written: the longest prefix of its path with a known origin. */
    origin(path: FieldPath): Origin;
}
export declare const pathKey: (path: FieldPath) => string;
/** The property that names an item of a keyed list: the first of the list's keys it has. */
export declare const keyOf: (item: unknown, keys: readonly string[]) => string | undefined;
/** An item's identity, key and value (`name="DB_HOST"`); undefined when it has none. */
export declare const itemId: (item: unknown, keys: readonly string[]) => string | undefined;
export declare const getPath: (v: unknown, dotted: string) => unknown;
/**
 * Deep merge with origins: mappings merge key by key (null removes a key),
 * keyed lists merge item by item (`$patch: delete` removes one), anything
 * else is replaced. `origins` holds where each node of the result was
 * written (by path), updated here for what the patch sets or moves.
 */
export declare function merge(base: unknown, patch: unknown, path: FieldPath, patchAt: Origin, origins: Map<string, Origin>, listPath?: string[]): unknown;
