// The GitHub Action (action.yml: `runs: using: node24`). It starts from the
// committed bundles: no npm install, no build, nothing downloaded. It turns
// the inputs (INPUT_COMMAND, INPUT_PATHS, INPUT_PLAN-FILE, INPUT_ARGS, as
// the runner passes them) into one saejob command with -o github, runs it in
// the workspace, and writes the outputs. saejob itself writes the
// annotations (stdout) and the job summary ($GITHUB_STEP_SUMMARY).
'use strict';
const { spawnSync } = require('node:child_process');
const { appendFileSync } = require('node:fs');
const path = require('node:path');

const bin = path.join(__dirname, '..', 'bin', 'saejob.cjs');
const env = process.env;
const input = (name, fallback) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim() || fallback;
const command = input('command', 'validate');
const paths = input('paths', 'manifests').split(/\s+/).filter(Boolean);
const planFile = input('plan-file', '');
// Flags split on white space; a flag value with a space in it is not supported here.
const extra = input('args', '').split(/\s+/).filter(Boolean);

const COMMANDS = ['validate', 'compile', 'plan', 'apply'];
if (!COMMANDS.includes(command)) {
  process.stdout.write(
    `::error title=saejob action::command must be one of ${COMMANDS.join(', ')}, not "${command.replace(/[\r\n%:]/g, ' ')}"\n`,
  );
  process.exit(1);
}

let args;
if (command === 'plan') args = ['plan', '--detailed-exitcode', ...(planFile ? ['--out', planFile] : []), ...paths];
else if (command === 'apply') args = planFile ? ['apply', planFile] : ['apply', '--yes', ...paths];
else args = [command, ...paths];
args.push('-o', 'github', ...extra);

// Which Node runs saejob: the runner's own (node24), not whatever `node` is on the PATH.
console.log(`saejob (Node ${process.version}) ${args.join(' ').replace(/(^|\n)::/g, '$1:\u200b:')}`);
// stdout is passed through (the workflow commands must reach the runner) and kept for apply's summary line.
const r = spawnSync(process.execPath, [bin, ...args], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env,
  maxBuffer: 256 * 1024 * 1024,
});
process.stdout.write(r.stdout ?? '');
const code = r.status ?? 1;
// plan --detailed-exitcode: 2 means changes, which is not a failure of the step.
const exitCode = command === 'plan' && code === 2 ? 0 : code;
const outputs = [`exit-code=${exitCode}`];
if (command === 'plan') outputs.push(`has-changes=${code === 2}`);
if (command === 'apply')
  outputs.push(
    `has-changes=${/^Apply: .*\b(created|updated|replaced|submitted|deleted)\b/m.test(String(r.stdout ?? ''))}`,
  );
if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${outputs.join('\n')}\n`);
process.exit(exitCode);
