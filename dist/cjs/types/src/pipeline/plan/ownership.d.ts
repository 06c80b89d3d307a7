/** The tag that says which set of manifests a job belongs to. */
export declare const OWNER_TAG = "saejob-set";
/** The label that makes saejob refuse to delete or replace a job. */
export declare const PROTECTED_LABEL = "saejob-protected";
export declare const DEFAULT_SET = "default";
/** A set name is a tag value: kept short and plain. */
export declare const SET_NAME: RegExp;
/** Who owns a live job, as its tags say. */
export type Ownership = {
    state: 'own';
} | {
    state: 'unowned';
} | {
    state: 'other';
    set: string;
};
export declare function ownershipOf(tags: Readonly<Record<string, string>> | undefined, set: string): Ownership;
export declare const isProtected: (tags: Readonly<Record<string, string>> | undefined) => boolean;
/** The tags a job of this manifest carries: its labels and the ownership tag. */
export declare function desiredTags(labels: Readonly<Record<string, string>> | undefined, set: string): Record<string, string>;
export interface TagChange {
    key: string;
    before?: string;
    after?: string;
}
/** Tags to set and to remove to go from the live job's tags to the desired ones (SAE's own are not in either). */
export declare function tagChanges(live: Readonly<Record<string, string>>, desired: Readonly<Record<string, string>>): TagChange[];
