// `saejob compile [PATH...]`: the offline dry-run — the exact request each
// manifest becomes. No credentials, no network.
import type { Io } from '../io.js';
import { INPUT_HELP, INPUT_OPTIONS, inputOptions, OUTPUT_OPTION, reporterFor, parseCommandArgs } from '../args.js';
import { compileManifests, type CompiledManifest } from '../../pipeline/compile/compile-files.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import { redactRequest } from '../../pipeline/redact.js';
import { configMapRequest } from '../../pipeline/compile/compile.js';

import { formatsOf } from '../../output/reporter.js';
import { COMPILE_REPORTERS, type CompiledView } from '../../output/reports/compile.js';
import { sinkOf } from '../shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(COMPILE_REPORTERS);

export const COMPILE_HELP = `Usage: saejob compile [PATH...] [-o ${FORMATS.join('|')}] [--show-secrets] [--region R]

Validate manifests, then print the exact CreateJob request each becomes
(query parameters and form body). \${env:NAME} references are resolved from
the environment; secrets are shown as ****** unless --show-secrets.

${INPUT_HELP}
`;

export function compiledView(c: CompiledManifest): CompiledView {
  const { job } = c;
  return {
    file: c.source.file,
    name: job.name,
    namespace: job.namespace,
    region: job.region,
    ...job.create,
    ...(job.suspend !== undefined ? { suspend: job.suspend } : {}),
  };
}

export function compileCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('compile', argv, {
    ...OUTPUT_OPTION,
    ...INPUT_OPTIONS,
    region: { type: 'string' },
    'show-secrets': { type: 'boolean' },
  });
  if (values.help) return (io.out(COMPILE_HELP), 0);
  const { report } = reporterFor(values.output, COMPILE_REPORTERS, 'compile');
  const result = compileManifests(positionals.length ? positionals : ['manifests'], {
    region: values.region,
    envRegion: io.env.ALIBABA_CLOUD_REGION_ID,
    env: io.env,
    readStdin: io.readStdin,
    ...inputOptions(values, io.env),
  });
  const showSecrets = Boolean(values['show-secrets']);
  // ConfigMaps first: apply creates them before the jobs.
  const configMaps = result.configMaps.map(({ source, configMap: cm }) => ({
    file: source.file,
    name: cm.name,
    namespace: cm.namespace,
    region: cm.region,
    ...configMapRequest(cm, showSecrets),
  }));
  const requests = hasErrors(result.diagnostics)
    ? []
    : [
        ...configMaps,
        ...result.compiled.map((c) => (showSecrets ? compiledView(c) : redactRequest(compiledView(c), c.job))),
      ];
  report({ diagnostics: result.diagnostics, requests }, sinkOf(io));
  return hasErrors(result.diagnostics) ? 1 : 0;
}
