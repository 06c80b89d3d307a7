/** CPU in millicores, or undefined when the value is not a quantity. */
export declare function cpuMillicores(value: unknown): number | undefined;
/** Memory in MB, or undefined when the value is not a quantity. */
export declare function memoryMegabytes(value: unknown): number | undefined;
/** The (memory MB → allowed cpu millicores) pairs SAE sells (CreateJob page, Memory). */
export declare const INSTANCE_SPECS: ReadonlyMap<number, readonly number[]>;
export declare function isSupportedSpec(cpu: number, memory: number): boolean;
/** Memory sizes that go with a CPU, for "did you mean" messages. */
export declare function memoriesForCpu(cpu: number): number[];
