// `saejob validate [PATH...]`
import type { Io } from '../io.js';
import { INPUT_HELP, INPUT_OPTIONS, inputOptions, OUTPUT_OPTION, outputFormat, parseCommandArgs } from '../args.js';
import { validatePaths } from '../../pipeline/validate-files.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import { printDiagnostics, JSON_FORMAT_VERSION } from './shared.js';
import { countSummary, plural } from '../../output/diagnostics-text.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = ['text', 'json', 'github'] as const;

export const VALIDATE_HELP = `Usage: saejob validate [PATH...] [-o ${FORMATS.join('|')}] [--region R]

Parse, schema-check and rule-check manifests. PATH is a file, a directory
(every *.yaml / *.yml below it) or - for standard input; default manifests/.
Exit 0 when every manifest is valid, 1 otherwise.

  --region R          region for manifests that do not name one
${INPUT_HELP}
`;

export function validateCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('validate', argv, { ...OUTPUT_OPTION, ...INPUT_OPTIONS, region: { type: 'string' } });
  if (values.help) return (io.out(VALIDATE_HELP), 0);
  const format = outputFormat(values.output, FORMATS, 'validate');
  const result = validatePaths(positionals.length ? positionals : ['manifests'], { region: values.region as string | undefined, envRegion: io.env.ALIBABA_CLOUD_REGION_ID, readStdin: io.readStdin, ...inputOptions(values) });
  const { errors, warnings } = countSummary(result.diagnostics);
  const ok = !hasErrors(result.diagnostics);
  if (format === 'json') {
    io.out(`${JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, valid: ok, files: result.files, manifests: result.manifests, errors, warnings, diagnostics: result.diagnostics }, null, 2)}\n`);
    return ok ? 0 : 1;
  }
  printDiagnostics(result.diagnostics, format, io, 'validate');
  const summary = `${plural(result.manifests, 'manifest')} in ${plural(result.files, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (ok)
    io.out(`✓ ${summary}\n`); // uncoloured: a clean run never asks whether stdout is a terminal
  else io.err(`${io.errStyle.red('✗')} ${summary}\n`);
  return ok ? 0 : 1;
}
