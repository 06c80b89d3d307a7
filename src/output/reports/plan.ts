// `saejob plan` (and what `apply` shows before it acts): per job its action
// and changes in the manifest's terms, the jobs that could not be planned,
// and with `apply --dry-run` the requests that would be sent.
import type { CompiledRequest } from '../../pipeline/compile/compile.js';
import type { PlanSummary } from '../../pipeline/plan/plan.js';
import { manifestLabel } from '../../contract/api.js';
import { githubJobAnnotation } from '../github.js';
import { jsonDocument } from '../json.js';
import { markdownCell as cell } from '../markdown.js';
import { type PlannedJobView, UNKNOWN_TEXT, valueText } from '../plan-view.js';
import type { Reporters, Sink } from '../reporter.js';
import { formatRequestText } from '../request-text.js';
import type { Style } from '../style.js';
import type { PlannedConfigMap } from '../../pipeline/plan/configmap.js';
import type { ScopeView } from '../../pipeline/plan/scope.js';

/** Where a manifest names its job: what a CI annotation points at. */
export interface ManifestPosition {
  file: string;
  line: number;
  col: number;
}

export interface PlanJobReport extends PlannedJobView {
  position: ManifestPosition;
}

export interface PlanErrorReport {
  name: string;
  namespace: string;
  file: string;
  /** Secrets already masked. */
  error: string;
  position: ManifestPosition;
}

/** A planned ConfigMap as shown: its changes (secret values masked), never its data or the live data. */
export type ConfigMapView = Omit<PlannedConfigMap, 'configMap' | 'live'>;

export interface PlanReport {
  jobs: readonly PlanJobReport[];
  errors: readonly PlanErrorReport[];
  summary: PlanSummary;
  /** --prune could not see every job of the set: nothing is pruned. */
  pruneError?: string;
  /** ConfigMap manifests: applied before the jobs. */
  configMaps?: readonly ConfigMapView[];
  /** What this run may change: its set and the places its manifests use (prune looks only there). */
  scope?: ScopeView & { prune: boolean };
  /** apply --dry-run: what each changed job would send (secrets masked). */
  requests?: readonly {
    name: string;
    requests: readonly CompiledRequest[];
    suspend?: { request: CompiledRequest; paused: boolean };
  }[];
}

const SIGN: Record<PlannedJobView['action'], string> = {
  create: '+',
  update: '~',
  replace: '-/+',
  wait: '…',
  unchanged: '=',
  delete: '-',
};
const ICON: Record<PlannedJobView['action'], string> = {
  create: '🟢 create',
  update: '🟡 update',
  replace: '🔴 replace',
  wait: '⏳ wait',
  unchanged: '⚪ unchanged',
  delete: '🗑️ delete',
};

export function summaryLine(s: PlanSummary, failed = 0): string {
  return `Plan: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete ? `${s.delete} to delete, ` : ''}${s.wait ? `${s.wait} still changing in SAE, ` : ''}${s.unchanged} unchanged${failed ? `, ${failed} could not be planned` : ''}.`;
}

export function formatPlanConfigMap(c: ConfigMapView, style: Style): string {
  const colour = c.action === 'create' ? style.green : c.action === 'update' ? style.yellow : style.dim;
  const lines = [
    `${colour(`${SIGN[c.action]} ${c.action}`)} ConfigMap ${style.bold(c.name)} in ${c.namespace} (${c.region})${c.environment ? ` [${c.environment}]` : ''}  ${style.dim(c.file + (c.id ? `, ConfigMapId ${c.id}` : ''))}`,
  ];
  for (const ch of c.changes)
    lines.push(`    ${configMapField(ch.key)}: ${valueText(ch.before)} → ${valueText(ch.after)}`);
  for (const f of c.unknown ?? []) lines.push(`    ${f}: ${style.yellow(UNKNOWN_TEXT)}`);
  const note = configMapNote(c);
  if (note) lines.push(`    ${style.yellow(note)}`);
  return lines.join('\n');
}

const configMapCounts = (cms: readonly ConfigMapView[]) => {
  const n = (a: string) => cms.filter((c) => c.action === a).length;
  return cms.length
    ? `ConfigMaps: ${n('create')} to create, ${n('update')} to update, ${n('delete') ? `${n('delete')} to delete, ` : ''}${n('unchanged')} unchanged.`
    : '';
};

const configMapField = (key: string) =>
  key === '(description)' ? 'metadata.description' : key === '(ownership)' ? '(ownership) saejob-set' : `data.${key}`;

function configMapNote(c: ConfigMapView): string | undefined {
  if (c.ownership?.state === 'other') return `owned by the set ${c.ownership.set}: apply leaves it alone`;
  if (c.ownership?.state === 'unowned')
    return 'not managed by saejob (made in the console?): apply leaves it alone unless --adopt';
  if (c.action === 'delete')
    return c.users?.length
      ? `no manifest defines it any more, but ${c.users.join(', ')} still use it: apply refuses to delete it`
      : 'no manifest defines it any more: apply --prune deletes it';
  return undefined;
}

/** One block per job, one line per changed field. */
export function formatPlanJob(v: PlannedJobView, style: Style): string {
  const colour =
    v.action === 'create'
      ? style.green
      : v.action === 'update'
        ? style.yellow
        : v.action === 'replace' || v.action === 'delete'
          ? style.red
          : style.dim;
  const lines = [
    `${colour(`${SIGN[v.action]} ${v.action}`)} ${style.bold(v.name)} in ${v.namespace} (${v.region})${v.environment ? ` [${v.environment}]` : ''}  ${style.dim(v.file + (v.appId ? `, AppId ${v.appId}` : ''))}`,
  ];
  for (const c of v.replaceReasons)
    lines.push(
      `    ${c.field}: ${valueText(c.before)} → ${valueText(c.after)}  ${style.red(c.removal ? '(removed: UpdateJob cannot clear it, forces replacement)' : '(create-only: forces replacement)')}`,
    );
  for (const c of v.changes)
    lines.push(
      // A job to create: what it will have.
      v.action === 'create'
        ? `    ${c.field}: ${valueText(c.after)}`
        : `    ${c.field}: ${valueText(c.before)} → ${valueText(c.after)}${c.removal === 'reset' ? `  ${style.dim("(removed: SAE's default)")}` : ''}`,
    );
  // Named by its manifest path, as every other change is.
  if (v.suspend) lines.push(`    spec.suspend: ${v.suspend.from} → ${v.suspend.to}  ${style.dim('(SuspendJob)')}`);
  for (const f of v.unknown ?? []) lines.push(`    ${f}: ${style.yellow(UNKNOWN_TEXT)}`);
  if (v.note) lines.push(`    ${style.yellow(v.note)}`);
  return lines.join('\n');
}

/** A table for a CI job summary or a pull-request comment. */
export function planMarkdown(r: PlanReport): string {
  const rows = r.jobs.map((v) => {
    const changes = [
      ...v.replaceReasons.map(
        (c) =>
          `**${cell(c.field)}**: \`${cell(valueText(c.before))}\` → \`${cell(valueText(c.after))}\` (${c.removal ? 'removed: UpdateJob cannot clear it' : 'create-only'})`,
      ),
      ...v.changes.map((c) => `${cell(c.field)}: \`${cell(valueText(c.before))}\` → \`${cell(valueText(c.after))}\``),
      ...(v.suspend ? [`spec.suspend: ${v.suspend.from} → ${v.suspend.to}`] : []),
      ...(v.unknown ?? []).map((f) => `${cell(f)}: ${UNKNOWN_TEXT}`),
      ...(v.note ? [cell(v.note)] : []),
    ];
    return `| ${ICON[v.action]} | \`${cell(v.name)}\`${v.environment ? ` (${cell(v.environment)})` : ''} | ${cell(v.namespace)} | \`${cell(v.file)}\` | ${changes.join('<br>') || '—'} |`;
  });
  for (const c of r.configMaps ?? [])
    rows.unshift(
      `| ${ICON[c.action]} | ConfigMap \`${cell(c.name)}\` | ${cell(c.namespace)} | \`${cell(c.file)}\` | ${[...c.changes.map((ch) => `${cell(configMapField(ch.key))}: \`${cell(valueText(ch.before))}\` → \`${cell(valueText(ch.after))}\``), ...(configMapNote(c) ? [cell(configMapNote(c)!)] : [])].join('<br>') || '—'} |`,
    );
  for (const e of r.errors)
    rows.push(`| ❌ error | \`${cell(e.name)}\` | ${cell(e.namespace)} | \`${cell(e.file)}\` | ${cell(e.error)} |`);
  if (r.pruneError) rows.push(`| ❌ error | | | | ${cell(r.pruneError)} |`);
  return [
    '### saejob plan',
    '',
    summaryLine(r.summary, r.errors.length) + (r.configMaps?.length ? ` ${configMapCounts(r.configMaps)}` : ''),
    ...(r.scope ? ['', scopeLine(r.scope)] : []),
    '',
    '| action | job | namespace | manifest | changes |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** What each changed manifest will do, and what could not be planned, on the manifest's line. */
export function planAnnotations(r: PlanReport): string[] {
  const lines = r.errors.map((e) =>
    githubJobAnnotation('error', e.position, 'saejob plan', `${e.name}: could not read the live job: ${e.error}`),
  );
  for (const v of r.jobs) {
    if (v.action === 'unchanged') continue;
    const fields = [...new Set([...v.replaceReasons, ...v.changes].map((c) => manifestLabel(c.param)))];
    if (v.suspend) fields.push('suspend');
    if (v.unknown?.length) fields.push(...v.unknown.map((f) => `${f} (unknown)`));
    const what =
      v.action === 'delete'
        ? `will be deleted: ${v.note}`
        : v.action === 'create'
          ? 'will be created'
          : v.action === 'replace'
            ? `will be replaced (create-only: ${v.replaceReasons.map((c) => c.field).join(', ')}); apply needs --replace`
            : v.note && !fields.length
              ? `: ${v.note}`
              : `will be updated: ${fields.join(', ')}`;
    lines.push(
      githubJobAnnotation(
        v.action === 'replace' || v.action === 'delete' ? 'warning' : 'notice',
        v.position,
        `saejob plan: ${v.action}`,
        `${v.name} in ${v.namespace}${v.environment ? ` [${v.environment}]` : ''} ${what}`,
      ),
    );
  }
  return lines;
}

function text(r: PlanReport, sink: Sink): void {
  for (const c of r.configMaps ?? []) sink.out(`${formatPlanConfigMap(c, sink.outStyle)}\n`);
  for (const v of r.jobs) sink.out(`${formatPlanJob(v, sink.outStyle)}\n`);
  const unknown = r.jobs.filter((v) => v.unknown?.length).length;
  if (unknown)
    sink.err(
      `saejob: ${unknown === 1 ? '1 job has' : `${unknown} jobs have`} secrets whose variables are not set here: those values were not compared; apply needs them set\n`,
    );
  for (const e of r.errors)
    sink.err(`${sink.errStyle.red('error')}: ${e.name} (${e.file}): could not read the live job: ${e.error}\n`);
  if (r.pruneError) sink.err(`${sink.errStyle.red('error')}: ${r.pruneError}\n`);
  sink.out(`\n${summaryLine(r.summary, r.errors.length)}\n`);
  if (r.configMaps?.length) sink.out(`${configMapCounts(r.configMaps)}\n`);
  if (r.scope) sink.out(`${sink.outStyle.dim(scopeLine(r.scope))}\n`);
  for (const j of r.requests ?? []) {
    sink.out(`\n${sink.outStyle.bold(j.name)} would send:\n`);
    for (const q of j.requests) sink.out(`${formatRequestText(q, sink.outStyle, '  ')}\n`);
    if (j.suspend)
      sink.out(
        `${formatRequestText(j.suspend.request, sink.outStyle, '  ')}\n  (then DescribeJob, to check the job is ${j.suspend.paused ? 'suspended' : 'running'})\n`,
      );
  }
}

/** What a run may change, in one line: the set, the environment, the places, and whether it prunes there. */
export function scopeLine(s: NonNullable<PlanReport['scope']>): string {
  const part = s.allEnvironments
    ? 'every environment'
    : s.environment
      ? `environment ${s.environment}`
      : 'the plain manifests';
  const places = s.places.length ? s.places.map((p) => `${p.namespace} (${p.region})`).join(', ') : 'no namespace';
  return `Scope: set ${s.set}, ${part}, in ${places}${s.prune ? '; --prune deletes only there' : ''}.`;
}

const withoutPosition = ({ position: _, ...rest }: { position: ManifestPosition }) => rest;

export const PLAN_REPORTERS = {
  text,
  json: (r: PlanReport, sink: Sink) =>
    sink.out(
      jsonDocument({
        summary: { ...r.summary, failed: r.errors.length },
        jobs: r.jobs.map(withoutPosition),
        errors: r.errors.map(withoutPosition),
        ...(r.pruneError ? { pruneError: r.pruneError } : {}),
        ...(r.scope ? { scope: r.scope } : {}),
        ...(r.configMaps ? { configMaps: r.configMaps } : {}),
        ...(r.requests ? { requests: r.requests } : {}),
      }),
    ),
  markdown: (r: PlanReport, sink: Sink) => sink.out(planMarkdown(r)),
  github: (r: PlanReport, sink: Sink) => {
    text(r, sink);
    for (const line of planAnnotations(r)) sink.command(line);
    sink.summary(planMarkdown(r));
  },
} satisfies Reporters<PlanReport>;
