// `npm start`: the whole flow on manifests/, offline, against the built-in
// emulator: validate, plan, apply, plan again (no changes).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/cli-main.cjs`)) {
  console.error('saejob is not built: run npm ci (or npm run build) first');
  process.exit(1);
}
const { startEmulator } = await import(`${root}dist/emulator.js`);

const key = { accessKeyId: 'demo-key', accessKeySecret: 'demo-secret' };
const emulator = await startEmulator({ credentials: [key], behaviour: { changeOrderMs: 1500 } });
const env = {
  ...process.env,
  SAEJOB_ENDPOINT: emulator.url,
  ALIBABA_CLOUD_ACCESS_KEY_ID: key.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.accessKeySecret,
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  // nightly-report.yaml mounts OSS with credentials from the environment.
  OSS_AK_ID: 'LTAI-demo-oss-id',
  OSS_AK_SECRET: 'demo-oss-secret-never-printed',
  SAEJOB_POLL_MS: '300',
};

const bold = (t) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\u001b[1m${t}\u001b[0m` : t);
const run = (title, args) =>
  new Promise((resolve) => {
    console.log(`\n${bold(`$ saejob ${args.join(' ')}`)}   # ${title}`);
    const child = spawn(process.execPath, [`${root}bin/saejob.cjs`, ...args], { cwd: root, env, stdio: 'inherit' });
    child.on('close', (code) => resolve(code));
  });

console.log(`saejob demo: an SAE job API emulator is listening on ${emulator.url} (signatures checked, change orders take 1.5 s)`);
const steps = [
  ['check every manifest', ['validate'], [0]],
  ['what would change (everything is new)', ['plan', '--detailed-exitcode'], [2]],
  ['create the jobs and wait for their change orders', ['apply', '--yes', '--concurrency', '8'], [0]],
  ['plan again: nothing left to do', ['plan', '--detailed-exitcode'], [0]],
];
let ok = true;
for (const [title, args, expected] of steps) {
  const code = await run(title, args);
  if (!expected.includes(code)) {
    console.error(`\ndemo: "saejob ${args.join(' ')}" exited ${code}, expected ${expected.join(' or ')}`);
    ok = false;
    break;
  }
}
const c = emulator.counters();
console.log(
  `\nThe emulator saw ${Object.values(c.requests).reduce((a, b) => a + b, 0)} signed requests: ${Object.entries(c.requests)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; writes: ${
    Object.entries(c.writes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none'
  }.`,
);
console.log(`Jobs now in the emulated account: ${[...emulator.store.jobs.values()].map((j) => `${j.params.NamespaceId}/${j.params.AppName}`).join(', ')}`);
await emulator.close();
process.exit(ok ? 0 : 1);
