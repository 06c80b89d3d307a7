// `saejob schema`: the manifest JSON Schema (every kind), for editors and other tools.
// Two files because ajv's strict mode refuses the keywords editors read (see scripts/schemas.mjs).
import editor from '../../../schema/saejob.schema.json' with { type: 'json' };
import strict from '../../../schema/saejob.strict.schema.json' with { type: 'json' };
import type { Io } from '../io.js';
import { parseCommandArgs } from '../args.js';

const HELP = `Usage: saejob schema [--strict]

Print the JSON Schema (draft-07) of saejob manifests: Job, Environment and
ConfigMap, dispatching on kind. The same file as node_modules/saejob/schema/.

  --strict   standard keywords only (saejob.strict.schema.json), for ajv in its
             default strict mode and other validators; without it, the schema
             for editors (saejob.schema.json), with readable messages where a
             pattern fails
`;

export function schemaCommand(argv: string[], io: Io): number {
  const { values } = parseCommandArgs('schema', argv, { strict: { type: 'boolean' } });
  if (values.help) return (io.out(HELP), 0);
  io.out(`${JSON.stringify(values.strict ? strict : editor, null, 2)}\n`);
  return 0;
}
