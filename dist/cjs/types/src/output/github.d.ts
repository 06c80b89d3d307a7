import type { Diagnostic } from '../pipeline/diagnostics.js';
export declare function githubAnnotation(d: Diagnostic): string;
/**
 * The full list for the job summary, under the command that found it. For a
 * command whose report writes its own `### saejob <command>` section (plan,
 * apply), warnings are a part of it, not a second heading.
 */
export declare function githubStepSummary(diagnostics: readonly Diagnostic[], command: string): string;
/** An annotation on a manifest for a plan or apply outcome (at its metadata.name). */
export declare function githubJobAnnotation(level: 'notice' | 'warning' | 'error', at: {
    file: string;
    line: number;
    col: number;
}, title: string, message: string): string;
