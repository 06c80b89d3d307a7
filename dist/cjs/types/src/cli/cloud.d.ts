import type { Io } from './io.js';
import { type ParsedFlags } from './args.js';
import { type PipelineResult } from '../pipeline/compile/compile-files.js';
import { Session } from '../sae/session.js';
import { type RetryPolicy } from '../sae/retry.js';
import { type Progress } from '../output/progress.js';
export declare const CLOUD_OPTIONS: {
    readonly output: {
        readonly type: 'string';
        readonly short: 'o';
    };
    readonly 'max-file-size': {
        readonly type: 'string';
    };
    readonly environment: {
        readonly type: 'string';
        readonly short: 'e';
    };
    readonly region: {
        readonly type: 'string';
    };
    readonly endpoint: {
        readonly type: 'string';
    };
    readonly profile: {
        readonly type: 'string';
    };
    readonly concurrency: {
        readonly type: 'string';
    };
    readonly timeout: {
        readonly type: 'string';
    };
    readonly 'rate-limit': {
        readonly type: 'string';
    };
    readonly 'show-secrets': {
        readonly type: 'boolean';
    };
    readonly set: {
        readonly type: 'string';
    };
    readonly target: {
        readonly type: 'string';
        readonly multiple: true;
    };
};
/** The cloud commands' shared flags, as parsed (a command's own flags come beside them). */
export type CloudFlags = ParsedFlags<typeof CLOUD_OPTIONS>['values'] & {
    prune?: boolean | undefined;
};
/** The same, where a saved plan says "no environment" as false (see inputOptions). */
export type CompileFlags = Omit<CloudFlags, 'environment'> & {
    environment?: string | false | undefined;
};
export declare const CLOUD_HELP = "Cloud options:\n  --region R          region for manifests that do not name one\n  --endpoint URL      SAE endpoint for every region (env SAEJOB_ENDPOINT), e.g.\n                      https://sae-vpc.cn-beijing.aliyuncs.com or an emulator\n  --profile NAME      aliyun CLI profile (~/.aliyun/config.json)\n  --concurrency N     requests in flight at once (default 4); every job is\n                      handled at once, waits hold no slot\n  --timeout D         how long the whole run may take, API calls, retries and\n                      waits for change orders included (default 10m)\n  --rate-limit N      once SAE throttles the run, keep to N API calls a minute\n                      (default 60, SAE's documented limit)\n  --show-secrets      show secret values instead of ******\n  --target NAME       act only on this job (or ConfigMap) of the manifests given;\n                      repeatable (plan, apply, delete, status, run)\n  --set NAME          the set these manifests manage (env SAEJOB_SET; default\n                      \"default\"): jobs carry it as their saejob-set tag, and\n                      saejob changes only jobs of its set\n  -e, --environment N where the manifests define environments: act on N's jobs\n  --max-file-size N   refuse files larger than N (default 1MiB; e.g. 4MiB, 512KiB)\nCredentials: the Alibaba Cloud default chain (ALIBABA_CLOUD_ACCESS_KEY_ID /\nALIBABA_CLOUD_ACCESS_KEY_SECRET [/ ALIBABA_CLOUD_SECURITY_TOKEN], an OIDC role,\nthe aliyun CLI profile, the ECS RAM role).\n";
export interface CloudContext {
    session: Session;
    concurrency: number;
    timeoutMs: number;
    retry: RetryPolicy;
    pollIntervalMs: number;
}
export declare function cloudContext(values: CloudFlags, io: Io): CloudContext;
/** Load, validate and compile; on errors print them and return undefined. */
export declare function compileForCloud(positionals: string[], values: CompileFlags, format: string, io: Io, command: string, o?: {
    unknownSecrets?: boolean;
    env?: NodeJS.ProcessEnv;
    allEnvironments?: boolean;
}): PipelineResult | undefined;
/** `--target NAME...`: only those jobs and ConfigMaps of the manifests; a name none has is an error with a guess. */
export declare function targeted(result: PipelineResult, values: CompileFlags): PipelineResult;
export declare function progressFor(io: Io): Progress;
