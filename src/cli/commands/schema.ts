// `saejob schema`: the manifest JSON Schema, for editors and other tools.
import schema from '../../../schema/job.schema.json' with { type: 'json' };
import type { Io } from '../io.js';
import { parseCommandArgs } from '../args.js';

export function schemaCommand(argv: string[], io: Io): number {
  const { values } = parseCommandArgs('schema', argv, {});
  if (values.help) return (io.out('Usage: saejob schema\n\nPrint the manifest JSON Schema (draft-07).\n'), 0);
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
