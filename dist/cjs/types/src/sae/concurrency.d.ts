/** Map with at most `limit` calls in flight; results in input order. */
export declare function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]>;
/** At most `limit` holders at once; the others wait their turn in order. */
export declare class Semaphore {
    private readonly limit;
    private active;
    private readonly queue;
    constructor(limit: number);
    acquire(): Promise<() => void>;
}
