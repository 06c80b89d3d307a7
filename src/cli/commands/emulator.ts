// `saejob emulator`: a local SAE job API for offline use, demos and CI.
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { startEmulator, DEFAULT_CREDENTIAL, DEFAULT_BEHAVIOUR } from '../../emulator/server.js';
import { EMULATOR_FLAGS, emulatorOptions } from './emulator-options.js';

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

export async function emulatorCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs('emulator', argv, EMULATOR_FLAGS);
  if (values.help) return (io.out(EMULATOR_HELP), 0);
  const { port, credential, seed, options } = emulatorOptions(values, io);
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator(options);
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
