// The cloud commands, bundled apart from the validate path (dist/cloud.cjs)
// so that a pre-commit `saejob validate` never loads them; `schema` too, for
// the two published schemas it carries (60 KB the validate path need not parse). They run through
// this bundle's own guard: its errors are checked against its own classes.
import type { Io } from '../io.js';
import { runGuarded, type Command, type DescribeError } from '../guard.js';
import { SaeError } from '../../sae/errors.js';
import { planCommand } from './plan.js';
import { applyCommand } from './apply.js';
import { exportCommand } from './export.js';
import { runCommand } from './run.js';
import { statusCommand } from './status.js';
import { deleteCommand } from './delete.js';
import { emulatorCommand } from './emulator.js';
import { listCommand } from './list.js';
import { schemaCommand } from './schema.js';

export const CLOUD_COMMANDS: Readonly<Record<string, Command>> = {
  plan: planCommand,
  apply: applyCommand,
  export: exportCommand,
  run: runCommand,
  status: statusCommand,
  delete: deleteCommand,
  emulator: emulatorCommand,
  list: listCommand,
  schema: schemaCommand,
};

/**
 * Run a cloud command. An SAE or network failure outside a per-job report is
 * what SAE said, in one line; `host` describes the errors of the bundle that
 * called (its Io's, thrown through this bundle's code).
 */
export function runCloudCommand(name: string, argv: string[], io: Io, host: DescribeError): Promise<number> {
  return runGuarded(CLOUD_COMMANDS[name]!, argv, io, (err) => (err instanceof SaeError ? err.describe() : host(err)));
}
