// `npm run bench`: saejob's performance, measured in one run on one machine
// and reported as medians and ratios (the machine may be shared and noisy).
//  (a) `saejob validate` of one manifest against `node -e 0`
//  (b) `saejob validate` of 1,000 varied manifests against ajv-cli with the
//      same schema on the same files
//  (c) compile throughput in-process, manifests per second
//  (d) peak memory validating 10,000 manifests in one run
//  (e) API calls of a no-op apply of 100 jobs (emulator)
//  (f) applying 50 new jobs with 2 s change orders, --concurrency 8 against 1
//  (g) SAE's call budget: 100 jobs in one namespace against the emulator at
//      600 calls a minute with 3 s change orders — requests and wall time to
//      create, to update, and of a no-op plan; then 80 jobs at SAE's real 60
//      calls a minute — a no-op plan's requests, failures and wall time
// Options: --runs N (default 15), --quick (fewer runs, for a smoke test),
// --only a,b (just those parts).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : quick ? 3 : 15;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : undefined;
const want = (part) => !only || only.has(part);
const CLI = `${root}bin/saejob.cjs`;
const AJV = `${root}node_modules/ajv-cli/dist/index.js`;
const work = `${root}.bench`;
if (!existsSync(`${root}dist/cli-main.cjs`)) throw new Error('build first: npm run build');

// --- inputs -------------------------------------------------------------
function manifest(i) {
  const kinds = ['image', 'fatjar', 'war', 'python', 'php'];
  const kind = kinds[i % kinds.length];
  const sizes = [
    [500, 1024],
    [1000, 2048],
    [2000, 4096],
    [4000, 8192],
    [8000, 16384],
  ];
  const [cpu, mem] = sizes[i % sizes.length];
  const env = Array.from({ length: i % 7 }, (_, k) => `      - { name: VAR_${k}, value: "value-${i}-${k}" }`).join(
    '\n',
  );
  const pkg = {
    image: `    image:\n      url: registry.cn-hangzhou.aliyuncs.com/bench/job-${i}:1.${i % 10}`,
    fatjar: `    package: { type: FatJar, url: "https://b.oss-cn-hangzhou.aliyuncs.com/job-${i}.jar", version: "1.${i}" }\n    runtime: { jdk: Open JDK 8 }\n    jar: { startOptions: "-Xmx1g" }`,
    war: `    package: { type: War, url: "https://b.oss-cn-hangzhou.aliyuncs.com/job-${i}.war", version: "1.${i}" }\n    runtime: { jdk: Dragonwell 11, webContainer: apache-tomcat-8.5.42 }\n    tomcat: { port: 8080, contextPath: / }`,
    python: `    package: { type: PythonZip, url: "https://b.oss-cn-hangzhou.aliyuncs.com/job-${i}.zip", version: "${i}" }\n    runtime: { python: PYTHON 3.9.15, pythonModules: [requests] }`,
    php: `    package: { type: PhpZip, url: "https://b.oss-cn-hangzhou.aliyuncs.com/job-${i}.zip" }\n    php: { configLocation: /usr/local/etc/php/php.ini, config: "memory_limit=256M" }`,
  }[kind];
  const trigger =
    i % 3 === 0
      ? '  trigger:\n    http: { methods: [POST] }\n'
      : `  trigger:\n    schedule: "${i % 60} ${i % 24} * * ?"\n`;
  const extras = [
    i % 4 === 0
      ? `    volumes:\n      nas:\n        id: nas-${i}\n        mountHost: nas-${i}.cn-hangzhou.nas.aliyuncs.com\n        mounts: [{ mountPath: /data, nasPath: / }]`
      : '',
    i % 5 === 0 ? '    logs:\n      sls: [{ stdout: true }, { path: /var/log/app.log }]' : '',
    i % 6 === 0 ? `    hostAliases: [{ ip: 10.0.0.${i % 250}, hostnames: [db.internal] }]` : '',
    env ? `    env:\n${env}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return `apiVersion: saejob/v1
kind: Job
metadata:
  name: bench-job-${i}
  namespace: cn-hangzhou:bench
  description: Benchmark job ${i}
spec:
  replicas: ${1 + (i % 4)}
${trigger}  concurrencyPolicy: ${['Allow', 'Forbid', 'Replace'][i % 3]}
  timeoutSeconds: ${600 + i}
  template:
${pkg}
    resources: { cpu: ${cpu}, memory: ${mem} }
    command: [/app/run, "--shard", "${i}"]
${extras ? `${extras}\n` : ''}`;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(`${work}/one`, { recursive: true });
mkdirSync(`${work}/thousand`, { recursive: true });
mkdirSync(`${work}/ten-thousand`, { recursive: true });
mkdirSync(`${work}/thousand-anchored`, { recursive: true });
writeFileSync(`${work}/one/job.yaml`, manifest(7));
for (let i = 0; i < 1000; i++) writeFileSync(`${work}/thousand/job-${String(i).padStart(4, '0')}.yaml`, manifest(i));
// The same manifests with one YAML anchor each: outside the fast path's subset, so `yaml` parses them all.
for (let i = 0; i < 1000; i++)
  writeFileSync(
    `${work}/thousand-anchored/job-${String(i).padStart(4, '0')}.yaml`,
    manifest(i).replace('  timeoutSeconds: ', '  timeoutSeconds: &timeout '),
  );
for (let f = 0; f < 100; f++)
  writeFileSync(
    `${work}/ten-thousand/batch-${f}.yaml`,
    Array.from({ length: 100 }, (_, k) => manifest(f * 100 + k)).join('---\n'),
  );

// --- timing ---------------------------------------------------------------
// NODE_EXTRA_CA_CERTS makes every Node start read a certificate file (~30 ms on these machines):
// kept, it would hide saejob's own start-up cost in the ratio. Every timed run goes without it.
const { NODE_EXTRA_CA_CERTS: extraCerts, ...baseEnv } = process.env;

function time(args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...baseEnv, NO_COLOR: '1', ...env }, maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { ms, status: r.status, stderr: r.stderr.toString() };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Interleave the commands run by run, so that machine noise hits them alike. */
function compare(cases, runs) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const [k, c] of Object.entries(cases)) {
    const warm = time(c.args, c.env); // warm the file cache (and saejob's code cache)
    if (c.expect !== undefined && warm.status !== c.expect)
      throw new Error(`${k} exited ${warm.status}: ${warm.stderr.slice(0, 500)}`);
  }
  for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(cases)) times[k].push(time(c.args, c.env).ms);
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

const results = {};
console.log(
  `saejob benchmark: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; medians of ${RUNS} runs; NODE_EXTRA_CA_CERTS unset${extraCerts ? ' (it was set: removed for the timed runs)' : ''}\n`,
);

if (want('a')) {
  const a = compare(
    {
      'node -e 0': { args: ['-e', '0'], expect: 0 },
      'saejob validate (1 manifest)': { args: [CLI, 'validate', `${work}/one/job.yaml`], expect: 0 },
      'saejob validate, no code cache': {
        args: [CLI, 'validate', `${work}/one/job.yaml`],
        env: { SAEJOB_NO_COMPILE_CACHE: '1' },
        expect: 0,
      },
    },
    RUNS,
  );
  results.a = {
    ...a,
    ratio: a['saejob validate (1 manifest)'] / a['node -e 0'],
    ratioNoCache: a['saejob validate, no code cache'] / a['node -e 0'],
  };
  console.log('(a) one manifest');
  for (const [k, v] of Object.entries(a)) console.log(`    ${k.padEnd(34)} ${v.toFixed(1)} ms`);
  console.log(
    `    ratio to node -e 0: ${results.a.ratio.toFixed(2)} (target ≤ 1.30); without the code cache ${results.a.ratioNoCache.toFixed(2)}\n`,
  );
}

if (want('b')) {
  const b = compare(
    {
      'saejob validate (1,000 files)': { args: [CLI, 'validate', `${work}/thousand`], expect: 0 },
      'ajv-cli validate (1,000 files)': {
        args: [
          AJV,
          'validate',
          '-s',
          `${root}schema/saejob.strict.schema.json`,
          '-d',
          `${work}/thousand/*.yaml`,
          '--all-errors',
        ],
        expect: 0,
      },
      'saejob, each with an anchor': { args: [CLI, 'validate', `${work}/thousand-anchored`], expect: 0 },
    },
    RUNS,
  );
  const ajv = b['ajv-cli validate (1,000 files)'];
  results.b = {
    ...b,
    ratio: b['saejob validate (1,000 files)'] / ajv,
    ratioAnchored: b['saejob, each with an anchor'] / ajv,
  };
  console.log('(b) 1,000 varied manifests');
  for (const [k, v] of Object.entries(b)) console.log(`    ${k.padEnd(34)} ${v.toFixed(1)} ms`);
  console.log(
    `    ratio to ajv-cli: ${results.b.ratio.toFixed(2)} (target ≤ 0.50), while also checking the SAE rules and keeping positions`,
  );
  console.log(`    with an anchor in each manifest (no fast YAML path): ${results.b.ratioAnchored.toFixed(2)}\n`);
}

const lib = { ...(await import(`${root}dist/index.js`)), ...(await import(`${root}dist/emulator.js`)) };
// (c) in-process compile throughput, on the 1,000 parsed and validated manifests.
if (want('c')) {
  const loaded = lib.loadManifests([`${work}/thousand`]);
  const valid = lib.validateManifests(loaded).valid;
  let compiled = 0;
  const t0 = process.hrtime.bigint();
  const rounds = quick ? 3 : 20;
  for (let r = 0; r < rounds; r++) for (const v of valid) if (lib.compileJob(v.manifest, { env: {} }).job) compiled++;
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  results.c = { perSecond: compiled / secs };
  const tv = process.hrtime.bigint();
  for (let r = 0; r < 3; r++) lib.validateManifests(lib.loadManifests([`${work}/thousand`]));
  results.c.loadValidatePerSecond = (3 * valid.length) / (Number(process.hrtime.bigint() - tv) / 1e9);
  console.log('(c) in-process throughput');
  console.log(`    compile:                 ${Math.round(results.c.perSecond).toLocaleString('en')} manifests/s`);
  console.log(
    `    load + validate:         ${Math.round(results.c.loadValidatePerSecond).toLocaleString('en')} manifests/s\n`,
  );
}

// (d) peak memory of one validate run over 10,000 manifests (100 files × 100 documents).
const timeBin = '/usr/bin/time';
if (!want('d')) {
  // skipped
} else if (existsSync(timeBin)) {
  const r = spawnSync(timeBin, ['-f', '%M', process.execPath, CLI, 'validate', `${work}/ten-thousand`], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  results.d = { peakMB: kb / 1024, status: r.status };
  console.log(
    `(d) validate 10,000 manifests: exit ${r.status}, peak RSS ${(kb / 1024).toFixed(0)} MB (target < 200 MB)\n`,
  );
} else console.log('(d) skipped: /usr/bin/time not found\n');

// (e) and (f): apply against the in-process emulator, over HTTP with signatures.
const runCli = (args, env) =>
  new Promise((resolve) => {
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...baseEnv, NO_COLOR: '1', CI: 'true', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, ms: Number(process.hrtime.bigint() - t) / 1e6, err }));
  });
const key = { accessKeyId: 'bench-key', accessKeySecret: 'bench-secret' };
const cloudEnv = (emu) => ({
  SAEJOB_ENDPOINT: emu.url,
  ALIBABA_CLOUD_ACCESS_KEY_ID: key.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.accessKeySecret,
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
});
const jobs = (n, dir) => {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(`${dir}/job-${i}.yaml`, manifest(i).replace('cn-hangzhou:bench', 'cn-hangzhou:apply'));
  return dir;
};
if (want('e')) {
  const emu = await lib.startEmulator({ credentials: [key], behaviour: { changeOrderMs: 50 } });
  const dir = jobs(100, `${work}/apply-100`);
  const first = await runCli(['apply', '--yes', '--concurrency', '8', dir], { ...cloudEnv(emu), SAEJOB_POLL_MS: '20' });
  if (first.code !== 0) throw new Error(`apply of 100 jobs failed: ${first.err.slice(-500)}`);
  emu.resetCounters();
  const again = await runCli(['apply', '--yes', dir], cloudEnv(emu));
  const c = emu.counters();
  results.e = {
    exit: again.code,
    requests: c.requests,
    writes: Object.values(c.writes).reduce((x, y) => x + y, 0),
    ms: again.ms,
  };
  console.log(
    `(e) no-op apply of 100 jobs in one namespace: exit ${again.code}, ${Object.entries(c.requests)
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}, writes ${results.e.writes} (target: ≤ 1 list page per 100 jobs + 1 DescribeJob each, 0 writes), ${again.ms.toFixed(0)} ms\n`,
  );
  await emu.close();
}
if (want('f')) {
  const n = quick ? 10 : 50;
  const orderMs = 2000;
  const dir = jobs(n, `${work}/apply-${n}`);
  const times = {};
  for (const concurrency of [8, 1]) {
    const emu = await lib.startEmulator({ credentials: [key], behaviour: { changeOrderMs: orderMs } });
    const r = await runCli(['apply', '--yes', '--concurrency', String(concurrency), dir], cloudEnv(emu));
    if (r.code !== 0) throw new Error(`apply failed: ${r.err.slice(-500)}`);
    times[concurrency] = r.ms;
    await emu.close();
  }
  results.f = {
    jobs: n,
    changeOrderMs: orderMs,
    concurrency8Ms: times[8],
    concurrency1Ms: times[1],
    speedup: times[1] / times[8],
  };
  console.log(
    `(f) apply ${n} new jobs, ${orderMs / 1000} s change orders: --concurrency 8 ${(times[8] / 1000).toFixed(1)} s, --concurrency 1 ${(times[1] / 1000).toFixed(1)} s: ${results.f.speedup.toFixed(1)}× faster\n`,
  );
}

if (want('g')) {
  const requestsOf = (c) => Object.values(c.requests).reduce((x, y) => x + y, 0);
  const throttledOf = (c) => c.errors?.['Throttling.User'] ?? 0;
  const budget = async (n, perMinute, orderMs, steps) => {
    const dir = `${work}/budget-${n}-${perMinute}`;
    rmSync(dir, { recursive: true, force: true });
    jobs(n, dir);
    // Each step in a minute of its own: the emulator starts again from its state (a fresh window), as SAE's would be a minute later.
    const statePath = `${dir}.state.json`;
    rmSync(statePath, { force: true });
    const out = {};
    for (const [name, args, edit, setup] of steps) {
      // A setup step (making the jobs a plan then reads) runs without the limit, and is not reported.
      const emu = await lib.startEmulator({
        credentials: [key],
        behaviour: { changeOrderMs: orderMs },
        faults: { callsPerMinute: setup ? 0 : perMinute },
        statePath,
      });
      if (edit)
        for (let i = 0; i < n; i++)
          writeFileSync(
            `${dir}/job-${i}.yaml`,
            manifest(i)
              .replace('cn-hangzhou:bench', 'cn-hangzhou:apply')
              .replace(/replicas: (\d+)/, (_, r) => `replicas: ${Number(r) + 1}`),
          );
      const r = await runCli([...args, '--concurrency', '8', '--timeout', '30m', dir], {
        ...cloudEnv(emu),
        SAEJOB_RETRY_ATTEMPTS: '8',
      });
      const c = emu.counters();
      const requests = requestsOf(c);
      const failures = (r.err.match(/could not be planned|failed/g) ?? []).length;
      if (setup) {
        await emu.close();
        await new Promise((ok) => setTimeout(ok, orderMs));
        continue;
      }
      out[name] = {
        exit: r.code,
        requests,
        perJob: requests / n,
        throttled: throttledOf(c),
        byOperation: c.requests,
        ms: r.ms,
        failures,
        floorMs: (requests / perMinute) * 60_000 + orderMs,
      };
      await emu.close();
      // The change orders of this step end before the next (the emulator's clock is the wall clock).
      await new Promise((ok) => setTimeout(ok, orderMs));
    }
    return out;
  };
  const fast = await budget(100, 600, 3000, [
    ['create', ['apply', '--yes']],
    ['update', ['apply', '--yes'], true],
    ['noop-plan', ['plan']],
  ]);
  const real = quick
    ? {}
    : await budget(80, 60, 3000, [
        ['setup', ['apply', '--yes'], false, true],
        ['noop-plan', ['plan']],
        ['noop-plan-again', ['plan']],
      ]);
  results.g = { fast, real };
  console.log("(g) within SAE's call budget (requests include throttled answers)");
  for (const [name, r] of Object.entries(fast))
    console.log(
      `    100 jobs at 600/min, ${name.padEnd(9)} exit ${r.exit}: ${r.requests} requests (${r.perJob.toFixed(2)} a job; ${r.throttled} throttled), ${(r.ms / 1000).toFixed(1)} s (requests ÷ rate + one change order: ${(r.floorMs / 1000).toFixed(1)} s)\n      ${Object.entries(
        r.byOperation,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  console.log(
    '    targets: create ≤ 2.5 a job + 10, update ≤ 3.3 a job + 10, no-op plan = N + ⌈N/100⌉ per namespace, wall ≤ 1.3× the floor',
  );
  for (const [name, r] of Object.entries(real))
    console.log(
      `    80 jobs at 60/min, ${name.padEnd(9)} exit ${r.exit}: ${r.requests} requests, ${r.throttled} throttled, ${r.failures} failures, ${(r.ms / 1000).toFixed(1)} s`,
    );
  console.log('');
}

writeFileSync(`${work}/results.json`, JSON.stringify(results, null, 2));
console.log(`results: ${work}/results.json`);
