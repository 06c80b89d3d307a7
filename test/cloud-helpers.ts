import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator, type EmulatorOptions } from '../src/emulator-entry.js';
import { runCli, runInProcess } from './helpers.js';

export const KEY = { accessKeyId: 'e2e-key', accessKeySecret: 'e2e-secret' };

export async function emulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ credentials: [KEY], behaviour: { changeOrderMs: 60, runMs: 100 }, ...opts });
}

const cloudEnv = (emu: Emulator, env: Record<string, string | undefined>) => ({
  SAEJOB_ENDPOINT: emu.url,
  ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  SAEJOB_RETRY_BASE_MS: '5',
  SAEJOB_POLL_MS: '20',
  CI: 'true',
  ...env,
});

/** Run the CLI against an emulator, in this process, with fast retries and polling. */
export function cli(
  emu: Emulator,
  args: string[],
  env: Record<string, string | undefined> = {},
  opts: { answer?: string } = {},
) {
  return runInProcess(args, { env: cloudEnv(emu, env), ...opts });
}

/** The same through the real binary, for what only a process shows (its environment as the credentials library reads it, signals). */
export function cliProcess(emu: Emulator, args: string[], env: Record<string, string | undefined> = {}) {
  return runCli(args, { env: cloudEnv(emu, env) });
}

export function jobYaml(
  name: string,
  opts: {
    namespace?: string;
    replicas?: number;
    extraTemplate?: string;
    extraSpec?: string;
    cpu?: number;
    memory?: number;
  } = {},
): string {
  return `apiVersion: saejob/v1
kind: Job
metadata:
  name: ${name}
  namespace: ${opts.namespace ?? 'cn-hangzhou:e2e'}
spec:
  replicas: ${opts.replicas ?? 1}
${opts.extraSpec ?? ''}  template:
    image: { url: "registry.cn-hangzhou.aliyuncs.com/acme/${name}:1" }
    resources: { cpu: ${opts.cpu ?? 1000}, memory: ${opts.memory ?? 2048} }
${opts.extraTemplate ?? ''}`;
}

/** The least CreateJob a console user could send: an image job in the e2e namespace (add AppName). */
export const CONSOLE_JOB = {
  NamespaceId: 'cn-hangzhou:e2e',
  PackageType: 'Image',
  ImageUrl: 'a/b:1',
  Replicas: '1',
  Workload: 'job',
  Cpu: '1000',
  Memory: '2048',
} as const;

export function manifestDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'saejob-e2e-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export const writes = (emu: Emulator) => Object.values(emu.counters().writes).reduce((a, b) => a + b, 0);
