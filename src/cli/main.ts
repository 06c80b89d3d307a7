// Dispatch. The validate path imports nothing from the cloud side: the SAE
// client, pop-core, credentials and the emulator load only for the commands
// that use them (dynamic imports become separate chunks in the bundle).
import { UsageError, type Io } from './io.js';
import { nearest } from '../pipeline/suggest.js';
import { VERSION } from './version.js';

export { VERSION };

const HELP = `saejob ${VERSION}: declarative Alibaba Cloud SAE jobs from YAML manifests

Usage: saejob <command> [options] [PATH...]

Commands:
  validate [PATH...]        check manifests (no cloud access)
  compile [PATH...]         print the exact CreateJob requests (no cloud access)
  plan [PATH...]            show what apply would change
  apply [PATH...]           create or update the jobs
  export NAME --namespace NS  print a live job as a manifest
  run NAME --namespace NS   start one run of a job now
  status NAME --namespace NS  show a job's recent runs
  delete [PATH...]          delete the jobs the manifests name
  schema                    print the manifest JSON Schema
  emulator                  serve a local SAE job API for offline use and tests

PATH: files, directories (every *.yaml/*.yml below) or - for stdin; default manifests/.
Run "saejob <command> --help" for a command's options.
`;

type Command = (argv: string[], io: Io) => number | Promise<number>;

// Resolved to dist/cloud.cjs by the build; see scripts/build.mjs.
const cloud = () => import('./commands/cloud-index.js');

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  compile: async () => (await import('./commands/compile.js')).compileCommand,
  plan: async () => (await cloud()).planCommand,
  apply: async () => (await cloud()).applyCommand,
  export: async () => (await cloud()).exportCommand,
  run: async () => (await cloud()).runCommand,
  status: async () => (await cloud()).statusCommand,
  delete: async () => (await cloud()).deleteCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  emulator: async () => (await cloud()).emulatorCommand,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    const guess = nearest(name, Object.keys(COMMANDS));
    io.err(`saejob: unknown command "${name}"${guess ? `: did you mean "${guess}"?` : ''} (see saejob --help)\n`);
    return 1;
  }
  try {
    return await (await load())(rest, io);
  } catch (err) {
    // By name: the cloud commands are a separate bundle with their own copy of the class.
    if (err instanceof UsageError || (err as Error)?.name === 'UsageError') {
      io.err(`saejob: ${(err as Error).message}\n`);
      return 1;
    }
    // An SAE or network failure outside a per-job report (checked by name so
    // that this file does not load the cloud code).
    if ((err as Error)?.name === 'SaeError') {
      io.err(`saejob: ${(err as Error & { describe(): string }).describe()}\n`);
      return 1;
    }
    // Anything else is a bug in saejob, not the user's input: say so.
    io.err(`saejob: internal error (a bug in saejob; please report it with the command you ran): ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}
