// `saejob emulator`'s flags as the emulator's options: each value checked,
// with the flag named in its message.
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { parseDuration, type ParsedFlags } from '../args.js';
import type { Credential } from '../../emulator/signature.js';
import { DEFAULT_CREDENTIAL, type EmulatorOptions } from '../../emulator/server.js';
import { DEFAULT_BEHAVIOUR, type ChangeOrderOutcome } from '../../emulator/records.js';
import { readSeed } from './emulator-seed.js';

const str = { type: 'string' } as const;
/** The emulator's flags. */
export const EMULATOR_FLAGS = {
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
} as const;

function rate(v: unknown, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`${flag} takes a share from 0 to 1, not "${String(v)}"`);
  return n;
}

function ms(v: unknown, flag: string): number | undefined {
  return v === undefined ? undefined : parseDuration(String(v), flag);
}

/** The options the flags give: where to listen, the one access key, the account's seed, behaviours and faults. */
export function emulatorOptions(values: ParsedFlags<typeof EMULATOR_FLAGS>['values'], io: Io) {
  // --seed N seeds the fault choices (a number); --seed FILE the account (anything else).
  const seedIsFile = typeof values.seed === 'string' && !/^[0-9]+$/.test(values.seed);
  const seed = seedIsFile ? readSeed(values.seed!) : undefined;

  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a port number, not "${String(values.port)}"`);
  const outcome = values['change-order-outcome'] ?? 'succeed';
  if (!['succeed', 'fail', 'batch-failed', 'approval', 'confirm'].includes(outcome))
    throw new UsageError(
      `--change-order-outcome takes succeed, fail, batch-failed, approval or confirm, not "${outcome}"`,
    );
  const polarity = values['suspend-polarity'] ?? DEFAULT_BEHAVIOUR.suspendPolarity;
  if (polarity !== 'true-starts' && polarity !== 'true-suspends')
    throw new UsageError(`--suspend-polarity takes true-starts or true-suspends, not "${polarity}"`);
  const errorCodeIn = values['error-code-in'] ?? 'Code';
  if (errorCodeIn !== 'Code' && errorCodeIn !== 'ErrorCode')
    throw new UsageError(`--error-code-in takes Code or ErrorCode, not "${errorCodeIn}"`);
  const autoConfigNamespace = values['auto-config-namespace'] ?? 'kept';
  if (autoConfigNamespace !== 'kept' && autoConfigNamespace !== 'default')
    throw new UsageError(`--auto-config-namespace takes kept or default, not "${autoConfigNamespace}"`);
  const count = (v: unknown, flag: string) => {
    if (v === undefined) return 0;
    if (!/^[0-9]+$/.test(String(v))) throw new UsageError(`${flag} takes a whole number, not "${String(v)}"`);
    return Number(v);
  };
  const credential: Credential = {
    accessKeyId: values['access-key-id'] ?? DEFAULT_CREDENTIAL.accessKeyId,
    accessKeySecret: values['access-key-secret'] ?? DEFAULT_CREDENTIAL.accessKeySecret,
  };
  if (values['security-token']) credential.securityToken = values['security-token'];
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
  const options: EmulatorOptions = {
    port,
    credentials: [credential],
    regionId: values.region,
    namespaces: values.namespaces ? String(values.namespaces).split(',') : undefined,
    ...(seed ? { configMaps: seed.configMaps, secrets: seed.secrets } : {}),
    statePath: values.state,
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
  };
  return { port, credential, seed, options };
}
