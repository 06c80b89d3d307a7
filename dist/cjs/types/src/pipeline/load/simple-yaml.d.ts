/** Where a value the fast path read was written (1-based): its key, or as a list item its first character. */
export interface WrittenAt {
    line: number;
    col: number;
    endCol: number;
}
/** What a parse found out besides the values. */
export interface SimpleYamlFacts {
    /**
     * Every number, boolean and null in the values prints back (String(v)) as
     * its text was written. Validation's exact-value rule (`1.10` read as 1.1)
     * then needs no `yaml` parse for the source text of a number.
     */
    exactScalars: boolean;
    /** Where a list or mapping of more than MAX_COLLECTION_SIZE entries was written (see oversizedCollections). */
    writtenAt(value: object): WrittenAt | undefined;
}
/**
 * The documents of a file as plain values, or undefined when the text is
 * outside the subset (parse it with `yaml` then). Every document is a block
 * mapping at column 1, but for a trailing empty one (null, as `yaml` has it).
 */
export declare function parseSimpleYaml(text: string): {
    docs: unknown[];
    facts: SimpleYamlFacts;
} | undefined;
