import http from 'node:http';
/** SAE's answers are kilobytes (a ListJobs page of 100 jobs is a few hundred); past this it is not SAE. */
export declare const MAX_RESPONSE_BYTES: number;
/** One call's bounds and what ended it, carried to the agent in the request's options. */
export interface CallBounds {
    signal: AbortSignal;
    maxBytes: number;
    /** Set when the answer grew past maxBytes (the request was destroyed). */
    tooLarge?: boolean;
}
declare const BOUNDS: unique symbol;
/** A keep-alive agent for one endpoint that enforces each call's bounds. */
export declare function boundedAgent(endpoint: string): http.Agent;
/** The request options hook (httpx's beforeRequest) that hands a call's bounds to the agent. */
export declare function withBounds(bounds: CallBounds): (options: Record<string | symbol, unknown>) => {
    signal: AbortSignal;
    [BOUNDS]: CallBounds;
};
export {};
