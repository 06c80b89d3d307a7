// `saejob render -e ENV [PATH...]` and `saejob compare A B [PATH...]`: the
// final manifests of an environment, and how two environments differ. No
// cloud access: what the other commands would act on, for review.
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { INPUT_HELP, INPUT_OPTIONS, inputOptions, OUTPUT_OPTION, reporterFor, parseCommandArgs } from '../args.js';
import { loadManifests } from '../../pipeline/load/load.js';
import {
  applyEnvironments,
  type EnvironmentSource,
  manifestDifferences,
} from '../../pipeline/environments/environments.js';
import { validateManifests } from '../../pipeline/validate/validate.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import { formatsOf } from '../../output/reporter.js';
import { RENDER_REPORTERS } from '../../output/reports/render.js';
import { COMPARE_REPORTERS } from '../../output/reports/compare.js';
import { reportDiagnostics } from '../../output/reports/diagnostics.js';
import { sinkOf } from '../shared.js';

export const RENDER_FORMATS = formatsOf(RENDER_REPORTERS);
export const COMPARE_FORMATS = formatsOf(COMPARE_REPORTERS);

export const RENDER_HELP = `Usage: saejob render --environment NAME [PATH...] [-o ${RENDER_FORMATS.join('|')}]

Print an environment's final manifests: each base manifest with the
environment's namespace, region, variables and patches applied — what plan
and apply act on with --environment NAME. Validates them first. \${env:NAME}
references stay as written (no secret is printed).

${INPUT_HELP}
`;

export const COMPARE_HELP = `Usage: saejob compare ENV_A ENV_B [PATH...] [-o ${COMPARE_FORMATS.join('|')}]

Show, job by job, how two environments' final manifests differ (the review
question "what is different in prod?"), list items matched by their key.
\${env:NAME} references stay as written (no secret is printed).

${INPUT_HELP}
`;

function finalManifests(
  paths: string[],
  environment: string,
  values: Record<string, unknown>,
  io: Io,
): EnvironmentSource[] | undefined {
  const input = { readStdin: io.readStdin, ...inputOptions(values), environment };
  const loaded = applyEnvironments(loadManifests(paths.length ? paths : ['manifests'], input), {
    select: [environment],
    load: (p) => loadManifests(p, input),
  });
  if (!loaded.environments.length)
    throw new UsageError(
      `${paths.join(' ') || 'manifests'}: no kind: Environment document, so no environment ${environment}`,
    );
  const v = validateManifests(loaded, { envRegion: io.env.ALIBABA_CLOUD_REGION_ID });
  reportDiagnostics(v.diagnostics, { command: 'validate', github: false }, sinkOf(io));
  return hasErrors(v.diagnostics) ? undefined : (loaded.sources as EnvironmentSource[]);
}

export function renderCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('render', argv, { ...OUTPUT_OPTION, ...INPUT_OPTIONS });
  if (values.help) return (io.out(RENDER_HELP), 0);
  const { report } = reporterFor(values.output, RENDER_REPORTERS, 'render');
  if (typeof values.environment !== 'string') throw new UsageError('saejob render needs --environment NAME');
  const sources = finalManifests(positionals, values.environment, values, io);
  if (!sources) return 1;
  const manifests = sources.map((s) => ({
    environment: s.environment,
    from: [...new Set([s.file, ...s.contributors()])],
    manifest: s.value,
  }));
  report({ manifests }, sinkOf(io));
  return 0;
}

export function compareCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('compare', argv, { ...OUTPUT_OPTION, ...INPUT_OPTIONS });
  if (values.environment !== undefined)
    throw new UsageError(
      'saejob compare takes the two environments as its arguments (saejob compare staging prod PATH...), not --environment',
    );
  if (values.help) return (io.out(COMPARE_HELP), 0);
  const { report } = reporterFor(values.output, COMPARE_REPORTERS, 'compare');
  const [a, b, ...paths] = positionals;
  if (!a || !b) throw new UsageError('saejob compare takes two environments: saejob compare staging prod [PATH...]');
  const left = finalManifests(paths, a, values, io);
  const right = finalManifests(paths, b, values, io);
  if (!left || !right) return 1;
  const nameOf = (s: EnvironmentSource) => String((s.value as { metadata?: { name?: unknown } }).metadata?.name);
  const names = [...new Set([...left.map(nameOf), ...right.map(nameOf)])];
  const jobs = names.map((name) => {
    const x = left.find((s) => nameOf(s) === name);
    const y = right.find((s) => nameOf(s) === name);
    if (!x || !y) return { name, only: x ? a : b, differences: [] };
    return { name, differences: manifestDifferences(x.value, y.value) };
  });
  report({ a, b, jobs }, sinkOf(io));
  return 0;
}
