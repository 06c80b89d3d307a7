// `saejob emulator`: a local SAE job API for offline use, demos and CI.
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommandArgs, parseDuration } from '../args.js';
import { startEmulator, DEFAULT_CREDENTIAL, DEFAULT_BEHAVIOUR } from '../../emulator/server.js';
import type { Credential } from '../../emulator/signature.js';
import type { ChangeOrderOutcome } from '../../emulator/store.js';
import { readSeed } from './emulator-seed.js';

export const EMULATOR_HELP = `Usage: saejob emulator [options]

Serve the SAE job API on 127.0.0.1, verifying every request's ROA signature.
Point other commands at it with --endpoint URL (or SAEJOB_ENDPOINT).

  --port N                    port (default 8787; 0 picks a free one)
  --access-key-id ID          accepted access key (default ${DEFAULT_CREDENTIAL.accessKeyId})
  --access-key-secret SECRET  its secret (default ${DEFAULT_CREDENTIAL.accessKeySecret})
  --security-token TOKEN      make that key an STS credential needing this token
  --state FILE                keep jobs in FILE across restarts
  --seed FILE                 start with the jobs, ConfigMaps and Secrets in FILE:
                              saejob manifests (made as the console would, with
                              no saejob-set tag unless their labels have one),
                              or SAE's shapes: jobs, configMaps, secrets lists
  --region R                  the default namespace's region (default cn-hangzhou)
  --namespaces A,B            the only namespaces that exist (default: any)
  --change-order-time D       how long a change order runs (default ${DEFAULT_BEHAVIOUR.changeOrderMs / 1000}s)
  --change-order-outcome O    succeed | fail | batch-failed | approval | confirm
                              (default succeed; batch-failed: SubStatus 1)
  --run-time D                how long a job run takes (default ${DEFAULT_BEHAVIOUR.runMs / 1000}s)
  --fail-runs NAME,...        jobs whose runs fail
  --refuse-runs NAME,...      jobs whose ExecJob answers Success "false"
  --delete-time D             how long a deleted job stays visible (default 0s)
  --suspend-polarity P        what SuspendJob's Suspend=true does: true-starts
                              (default, as the SDK models say) | true-suspends
SAE's behaviour where no contract fixes it, played either way:
  --error-code-in F           where a business error code travels: Code
                              (default) | ErrorCode (Code is then the HTTP status)
  --fill-defaults             DescribeJob fills in SAE's documented defaults
                              (Tomcat keys, time zone, grace period, network,
                              language other for shell)
  --ignore-on-update P,...    UpdateJob parameters accepted and not applied
  --suspend-after-reads N     SuspendJob takes effect only after N DescribeJob reads
  --auto-config-namespace W   with AutoConfig=true the job lands in: kept (the
                              namespace asked, default) | default (the region's,
                              as the SDK text says)
  --change-orders-oldest-first  ListChangeOrders ignores OrderBy/Reverse
  --max-query-bytes N         refuse a longer query string as a gateway would
                              (an HTML 414; default no limit)
  --allow-duplicate-names     CreateJob takes a name its namespace already has
  --throttle-rate P           share of requests refused with Throttling.User (0-1)
  --calls-per-minute N        SAE's per-user limit (SAE documents 60; default off)
  --server-error-rate P       share of requests answered 500/503
  --reset-rate P              share of connections reset before handling
  --lost-response-rate P      share of writes committed whose response is lost
  --latency D                 added latency per request (e.g. 200ms)
  --seed N                    seed for the fault choices (a number; a file name
                              seeds the account, above)
  --verbose                   print one line per request

Admin endpoint (HTTP Basic with the access key: curl -u ID:SECRET):
GET /__emulator/counters, POST /__emulator/faults, POST /__emulator/behaviour
(JSON bodies), GET /__emulator/state.
`;

function rate(v: unknown, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`${flag} takes a share from 0 to 1, not "${String(v)}"`);
  return n;
}

function ms(v: unknown, flag: string): number | undefined {
  return v === undefined ? undefined : parseDuration(String(v), flag);
}

export async function emulatorCommand(argv: string[], io: Io): Promise<number> {
  const str = { type: 'string' } as const;
  const { values } = parseCommandArgs('emulator', argv, {
    port: str,
    'access-key-id': str,
    'access-key-secret': str,
    'security-token': str,
    state: str,
    region: str,
    namespaces: str,
    'change-order-time': str,
    'change-order-outcome': str,
    'run-time': str,
    'fail-runs': str,
    'refuse-runs': str,
    'delete-time': str,
    'suspend-polarity': str,
    'error-code-in': str,
    'fill-defaults': { type: 'boolean' },
    'ignore-on-update': str,
    'suspend-after-reads': str,
    'auto-config-namespace': str,
    'change-orders-oldest-first': { type: 'boolean' },
    'max-query-bytes': str,
    'allow-duplicate-names': { type: 'boolean' },
    'throttle-rate': str,
    'calls-per-minute': str,
    'server-error-rate': str,
    'reset-rate': str,
    'lost-response-rate': str,
    latency: str,
    seed: str,
    verbose: { type: 'boolean' },
  });
  if (values.help) return (io.out(EMULATOR_HELP), 0);
  // --seed N seeds the fault choices (a number); --seed FILE the account (anything else).
  const seedIsFile = typeof values.seed === 'string' && !/^[0-9]+$/.test(values.seed);
  const seed = seedIsFile ? readSeed(values.seed as string) : undefined;

  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a port number, not "${String(values.port)}"`);
  const outcome = (values['change-order-outcome'] as string | undefined) ?? 'succeed';
  if (!['succeed', 'fail', 'batch-failed', 'approval', 'confirm'].includes(outcome))
    throw new UsageError(
      `--change-order-outcome takes succeed, fail, batch-failed, approval or confirm, not "${outcome}"`,
    );
  const polarity = (values['suspend-polarity'] as string | undefined) ?? DEFAULT_BEHAVIOUR.suspendPolarity;
  if (polarity !== 'true-starts' && polarity !== 'true-suspends')
    throw new UsageError(`--suspend-polarity takes true-starts or true-suspends, not "${polarity}"`);
  const errorCodeIn = (values['error-code-in'] as string | undefined) ?? 'Code';
  if (errorCodeIn !== 'Code' && errorCodeIn !== 'ErrorCode')
    throw new UsageError(`--error-code-in takes Code or ErrorCode, not "${errorCodeIn}"`);
  const autoConfigNamespace = (values['auto-config-namespace'] as string | undefined) ?? 'kept';
  if (autoConfigNamespace !== 'kept' && autoConfigNamespace !== 'default')
    throw new UsageError(`--auto-config-namespace takes kept or default, not "${autoConfigNamespace}"`);
  const count = (v: unknown, flag: string) => {
    if (v === undefined) return 0;
    if (!/^[0-9]+$/.test(String(v))) throw new UsageError(`${flag} takes a whole number, not "${String(v)}"`);
    return Number(v);
  };
  const credential: Credential = {
    accessKeyId: (values['access-key-id'] as string | undefined) ?? DEFAULT_CREDENTIAL.accessKeyId,
    accessKeySecret: (values['access-key-secret'] as string | undefined) ?? DEFAULT_CREDENTIAL.accessKeySecret,
  };
  if (values['security-token']) credential.securityToken = values['security-token'] as string;
  const faults = Object.fromEntries(
    Object.entries({
      throttleRate: rate(values['throttle-rate'], '--throttle-rate'),
      serverErrorRate: rate(values['server-error-rate'], '--server-error-rate'),
      resetRate: rate(values['reset-rate'], '--reset-rate'),
      lostResponseRate: rate(values['lost-response-rate'], '--lost-response-rate'),
      latencyMs: ms(values.latency, '--latency'),
      callsPerMinute: values['calls-per-minute'] === undefined ? undefined : Number(values['calls-per-minute']),
      seed: values.seed === undefined || seedIsFile ? undefined : Number(values.seed),
    }).filter(([, v]) => v !== undefined),
  );
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({
      port,
      credentials: [credential],
      regionId: values.region as string | undefined,
      namespaces: values.namespaces ? String(values.namespaces).split(',') : undefined,
      ...(seed ? { configMaps: seed.configMaps, secrets: seed.secrets } : {}),
      statePath: values.state as string | undefined,
      behaviour: {
        changeOrderMs: ms(values['change-order-time'], '--change-order-time') ?? DEFAULT_BEHAVIOUR.changeOrderMs,
        changeOrderOutcome: outcome as ChangeOrderOutcome,
        runMs: ms(values['run-time'], '--run-time') ?? DEFAULT_BEHAVIOUR.runMs,
        failRuns: values['fail-runs'] ? String(values['fail-runs']).split(',') : [],
        refuseRuns: values['refuse-runs'] ? String(values['refuse-runs']).split(',') : [],
        deleteMs: ms(values['delete-time'], '--delete-time') ?? DEFAULT_BEHAVIOUR.deleteMs,
        suspendPolarity: polarity,
        errorCodeField: errorCodeIn,
        fillDefaults: Boolean(values['fill-defaults']),
        ignoreOnUpdate: values['ignore-on-update'] ? String(values['ignore-on-update']).split(',') : [],
        suspendAfterReads: count(values['suspend-after-reads'], '--suspend-after-reads'),
        autoConfigIgnoresNamespace: autoConfigNamespace === 'default',
        changeOrdersOldestFirst: Boolean(values['change-orders-oldest-first']),
        maxQueryBytes: count(values['max-query-bytes'], '--max-query-bytes'),
        allowDuplicateNames: Boolean(values['allow-duplicate-names']),
      },
      faults,
      ...(values.verbose ? { log: (line: string) => io.out(`${line}\n`) } : {}),
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'EADDRINUSE'
        ? `port ${port} is in use: pick another with --port, or --port 0 for any free port`
        : `cannot start the emulator: ${(err as Error).message}`,
    );
  }
  if (seed) {
    for (const j of seed.jobs) emulator.store.seedJob(j.params, j.tags);
    io.out(
      `seeded ${seed.jobs.length} job${seed.jobs.length === 1 ? '' : 's'}, ${seed.configMaps.length} ConfigMap${seed.configMaps.length === 1 ? '' : 's'}, ${seed.secrets.length} Secret${seed.secrets.length === 1 ? '' : 's'} from ${values.seed}\n`,
    );
  }
  io.out(`saejob emulator listening on ${emulator.url}\n`);
  io.out(
    `access key ${credential.accessKeyId}${credential.securityToken ? ' (STS)' : ''}; try: SAEJOB_ENDPOINT=${emulator.url} ALIBABA_CLOUD_ACCESS_KEY_ID=${credential.accessKeyId} ALIBABA_CLOUD_ACCESS_KEY_SECRET=... saejob plan\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await emulator.close();
  io.out('saejob emulator stopped\n');
  return 0;
}
