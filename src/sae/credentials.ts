// Credentials from the Alibaba Cloud default chain (environment variables,
// OIDC role for CI, the aliyun CLI profile, the profile file, the ECS RAM
// role), or one named aliyun CLI profile.
import { CLIProfileCredentialsProvider, DefaultCredentialsProvider } from '@alicloud/credentials';
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SaeError } from './errors.js';

/** A credentials file is a few hundred bytes; a larger one is not read (the library reads whole files). */
export const MAX_CREDENTIALS_FILE_BYTES = 1024 * 1024;

/**
 * The files the credentials library reads (its own environment: process.env
 * and the home directory), checked before it does: each must be a regular
 * file of at most MAX_CREDENTIALS_FILE_BYTES. A FIFO would block the process
 * (the library reads synchronously), a device such as /dev/zero would grow
 * memory without bound. Returns why not, or undefined.
 */
export function credentialFileProblem(env: NodeJS.ProcessEnv = process.env, home = homedir()): string | undefined {
  const files = [
    env.ALIBABA_CLOUD_OIDC_TOKEN_FILE,
    env.ALIBABA_CLOUD_CREDENTIALS_FILE ?? (home ? join(home, '.alibabacloud', 'credentials') : undefined),
    home ? join(home, '.aliyun', 'config.json') : undefined,
  ];
  for (const file of files) {
    if (!file) continue;
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(file);
    } catch {
      continue; // not there: the chain goes on to the next source
    }
    if (!st.isFile())
      return `${file} is not a regular file (a ${st.isFIFO() ? 'FIFO' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : st.isDirectory() ? 'directory' : 'special file'}): saejob does not let the credentials library read it`;
    if (st.size > MAX_CREDENTIALS_FILE_BYTES)
      return `${file} is larger than ${MAX_CREDENTIALS_FILE_BYTES / 1024 / 1024} MiB: not a credentials file`;
  }
  return undefined;
}

/** What the library handed back, checked: text where text belongs (a number as a secret would fail later, in signing, as a "network error"). */
function checked(
  c: { accessKeyId?: unknown; accessKeySecret?: unknown; securityToken?: unknown } | undefined,
): AccessCredentials {
  const text = (v: unknown) => typeof v === 'string' && v !== '';
  if (
    !c ||
    !text(c.accessKeyId) ||
    !text(c.accessKeySecret) ||
    (c.securityToken !== undefined &&
      c.securityToken !== null &&
      c.securityToken !== '' &&
      typeof c.securityToken !== 'string')
  ) {
    throw new SaeError(
      'credentials',
      'InvalidCredentials',
      'the credentials found are not access keys: their AccessKey ID and secret (and any security token) must be text; check the profile or file they came from',
    );
  }
  return {
    accessKeyId: c.accessKeyId as string,
    accessKeySecret: c.accessKeySecret as string,
    securityToken: (c.securityToken as string) || undefined,
  };
}

export interface AccessCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
}

export interface CredentialsSource {
  getCredentials(): Promise<AccessCredentials>;
}

/**
 * The standard chain, or `--profile NAME` from ~/.aliyun/config.json.
 * Access keys in `env` (the command's environment) come first and are read
 * from it, not from process.env: the rest of the chain (OIDC, profiles, the
 * ECS role) is the credentials library's.
 */
export function credentialsChain(
  profile?: string,
  env?: Readonly<Record<string, string | undefined>>,
  o: { deadline?: number; libraryEnv?: NodeJS.ProcessEnv; home?: string } = {},
): CredentialsSource {
  const id = env?.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const secret = env?.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  if (!profile && id && secret)
    return staticCredentials({
      accessKeyId: id,
      accessKeySecret: secret,
      securityToken: env?.ALIBABA_CLOUD_SECURITY_TOKEN || undefined,
    });
  let provider:
    | { getCredentials(): Promise<{ accessKeyId: string; accessKeySecret: string; securityToken?: string }> }
    | undefined;
  let cached: Promise<AccessCredentials> | undefined;
  return {
    getCredentials() {
      cached ??= (async () => {
        try {
          const problem = credentialFileProblem(o.libraryEnv, o.home);
          if (problem) throw new SaeError('credentials', 'CredentialsFile', problem);
          provider ??= profile
            ? CLIProfileCredentialsProvider.builder().withProfileName(profile).build()
            : DefaultCredentialsProvider.builder().build();
          return checked(await withinDeadline(provider.getCredentials(), o.deadline));
        } catch (err) {
          cached = undefined;
          if (err instanceof SaeError) throw err;
          throw new SaeError(
            'credentials',
            'NoCredentials',
            `no Alibaba Cloud credentials${profile ? ` in aliyun CLI profile "${profile}"` : ''}: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, use an OIDC role in CI (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), or --profile NAME (${providerMessage(err)})`,
          );
        }
      })();
      return cached;
    },
  };
}

/**
 * What the credentials library said, without what it quotes: it echoes a
 * malformed config file whole, AccessKey secret and all.
 */
function providerMessage(err: unknown): string {
  const first = String((err as Error)?.message ?? err).split('\n')[0]!;
  const cut = first.replace(/\s*[{[].*$/, ' (file content not shown)');
  return cut.length > 300 ? `${cut.slice(0, 300)}…` : cut;
}

/** The chain's answer, or a credentials error once the run's --timeout passes (an ECS metadata call that hangs). */
function withinDeadline<T>(p: Promise<T>, deadline: number | undefined): Promise<T> {
  if (deadline === undefined) return p;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new SaeError(
            'credentials',
            'CredentialsTimeout',
            'the credentials chain gave no answer before --timeout (an ECS metadata or STS call that hangs?)',
          ),
        ),
      Math.max(0, deadline - Date.now()),
    );
    timer.unref();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export function staticCredentials(c: AccessCredentials): CredentialsSource {
  return { getCredentials: async () => c };
}
