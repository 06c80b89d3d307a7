// `saejob validate [PATH...]`
import type { Io } from '../io.js';
import { INPUT_HELP, INPUT_OPTIONS, inputOptions, OUTPUT_OPTION, reporterFor, parseCommandArgs } from '../args.js';
import { validatePaths } from '../../pipeline/validate/validate-files.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import { formatsOf } from '../../output/reporter.js';
import { VALIDATE_REPORTERS } from '../../output/reports/validate.js';
import { sinkOf } from '../shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(VALIDATE_REPORTERS);

export const VALIDATE_HELP = `Usage: saejob validate [PATH...] [-o ${FORMATS.join('|')}] [--region R]

Parse, schema-check and rule-check manifests. PATH is a file, a directory
(every *.yaml / *.yml below it) or - for standard input; default manifests/.
Exit 0 when every manifest is valid, 1 otherwise.

  --region R          region for manifests that do not name one
${INPUT_HELP}
`;

export function validateCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('validate', argv, {
    ...OUTPUT_OPTION,
    ...INPUT_OPTIONS,
    region: { type: 'string' },
  });
  if (values.help) return (io.out(VALIDATE_HELP), 0);
  const { report } = reporterFor(values.output, VALIDATE_REPORTERS, 'validate');
  const result = validatePaths(positionals.length ? positionals : ['manifests'], {
    region: values.region,
    envRegion: io.env.ALIBABA_CLOUD_REGION_ID,
    readStdin: io.readStdin,
    ...inputOptions(values),
  });
  report({ diagnostics: result.diagnostics, files: result.files, manifests: result.manifests }, sinkOf(io));
  return hasErrors(result.diagnostics) ? 1 : 0;
}
