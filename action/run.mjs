// The action's second step: turn the inputs (passed as SAEJOB_ACTION_*
// environment variables) into one saejob command with -o github, run it in
// the workspace, and write the outputs. saejob itself writes the annotations
// (stdout) and the job summary ($GITHUB_STEP_SUMMARY).
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/saejob.cjs', import.meta.url));
const env = process.env;
const command = (env.SAEJOB_ACTION_COMMAND || 'validate').trim();
const paths = (env.SAEJOB_ACTION_PATHS || 'manifests').split(/\s+/).filter(Boolean);
const planFile = (env.SAEJOB_ACTION_PLAN_FILE || '').trim();
// Flags split on white space; a flag value with a space in it is not supported here.
const extra = (env.SAEJOB_ACTION_ARGS || '').split(/\s+/).filter(Boolean);

const COMMANDS = ['validate', 'compile', 'plan', 'apply'];
if (!COMMANDS.includes(command)) {
  console.log(`::error title=saejob action::command must be one of ${COMMANDS.join(', ')}, not "${command}"`);
  process.exit(1);
}

let args;
if (command === 'plan') args = ['plan', '--detailed-exitcode', ...(planFile ? ['--out', planFile] : []), ...paths];
else if (command === 'apply') args = planFile ? ['apply', planFile] : ['apply', '--yes', ...paths];
else args = [command, ...paths];
args.push('-o', 'github', ...extra);

console.log(`saejob ${args.join(' ')}`);
// stdout is passed through (the workflow commands must reach the runner) and kept for apply's summary line.
const r = spawnSync(process.execPath, [bin, ...args], { stdio: ['inherit', 'pipe', 'inherit'], env, maxBuffer: 256 * 1024 * 1024 });
process.stdout.write(r.stdout ?? '');
const code = r.status ?? 1;
// plan --detailed-exitcode: 2 means changes, which is not a failure of the step.
const exitCode = command === 'plan' && code === 2 ? 0 : code;
const outputs = [`exit-code=${exitCode}`];
if (command === 'plan') outputs.push(`has-changes=${code === 2}`);
if (command === 'apply') outputs.push(`has-changes=${/^Apply: .*\b(created|updated|replaced|submitted)\b/m.test(String(r.stdout ?? ''))}`);
if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${outputs.join('\n')}\n`);
process.exit(exitCode);
