// `npm start`: the whole flow on manifests/, offline, against the built-in
// emulator: validate, plan, apply, plan again (no changes); then the shop's
// two environments: what differs, staging and prod applied, and a new image
// promoted from staging to prod (in a copy of manifests/shop, so the
// repository is not changed).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/cli-main.cjs`)) {
  console.error('saejob is not built: run npm ci (or npm run build) first');
  process.exit(1);
}
const { startEmulator } = await import(`${root}dist/emulator.js`);

const key = { accessKeyId: 'demo-key', accessKeySecret: 'demo-secret' };
// Change orders take long enough to watch saejob wait for them; the test of
// the demo (test/recipes/demo.test.ts) shortens them, as it is the flow it checks.
const changeOrderMs = Number(process.env.SAEJOB_DEMO_CHANGE_ORDER_MS || 1500);
const emulator = await startEmulator({ credentials: [key], behaviour: { changeOrderMs } });
const env = {
  ...process.env,
  SAEJOB_ENDPOINT: emulator.url,
  ALIBABA_CLOUD_ACCESS_KEY_ID: key.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.accessKeySecret,
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  // nightly-report.yaml mounts OSS with credentials from the environment.
  OSS_AK_ID: 'LTAI-demo-oss-id',
  OSS_AK_SECRET: 'demo-oss-secret-never-printed',
  SHOP_DB_PASSWORD: 'demo-db-password-never-printed',
  SAEJOB_POLL_MS: String(Math.max(10, Math.min(300, Math.round(changeOrderMs / 5)))),
};
const shop = mkdtempSync(join(tmpdir(), 'saejob-demo-shop-'));
cpSync(`${root}manifests/shop`, shop, { recursive: true });
const setImageTag = (environment, tag) => () => {
  const file = join(shop, 'environments', `${environment}.yaml`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/IMAGE_TAG: "[^"]*"/, `IMAGE_TAG: "${tag}"`));
  console.log(`\n(edit ${join('manifests/shop/environments', `${environment}.yaml`)}: IMAGE_TAG: "${tag}")`);
};

const bold = (t) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\u001b[1m${t}\u001b[0m` : t);
const run = (title, args) =>
  new Promise((resolve) => {
    console.log(`\n${bold(`$ saejob ${args.join(' ')}`)}   # ${title}`);
    const child = spawn(process.execPath, [`${root}bin/saejob.cjs`, ...args], { cwd: root, env, stdio: 'inherit' });
    child.on('close', (code) => resolve(code));
  });

console.log(
  `saejob demo: an SAE job API emulator is listening on ${emulator.url} (signatures checked, change orders take ${changeOrderMs / 1000} s)`,
);
const steps = [
  ['check every manifest', ['validate'], [0]],
  ['what would change (everything is new)', ['plan', '--detailed-exitcode'], [2]],
  ['create the jobs and wait for their change orders', ['apply', '--yes', '--concurrency', '8'], [0]],
  ['plan again: nothing left to do', ['plan', '--detailed-exitcode'], [0]],
  ['the shop runs in two environments: what is different in prod?', ['compare', 'staging', 'prod', shop], [0]],
  ['create the shop jobs in staging', ['apply', '--yes', '-e', 'staging', shop], [0]],
  ['and in prod', ['apply', '--yes', '-e', 'prod', shop], [0]],
  [
    'a new image in staging: staging changes, prod does not',
    ['plan', '--all-environments', '--detailed-exitcode', shop],
    [2],
    setImageTag('staging', '2.5.0'),
  ],
  ['apply it to staging', ['apply', '--yes', '-e', 'staging', shop], [0]],
  [
    'promote it: the same image in prod',
    ['plan', '-e', 'prod', '--detailed-exitcode', shop],
    [2],
    setImageTag('prod', '2.5.0'),
  ],
  ['apply it to prod', ['apply', '--yes', '-e', 'prod', shop], [0]],
];
let ok = true;
for (const [title, args, expected, before] of steps) {
  before?.();
  const code = await run(title, args);
  if (!expected.includes(code)) {
    console.error(`\ndemo: "saejob ${args.join(' ')}" exited ${code}, expected ${expected.join(' or ')}`);
    ok = false;
    break;
  }
}
const c = emulator.counters();
console.log(
  `\nThe emulator saw ${Object.values(c.requests).reduce((a, b) => a + b, 0)} signed requests: ${Object.entries(
    c.requests,
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; writes: ${
    Object.entries(c.writes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none'
  }.`,
);
console.log(
  `Jobs now in the emulated account: ${[...emulator.store.jobs.values()].map((j) => `${j.params.NamespaceId}/${j.params.AppName}`).join(', ')}`,
);
await emulator.close();
// The copy of manifests/shop the demo edited goes with it.
rmSync(shop, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
