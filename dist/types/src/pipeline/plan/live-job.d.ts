import type { Params } from '../compile/compile.js';
export interface LiveJob {
    appId: string;
    params: Params;
    suspend: boolean;
    /** Its tags (DescribeJob `Tags`), SAE's own left out. */
    tags?: Record<string, string>;
    /** The job's last change order, when it failed or has not ended: the job may not be as DescribeJob shows it. */
    lastChangeOrder?: LastChangeOrder;
}
export interface LastChangeOrder {
    state: 'failed' | 'running';
    changeOrderId?: string;
}
/** A comparable value: JSON strings parsed, empties as undefined, numbers as numbers. */
export declare function normaliseParam(name: string, value: unknown): unknown;
/**
 * DescribeJob's Data as CreateJob parameters: the lists DescribeJob returns
 * in its own spelling mapped back to the request's JSON strings, and
 * everything that is not a job parameter (AppId, Tags, web-hook URLs, ...)
 * left out.
 */
export declare function describedParams(d: Record<string, unknown>): Params;
/** DescribeJob's or ListJobs' `Tags` ([{Key, Value}]) as a map, without the tags SAE keeps for itself. */
export declare function liveTags(tags: unknown): Record<string, string>;
