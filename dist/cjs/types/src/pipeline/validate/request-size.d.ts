import type { RuleFinding } from './rules.js';
/**
 * A manifest whose text would make the request's query string longer than
 * SAE's gateway is known to take (MAX_QUERY_BYTES), at its largest value:
 * one walk over the strings, URL-encoded lengths only past a third of the
 * bound (encoding at most triples a character's size). compile checks the
 * exact request too.
 */
export declare function queryTooLong(value: unknown): RuleFinding | undefined;
/** The request-size finding, at the largest value, naming the largest three. */
export declare function queryFinding(sized: readonly {
    path: (string | number)[];
    bytes: number;
}[], bytes: number): RuleFinding;
