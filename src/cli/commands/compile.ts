// `saejob compile [PATH...]`: the offline dry-run — the exact request each
// manifest becomes. No credentials, no network.
import { stringify } from 'yaml';
import type { Io } from '../io.js';
import { INPUT_HELP, INPUT_OPTIONS, inputOptions, OUTPUT_OPTION, outputFormat, parseCommandArgs } from '../args.js';
import { compileManifests, type CompiledManifest } from '../../pipeline/compile-files.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import { redactRequest } from '../../pipeline/redact.js';
import { printDiagnostics } from './shared.js';
import { formatRequestText } from '../../output/request-text.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = ['text', 'json', 'yaml', 'github'] as const;

export const COMPILE_HELP = `Usage: saejob compile [PATH...] [-o ${FORMATS.join('|')}] [--show-secrets] [--region R]

Validate manifests, then print the exact CreateJob request each becomes
(query parameters and form body). \${env:NAME} references are resolved from
the environment; secrets are shown as ****** unless --show-secrets.

${INPUT_HELP}
`;

export function compiledView(c: CompiledManifest) {
  const { job } = c;
  return { file: c.source.file, name: job.name, namespace: job.namespace, region: job.region, ...job.create, ...(job.suspend !== undefined ? { suspend: job.suspend } : {}) };
}

export function compileCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('compile', argv, { ...OUTPUT_OPTION, ...INPUT_OPTIONS, region: { type: 'string' }, 'show-secrets': { type: 'boolean' } });
  if (values.help) return (io.out(COMPILE_HELP), 0);
  const format = outputFormat(values.output, FORMATS, 'compile');
  const result = compileManifests(positionals.length ? positionals : ['manifests'], { region: values.region as string | undefined, envRegion: io.env.ALIBABA_CLOUD_REGION_ID, env: io.env, readStdin: io.readStdin, ...inputOptions(values) });
  printDiagnostics(result.diagnostics, format, io, 'compile');
  if (hasErrors(result.diagnostics)) {
    io.err(`saejob: nothing compiled: fix the errors above\n`);
    return 1;
  }
  const views = result.compiled.map((c) => (values['show-secrets'] ? compiledView(c) : redactRequest(compiledView(c), c.job)));
  if (format === 'json') io.out(`${JSON.stringify(views, null, 2)}\n`);
  else if (format === 'yaml') io.out(stringify(views, { lineWidth: 0 }));
  else {
    for (const v of views) {
      io.out(`${io.outStyle.bold(`${v.file}`)}: ${v.name} in ${v.namespace} (${v.region})${v.suspend ? ', then SuspendJob to suspend it' : ''}\n`);
      io.out(`${formatRequestText(v, io.outStyle)}\n\n`);
    }
  }
  return 0;
}
