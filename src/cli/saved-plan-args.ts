// `apply PLANFILE`: reading the saved plan a command line names, and the
// flags it is applied with (a saved plan is applied as it was reviewed).
import { closeSync, openSync, statSync } from 'node:fs';
import { UsageError, type Io } from './io.js';
import { DEFAULT_SET } from '../pipeline/plan/ownership.js';
import { looksLikePlanFile, readSavedPlan, type SavedPlan } from '../pipeline/plan/plan-file.js';
import { readBounded } from '../pipeline/load/load.js';
import type { PipelineResult } from '../pipeline/compile/compile-files.js';
import { compileForCloud, type CloudFlags, type CompileFlags } from './cloud.js';

/** `apply FILE` with a file written by `plan --out`: the plan, or undefined for manifest paths. */
export function savedPlanArgument(positionals: readonly string[]): SavedPlan | undefined {
  if (positionals.length !== 1 || positionals[0] === '-') return undefined;
  const file = positionals[0]!;
  let text: string;
  try {
    if (!statSync(file).isFile()) return undefined;
    const fd = openSync(file, 'r');
    try {
      text = readBounded(fd, MAX_PLAN_FILE_BYTES).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined; // not readable here: the manifest loader says why
  }
  if (!looksLikePlanFile(text)) return undefined;
  if (text.length > MAX_PLAN_FILE_BYTES)
    throw new UsageError(
      `${file}: a plan file larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MiB is not one saejob wrote`,
    );
  const saved = readSavedPlan(text);
  if (typeof saved === 'string') throw new UsageError(`${file}: ${saved}`);
  return saved;
}

const MAX_PLAN_FILE_BYTES = 64 * 1024 * 1024;

/** The flags a saved plan was made with, for compiling its manifests again (-e with a plan file names the part to apply). */
export const savedValues = (saved: SavedPlan, values: CloudFlags): CompileFlags => ({
  ...values,
  region: values.region ?? saved.region,
  // The plan's environment, or none (SAEJOB_ENVIRONMENT does not change a reviewed plan).
  environment: saved.environment ?? false,
});

/** A saved plan is applied as it was made: an option that would change it is refused, not mixed in. */
export function checkSavedOptions(
  saved: SavedPlan,
  values: CloudFlags & { replace?: boolean | undefined; adopt?: boolean | undefined },
  io: Io,
): void {
  const differs: string[] = [];
  if (values.replace && !saved.replace) differs.push('--replace');
  if (values.adopt && !saved.adopt) differs.push('--adopt');
  if (values.prune && !saved.prune) differs.push('--prune');
  if (differs.length)
    throw new UsageError(
      `a saved plan is applied as it was reviewed: ${differs.join(', ')} ${differs.length === 1 ? 'was' : 'were'} not given to the plan; plan again with ${differs.join(' ')} --out FILE`,
    );
  const set = values.set ?? saved.set ?? DEFAULT_SET;
  if (values.set !== undefined && set !== (saved.set ?? DEFAULT_SET))
    throw new UsageError(
      `this plan was made for set ${saved.set ?? DEFAULT_SET}, not ${set}: plan again with --set ${set}`,
    );
  if (values.set === undefined && io.env.SAEJOB_SET && io.env.SAEJOB_SET !== (saved.set ?? DEFAULT_SET))
    io.err(
      `saejob: the plan was made for set ${saved.set ?? DEFAULT_SET}; SAEJOB_SET=${io.env.SAEJOB_SET} is not used for it\n`,
    );
}

/**
 * The saved plan's manifests as plan compiled them: a plan made without some secrets is checked as
 * it was made (those variables unset), then applied with their values.
 */
export function asPlanned(saved: SavedPlan, compiled: PipelineResult, values: CloudFlags, io: Io) {
  if (!saved.unknownVariables?.length) return undefined;
  const env = { ...io.env };
  for (const v of saved.unknownVariables) delete env[v];
  const again = compileForCloud(saved.paths, savedValues(saved, values), 'text', { ...io, err: () => {} }, 'apply', {
    env,
    unknownSecrets: true,
    allEnvironments: saved.allEnvironments,
  });
  return again ?? { ...compiled, compiled: [] };
}
