// Dispatch. The validate path imports nothing from the cloud side: the SAE
// client, pop-core, credentials and the emulator load only for the commands
// that use them (dynamic imports become separate chunks in the bundle).
import { UsageError, type Io } from './io.js';
import { runGuarded, type Command } from './guard.js';
import { nearest } from '../pipeline/suggest.js';
import { VERSION } from './version.js';
import { githubIo, isGithubRun } from './workflow.js';

export { VERSION };

const HELP = `saejob ${VERSION}: declarative Alibaba Cloud SAE jobs from YAML manifests

Usage: saejob <command> [options] [PATH...]

Commands:
  validate [PATH...]        check manifests (no cloud access)
  compile [PATH...]         print the exact requests (CreateJob, CreateConfigMap; no cloud access)
  plan [PATH...]            show what apply would change
  apply [PATH...]           create or update the jobs
  export NAME --namespace NS  print a live job as a manifest
  run NAME --namespace NS   start one run of a job now
  status [PATH...]          show the recent runs of the manifests' jobs (or NAME --namespace NS)
  delete [PATH...]          delete the jobs the manifests name (or NAME... --namespace NS)
  list --namespace NS       the jobs a namespace has, managed or not (or --region R, or PATH...)
  render -e ENV [PATH...]   print an environment's final manifests (no cloud access)
  compare ENV_A ENV_B       show how two environments differ, job by job
  schema [--strict]         print the JSON Schema of every manifest kind
  version                   print saejob's version (also --version)
  emulator                  serve a local SAE job API for offline use and tests

PATH: files, directories (every *.yaml/*.yml below) or - for stdin; default manifests/.
Run "saejob <command> --help" for a command's options.
`;

// Resolved to dist/cloud.cjs by the build; see scripts/build.mjs.
const cloud = () => import('./commands/cloud-index.js');

/** The commands of this bundle; the others run in the cloud bundle, whole (see cloud-index.ts). */
const LOCAL: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  compile: async () => (await import('./commands/compile.js')).compileCommand,
  render: async () => (await import('./commands/environments.js')).renderCommand,
  compare: async () => (await import('./commands/environments.js')).compareCommand,
};
const CLOUD = ['plan', 'apply', 'export', 'run', 'status', 'delete', 'list', 'emulator', 'schema'];
const NAMES = [...Object.keys(LOCAL), ...CLOUD, 'version'];

export async function main(argv: string[], processIo: Io): Promise<number> {
  // Nothing a manifest's author controls may start a GitHub workflow command.
  const io = isGithubRun(argv, processIo.env) ? githubIo(processIo) : processIo;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (CLOUD.includes(name))
    return (await cloud()).runCloudCommand(name, rest, io, (err) =>
      err instanceof UsageError ? err.message : undefined,
    );
  const load = LOCAL[name];
  if (!load) {
    const guess = nearest(name, NAMES);
    io.err(`saejob: unknown command "${name}"${guess ? `: did you mean "${guess}"?` : ''} (see saejob --help)\n`);
    return 1;
  }
  return runGuarded(await load(), rest, io);
}
