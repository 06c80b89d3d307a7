// `saejob run NAME --namespace NS`: start one run now (ExecJob), optionally
// wait for its result.
import { randomUUID } from 'node:crypto';
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { inputOptions, reporterFor, parseCommandArgs, parsePositiveInt, splitCommandLine } from '../args.js';
import { compileManifests } from '../../pipeline/compile/compile-files.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext, progressFor } from '../cloud.js';
import { jobRefFromArgs, requireJob } from '../job-refs.js';
import { formatsOf } from '../../output/reporter.js';
import { RUN_REPORTERS, type RunReport } from '../../output/reports/run.js';
import { sinkOf } from '../shared.js';
import { manifestDrift, startRun, waitForRun } from '../../operations/run.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(RUN_REPORTERS);

export const RUN_HELP = `Usage: saejob run NAME --namespace NS [options]
       saejob run MANIFEST.yaml [options]

Start one run of a job now (ExecJob). Each call sends a fresh EventId; give
--event-id to make a retried CI step start at most one run.

  --event-id ID     idempotency key: one run per EventId
  --env K=V         per-run environment override (repeatable)
  --replicas N      per-run number of instances
  --command "CMD"   per-run command, split as a shell would (quotes keep a
                    word together: --command "sh -c 'echo a b'")
  --jar-start-args A      per-run arguments of a FatJar job (ExecJob JarStartArgs)
  --jar-start-options O   per-run JVM options of a FatJar job (JarStartOptions)
  --war-start-options O   per-run start options of a War job (WarStartOptions)
  --time T          ExecJob's Time (passed as given; the SDK does not document
                    its format)
  --wait            wait for the run to finish; exit 0 only if it succeeded
  -o ${FORMATS.join('|')}

${CLOUD_HELP}`;

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', argv, {
    ...CLOUD_OPTIONS,
    namespace: { type: 'string' },
    'event-id': { type: 'string' },
    env: { type: 'string', multiple: true },
    replicas: { type: 'string' },
    command: { type: 'string' },
    'jar-start-args': { type: 'string' },
    'jar-start-options': { type: 'string' },
    'war-start-options': { type: 'string' },
    time: { type: 'string' },
    wait: { type: 'boolean' },
  });
  if (values.help) return (io.out(RUN_HELP), 0);
  const { report } = reporterFor(values.output, RUN_REPORTERS, 'run');
  const ctx = cloudContext(values, io);
  const ref = jobRefFromArgs(positionals, values, io, 'run');
  const envs = (values.env ?? []).map((kv) => {
    const i = kv.indexOf('=');
    if (i <= 0) throw new UsageError(`--env takes NAME=VALUE, not "${kv}"`);
    return { name: kv.slice(0, i), value: kv.slice(i + 1) };
  });
  const command = typeof values.command === 'string' ? splitCommandLine(values.command, '--command') : undefined;
  if (command && command.length === 0)
    throw new UsageError('--command is empty: give the command to run, e.g. --command "python job.py --day 1"');
  const replicas = values.replicas === undefined ? undefined : parsePositiveInt(values.replicas, '--replicas', 1);
  const job = await requireJob(ctx.session, ref, '; apply its manifest first');
  // Given a manifest, say when the live job is not what it describes: the run uses the live job.
  if (values.namespace === undefined && /\.ya?ml$/i.test(positionals[0]!)) {
    const pipeline = compileManifests([positionals[0]!], {
      region: values.region,
      envRegion: io.env.ALIBABA_CLOUD_REGION_ID,
      env: io.env,
      unknownSecrets: true,
      ...inputOptions(values, io.env),
    });
    const drift = await manifestDrift(ctx.session, pipeline);
    if (drift)
      io.err(
        `saejob: ${ref.name}: ${positionals[0]} has changes the live job does not (${drift}); this run uses the live job as it is: saejob apply first to run what the manifest says (saejob plan shows the changes)\n`,
      );
  }
  const eventId = values['event-id'] ?? randomUUID();
  const started = await startRun(ctx.session, ref.region, job.AppId, {
    EventId: eventId,
    Envs: envs.length ? JSON.stringify(envs) : undefined,
    Command: command?.[0],
    CommandArgs: command && command.length > 1 ? JSON.stringify(command.slice(1)) : undefined,
    Replicas: replicas,
    JarStartArgs: values['jar-start-args'],
    JarStartOptions: values['jar-start-options'],
    WarStartOptions: values['war-start-options'],
    Time: values.time,
  });
  if (started.refused !== undefined) {
    io.err(
      `saejob: SAE did not start a run of ${ref.name}: ${started.refused} (EventId ${eventId}; running again with --event-id ${eventId} starts at most one run)\n`,
    );
    return 1;
  }
  const runReport: RunReport = {
    name: ref.name,
    namespace: ref.namespace,
    appId: job.AppId,
    eventId,
    jobId: started.jobId,
    state: 'running',
  };
  if (!values.wait) return (report(runReport, sinkOf(io)), 0);
  // The run's id now, not after the wait: whoever watches can look it up meanwhile.
  io.err(`started run ${runReport.jobId} of ${ref.name} (EventId ${eventId})\n`);
  const progress = progressFor(io);
  const st = await waitForRun(ctx.session, ref.region, job.AppId, runReport.jobId, {
    timeoutMs: ctx.timeoutMs,
    intervalMs: ctx.pollIntervalMs,
    onStatus: (state, s) =>
      progress.event(
        ref.name,
        `run ${runReport.jobId}: ${state} (active ${s.Active ?? 0}, succeeded ${s.Succeeded ?? 0}, failed ${s.Failed ?? 0})`,
      ),
  });
  progress.done();
  if (!st) {
    io.err(`saejob: run ${runReport.jobId} still running after --timeout; it goes on in SAE\n`);
    return 1;
  }
  runReport.state = st.state as RunReport['state'];
  runReport.status = st.status;
  report(runReport, sinkOf(io));
  return runReport.state === 'succeeded' ? 0 : 1;
}
