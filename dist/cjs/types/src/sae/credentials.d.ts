/** A credentials file is a few hundred bytes; a larger one is not read (the library reads whole files). */
export declare const MAX_CREDENTIALS_FILE_BYTES: number;
/**
 * The files the credentials library reads (its own environment: process.env
 * and the home directory), checked before it does: each must be a regular
 * file of at most MAX_CREDENTIALS_FILE_BYTES. A FIFO would block the process
 * (the library reads synchronously), a device such as /dev/zero would grow
 * memory without bound. Returns why not, or undefined.
 */
export declare function credentialFileProblem(env?: NodeJS.ProcessEnv, home?: string): string | undefined;
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
export declare function credentialsChain(profile?: string, env?: Readonly<Record<string, string | undefined>>, o?: {
    deadline?: number;
    libraryEnv?: NodeJS.ProcessEnv;
    home?: string;
}): CredentialsSource;
export declare function staticCredentials(c: AccessCredentials): CredentialsSource;
