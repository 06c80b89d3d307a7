// Running one command: a usage mistake or a failure the command knows how to
// describe is one line on stderr and exit 1; anything else is a bug in
// saejob and says so. Each bundle (the validate path, the cloud commands)
// runs its own commands through this, so an error is always tested against
// the class of the bundle that threw it.
import { UsageError, type Io } from './io.js';

export type Command = (argv: string[], io: Io) => number | Promise<number>;

/** A message for an error a bundle knows, or undefined for a bug. */
export type DescribeError = (err: unknown) => string | undefined;

export async function runGuarded(
  command: Command,
  argv: string[],
  io: Io,
  describe: DescribeError = () => undefined,
): Promise<number> {
  try {
    return await command(argv, io);
  } catch (err) {
    const known = err instanceof UsageError ? err.message : describe(err);
    if (known !== undefined) {
      io.err(`saejob: ${known}\n`);
      return 1;
    }
    io.err(
      `saejob: internal error (a bug in saejob; please report it with the command you ran): ${(err as Error)?.stack ?? String(err)}\n`,
    );
    return 1;
  }
}
