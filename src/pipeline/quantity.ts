// Resource quantities: what a user writes (`"500m"`, `"1"`, `"2Gi"`, 2048)
// becomes what SAE takes (millicores, MB).

/** CPU in millicores, or undefined when the value is not a quantity. */
export function cpuMillicores(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const milli = /^([0-9]+)m$/.exec(value);
  if (milli) return Number(milli[1]);
  if (/^[0-9]+(\.[0-9]+)?$/.test(value)) {
    const m = Math.round(Number(value) * 1000);
    return m > 0 ? m : undefined;
  }
  return undefined;
}

/** Memory in MB, or undefined when the value is not a quantity. */
export function memoryMegabytes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const q = /^([0-9]+)(Mi|Gi)$/.exec(value);
  if (!q) return undefined;
  const n = Number(q[1]) * (q[2] === 'Gi' ? 1024 : 1);
  return n > 0 ? n : undefined;
}

/** The (memory MB → allowed cpu millicores) pairs SAE sells (CreateJob page, Memory). */
export const INSTANCE_SPECS: ReadonlyMap<number, readonly number[]> = new Map([
  [1024, [500, 1000]],
  [2048, [500, 1000, 2000]],
  [4096, [1000, 2000, 4000]],
  [8192, [2000, 4000, 8000]],
  [12288, [12000]],
  [16384, [4000, 8000, 16000]],
  [24576, [12000]],
  [32768, [16000]],
  [65536, [8000, 16000, 32000]],
  [131072, [32000]],
]);

export function isSupportedSpec(cpu: number, memory: number): boolean {
  return INSTANCE_SPECS.get(memory)?.includes(cpu) ?? false;
}

/** Memory sizes that go with a CPU, for "did you mean" messages. */
export function memoriesForCpu(cpu: number): number[] {
  return [...INSTANCE_SPECS].filter(([, cpus]) => cpus.includes(cpu)).map(([mem]) => mem);
}
