// Credentials from the Alibaba Cloud default chain (environment variables,
// OIDC role for CI, the aliyun CLI profile, the profile file, the ECS RAM
// role), or one named aliyun CLI profile.
import { CLIProfileCredentialsProvider, DefaultCredentialsProvider } from '@alicloud/credentials';
import { SaeError } from './errors.js';

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
export function credentialsChain(profile?: string, env?: Readonly<Record<string, string | undefined>>): CredentialsSource {
  const id = env?.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const secret = env?.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  if (!profile && id && secret) return staticCredentials({ accessKeyId: id, accessKeySecret: secret, securityToken: env?.ALIBABA_CLOUD_SECURITY_TOKEN || undefined });
  let provider: { getCredentials(): Promise<{ accessKeyId: string; accessKeySecret: string; securityToken?: string }> } | undefined;
  let cached: Promise<AccessCredentials> | undefined;
  return {
    getCredentials() {
      cached ??= (async () => {
        try {
          provider ??= profile ? CLIProfileCredentialsProvider.builder().withProfileName(profile).build() : DefaultCredentialsProvider.builder().build();
          const c = await provider.getCredentials();
          return { accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, securityToken: c.securityToken || undefined };
        } catch (err) {
          cached = undefined;
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

export function staticCredentials(c: AccessCredentials): CredentialsSource {
  return { getCredentials: async () => c };
}
