import type { SaeClient } from './client.js';
export declare class TagBatcher {
    private readonly maxWaitMs;
    private readonly batches;
    /** Creates under way that may still join a batch. */
    private creating;
    /** Calls sent, for the record. */
    sent: number;
    constructor(maxWaitMs?: number);
    /** A create begins: its tags may join a batch soon. */
    creatingOne(): () => void;
    /** Tag a new job with `tags`; resolves with the batch's size once TagResources succeeded. */
    tag(client: SaeClient, region: string, appId: string, tags: Readonly<Record<string, string>>, stopped: boolean): Promise<number>;
    /** Every create under way has joined its batch (or failed): nothing more will come soon. */
    private flushIfComplete;
    private send;
}
