import type { FieldPath } from '../diagnostics.js';
import type { Params } from './compile.js';
export type ReferenceKind = 'configmap' | 'secret';
export interface NameReference {
    kind: ReferenceKind;
    name: string;
    /** Where the manifest names it. */
    path: FieldPath;
}
/** What compile writes where an ID will go: shown by `compile`, replaced at plan. */
export declare const placeholder: (kind: ReferenceKind, name: string) => string;
/** The IDs a namespace's listing gives, by name. */
export interface NameTable {
    configMaps?: ReadonlyMap<string, number>;
    secrets?: ReadonlyMap<string, number>;
}
export interface Unresolved {
    reference: NameReference;
    message: string;
}
/** The parameters with every placeholder replaced by its ID, or the references that name nothing. */
export declare function resolveReferences(params: Params, references: readonly NameReference[], namespace: string, table: NameTable): {
    params: Params;
} | {
    unresolved: Unresolved[];
};
