// Pieces every command shares: its output sink, and the question before a change.
import { appendFileSync } from 'node:fs';
import type { Io } from './io.js';
import type { Sink } from '../output/reporter.js';

/** The terminal as a reporter's sink; the job summary goes to $GITHUB_STEP_SUMMARY when the run has one. */
export function sinkOf(io: Io): Sink {
  return {
    out: io.out,
    err: io.err,
    get outStyle() {
      return io.outStyle;
    },
    get errStyle() {
      return io.errStyle;
    },
    summary: (markdown) => appendStepSummary(io, markdown),
    command: (line) => (io.command ?? io.out)(`${line}\n`),
  };
}

/** The same sink with stdout sent to stderr: what is shown for a question while stdout keeps its document. */
export function stderrSinkOf(io: Io): Sink {
  return { ...sinkOf(io), out: io.err, outStyle: io.errStyle, summary: () => {} };
}

function appendStepSummary(io: Io, markdown: string): void {
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (!summaryFile) return;
  try {
    appendFileSync(summaryFile, markdown);
  } catch (err) {
    io.err(`saejob: cannot write GITHUB_STEP_SUMMARY (${(err as Error).message})\n`);
  }
}

/**
 * The question before a change to the account (apply, delete): `--yes`
 * answers it; without a terminal nobody can, so the command refuses and says
 * how to go on. True when the command may go ahead.
 */
export async function confirmChange(
  io: Io,
  o: { yes: boolean; command: string; question: string; nothingDone: string; otherwise?: string },
): Promise<boolean> {
  if (o.yes) return true;
  if (!io.stdinIsTTY) {
    io.err(
      `saejob: refusing to ${o.command} without --yes: standard input is not a terminal, so nobody can confirm the above. ${o.nothingDone}. Pass --yes to ${o.command} anyway${o.otherwise ? `, ${o.otherwise}` : ''}.\n`,
    );
    return false;
  }
  const answer = (await io.prompt(`${o.question} Type "yes" (or "y") to continue: `)).trim().toLowerCase();
  if (answer === 'yes' || answer === 'y') return true;
  io.err(`saejob: ${o.nothingDone}\n`);
  return false;
}
