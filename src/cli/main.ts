// Dispatch. The validate path imports nothing from the cloud side: the SAE
// client, pop-core, credentials and the emulator load only for the commands
// that use them (dynamic imports become separate chunks in the bundle).
import { UsageError, type Io } from './io.js';
import { nearest } from '../schema-errors.js';

export const VERSION = '0.1.0';

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

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('../commands/validate.js')).validateCommand,
  compile: async () => (await import('../commands/compile.js')).compileCommand,
  plan: async () => (await import('../commands/plan.js')).planCommand,
  apply: async () => (await import('../commands/apply.js')).applyCommand,
  export: async () => (await import('../commands/export.js')).exportCommand,
  run: async () => (await import('../commands/run.js')).runCommand,
  status: async () => (await import('../commands/status.js')).statusCommand,
  delete: async () => (await import('../commands/delete.js')).deleteCommand,
  schema: async () => (await import('../commands/schema.js')).schemaCommand,
  emulator: async () => (await import('../commands/emulator.js')).emulatorCommand,
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
    if (err instanceof UsageError) {
      io.err(`saejob: ${err.message}\n`);
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
