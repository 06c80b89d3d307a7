import type { Io } from './io.js';
import type { Sink } from '../output/reporter.js';
/** The terminal as a reporter's sink; the job summary goes to $GITHUB_STEP_SUMMARY when the run has one. */
export declare function sinkOf(io: Io): Sink;
/** The same sink with stdout sent to stderr: what is shown for a question while stdout keeps its document. */
export declare function stderrSinkOf(io: Io): Sink;
/**
 * The question before a change to the account (apply, delete): `--yes`
 * answers it; without a terminal nobody can, so the command refuses and says
 * how to go on. True when the command may go ahead.
 */
export declare function confirmChange(io: Io, o: {
    yes: boolean;
    command: string;
    question: string;
    nothingDone: string;
    otherwise?: string;
}): Promise<boolean>;
