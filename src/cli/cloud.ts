// What the cloud commands share: their flags, compiling the manifests, and
// a session with credentials, endpoint and retry policy.
import type { Io } from './io.js';
import { UsageError } from './io.js';
import {
  INPUT_HELP,
  INPUT_OPTIONS,
  inputOptions,
  OUTPUT_OPTION,
  parseDuration,
  parsePositiveInt,
  type Options,
  type ParsedFlags,
} from './args.js';
import { compileManifests, type PipelineResult } from '../pipeline/compile/compile-files.js';
import { hasErrors } from '../pipeline/diagnostics.js';
import { Session } from '../sae/session.js';
import { credentialsChain } from '../sae/credentials.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../sae/retry.js';
import { sinkOf } from './shared.js';
import { DEFAULT_POLL_MS, DEFAULT_TIMEOUT_MS } from '../sae/wait.js';
import { nearest } from '../pipeline/suggest.js';
import { reportDiagnostics } from '../output/reports/diagnostics.js';
import { plainProgress, ttyProgress, type Progress } from '../output/progress.js';

const str = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;

export const CLOUD_OPTIONS = {
  ...OUTPUT_OPTION,
  ...INPUT_OPTIONS,
  region: str,
  endpoint: str,
  profile: str,
  concurrency: str,
  timeout: str,
  'rate-limit': str,
  'show-secrets': bool,
  set: str,
  target: { type: 'string', multiple: true },
} as const satisfies Options;

/** The cloud commands' shared flags, as parsed (a command's own flags come beside them). */
export type CloudFlags = ParsedFlags<typeof CLOUD_OPTIONS>['values'] & { prune?: boolean | undefined };
/** The same, where a saved plan says "no environment" as false (see inputOptions). */
export type CompileFlags = Omit<CloudFlags, 'environment'> & { environment?: string | false | undefined };

export const CLOUD_HELP = `Cloud options:
  --region R          region for manifests that do not name one
  --endpoint URL      SAE endpoint for every region (env SAEJOB_ENDPOINT), e.g.
                      https://sae-vpc.cn-beijing.aliyuncs.com or an emulator
  --profile NAME      aliyun CLI profile (~/.aliyun/config.json)
  --concurrency N     requests in flight at once (default 4); every job is
                      handled at once, waits hold no slot
  --timeout D         how long the whole run may take, API calls, retries and
                      waits for change orders included (default 10m)
  --rate-limit N      once SAE throttles the run, keep to N API calls a minute
                      (default 60, SAE's documented limit)
  --show-secrets      show secret values instead of ******
  --target NAME       act only on this job (or ConfigMap) of the manifests given;
                      repeatable (plan, apply, delete, status, run)
  --set NAME          the set these manifests manage (env SAEJOB_SET; default
                      "default"): jobs carry it as their saejob-set tag, and
                      saejob changes only jobs of its set
${INPUT_HELP}
Credentials: the Alibaba Cloud default chain (ALIBABA_CLOUD_ACCESS_KEY_ID /
ALIBABA_CLOUD_ACCESS_KEY_SECRET [/ ALIBABA_CLOUD_SECURITY_TOKEN], an OIDC role,
the aliyun CLI profile, the ECS RAM role).
`;

export interface CloudContext {
  session: Session;
  concurrency: number;
  timeoutMs: number;
  retry: RetryPolicy;
  pollIntervalMs: number;
}

/** Retry and polling can be made faster for tests and the emulator (documented in docs/emulator.md). */
function envNumber(io: Io, name: string): number | undefined {
  const v = io.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} must be a number of milliseconds, not "${v}"`);
  return n;
}

export function cloudContext(values: CloudFlags, io: Io): CloudContext {
  const concurrency = parsePositiveInt(values.concurrency, '--concurrency', 4);
  const timeoutMs =
    values.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration(String(values.timeout), '--timeout');
  const endpoint = values.endpoint ?? (io.env.SAEJOB_ENDPOINT || undefined);
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint))
    throw new UsageError(`--endpoint must be an http(s) URL, not "${endpoint}"`);
  const base = envNumber(io, 'SAEJOB_RETRY_BASE_MS');
  const attempts = envNumber(io, 'SAEJOB_RETRY_ATTEMPTS');
  const retry: RetryPolicy = {
    ...DEFAULT_RETRY,
    ...(base === undefined ? {} : { baseMs: base, maxMs: Math.max(base * 16, 1) }),
    ...(attempts ? { attempts } : {}),
  };
  const rateLimit = values['rate-limit'];
  const rate = rateLimit === undefined ? undefined : parsePositiveInt(rateLimit, '--rate-limit', 60);
  const deadline = Date.now() + timeoutMs;
  const pollMs = envNumber(io, 'SAEJOB_POLL_MS');
  const session = new Session({
    ...(rate ? { callsPerMinute: rate } : {}),
    credentials: credentialsChain(values.profile, io.env, { deadline }),
    endpoint: endpoint?.replace(/\/+$/, ''),
    deadline,
    retry,
    concurrency,
    // Change orders: the first guess at their length and the least pause between listings (SAEJOB_POLL_MS speeds both for tests).
    watcher: pollMs === undefined ? {} : { expectedMs: pollMs * 3, minGapMs: pollMs, handOverAfterMs: pollMs * 120 },
    onPaced: (perMinute) =>
      io.err(
        `saejob: SAE is throttling this run: every call from now on keeps to ${perMinute} a minute (--rate-limit); the run goes on until --timeout\n`,
      ),
    // Retries are worth knowing about (throttling shows here first), not worth failing over.
    onRetry: (region, op, e, attempt, delay, about) =>
      io.err(
        `${new Date().toISOString()} ${op}${about ? ` for ${about}` : ''} (${region}): ${e.code}, trying again in ${(delay / 1000).toFixed(1)} s (${e.retryUntilDeadline ? `attempt ${attempt + 1}, until --timeout` : `attempt ${attempt + 1} of ${retry.attempts}`})\n`,
      ),
  });
  return { session, concurrency, timeoutMs, retry, pollIntervalMs: pollMs ?? DEFAULT_POLL_MS };
}

/** Load, validate and compile; on errors print them and return undefined. */
export function compileForCloud(
  positionals: string[],
  values: CompileFlags,
  format: string,
  io: Io,
  command: string,
  o: { unknownSecrets?: boolean; env?: NodeJS.ProcessEnv; allEnvironments?: boolean } = {},
): PipelineResult | undefined {
  const result = compileManifests(positionals.length ? positionals : ['manifests'], {
    region: values.region,
    envRegion: io.env.ALIBABA_CLOUD_REGION_ID,
    env: o.env ?? io.env,
    readStdin: io.readStdin,
    unknownSecrets: o.unknownSecrets,
    allEnvironments: o.allEnvironments,
    ...inputOptions(values, io.env),
  });
  reportDiagnostics(result.diagnostics, { command, github: format === 'github' }, sinkOf(io));
  if (hasErrors(result.diagnostics)) {
    io.err('saejob: nothing sent to SAE: fix the errors above\n');
    return undefined;
  }
  return targeted(result, values);
}

/** `--target NAME...`: only those jobs and ConfigMaps of the manifests; a name none has is an error with a guess. */
export function targeted(result: PipelineResult, values: CompileFlags): PipelineResult {
  const targets = values.target;
  if (!targets?.length) return result;
  if (values.prune)
    throw new UsageError(
      '--target with --prune: a targeted run would see every job it leaves out as one to prune; run --prune without --target',
    );
  const names = [
    ...new Set([...result.compiled.map((m) => m.job.name), ...result.configMaps.map((c) => c.configMap.name)]),
  ];
  for (const t of targets) {
    if (names.includes(t)) continue;
    const guess = nearest(t, names);
    throw new UsageError(
      `--target ${t}: no manifest here names it${guess ? `: did you mean ${guess}?` : ` (they name ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''})`}`,
    );
  }
  const wanted = new Set(targets);
  return {
    ...result,
    compiled: result.compiled.filter((m) => wanted.has(m.job.name)),
    configMaps: result.configMaps.filter((c) => wanted.has(c.configMap.name)),
  };
}

export function progressFor(io: Io): Progress {
  return io.stderrIsTTY && !io.env.CI ? ttyProgress(io.err) : plainProgress(io.err);
}
