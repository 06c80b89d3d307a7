// `saejob list`: what runs in a namespace or a region, whoever made it — the
// jobs no manifest names yet included. One ListJobs per namespace (paged).
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { parseCommandArgs, reporterFor, setName } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from '../cloud.js';
import { manifestJobRefs, regionFor } from '../job-refs.js';
import { listNamespaceJobs, listRegionJobs, type ListedJob } from '../../sae/live.js';
import { liveTags } from '../../pipeline/plan/live-job.js';
import { isProtected, OWNER_TAG } from '../../pipeline/plan/ownership.js';
import { namespaceRegion } from '../../pipeline/region.js';
import { RUN_STATES } from '../../contract/api.js';
import { formatsOf } from '../../output/reporter.js';
import { LIST_REPORTERS, runTime, type ListedJobView } from '../../output/reports/list.js';
import { sinkOf } from '../shared.js';
import { placeKey } from '../../pipeline/identity.js';

export const FORMATS = formatsOf(LIST_REPORTERS);

export const LIST_HELP = `Usage: saejob list --namespace NS [-o ${FORMATS.join('|')}]
       saejob list --region R
       saejob list [PATH...]

The jobs of a namespace (--namespace), of every namespace of a region
(--region alone), or of the namespaces the manifests use: managed by this set,
by another, or by none (made in the console) — with their trigger, whether
they are suspended, their image and their last run. One ListJobs a namespace.

${CLOUD_HELP}`;

/** A listed job as the list shows it. */
function view(j: ListedJob, region: string): ListedJobView {
  const tags = liveTags(j.Tags);
  let trigger: string | undefined;
  try {
    const t = j.TriggerConfig ? (JSON.parse(j.TriggerConfig) as { type?: string; config?: unknown }) : undefined;
    trigger = t?.type === 'time' ? String(t.config) : t?.type === 'http' ? 'http' : undefined;
  } catch {
    trigger = undefined;
  }
  const state = j.LastJobState && j.LastJobState !== '0' ? RUN_STATES[j.LastJobState] : undefined;
  return {
    name: j.AppName,
    namespace: j.NamespaceId,
    region: namespaceRegion(j.NamespaceId) ?? region,
    appId: j.AppId,
    ...(tags[OWNER_TAG] ? { owner: tags[OWNER_TAG] } : {}),
    protected: isProtected(tags),
    ...(trigger ? { trigger } : {}),
    suspended: Boolean(j.Suspend),
    image: j.ImageUrl ?? '',
    ...(j.LastStartTime ? { lastRun: runTime(j.LastStartTime) } : {}),
    ...(state ? { lastState: state } : {}),
  };
}

export async function listCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('list', argv, { ...CLOUD_OPTIONS, namespace: { type: 'string' } });
  if (values.help) return (io.out(LIST_HELP), 0);
  const { report } = reporterFor(values.output, LIST_REPORTERS, 'list');
  const ctx = cloudContext(values, io);
  let places: { region: string; namespace?: string }[];
  if (typeof values.namespace === 'string')
    places = [{ region: regionFor(values.namespace, values.region, io), namespace: values.namespace }];
  else if (typeof values.region === 'string' && !positionals.length) places = [{ region: values.region }];
  else {
    const refs = manifestJobRefs(positionals.length ? positionals : ['manifests'], values, io);
    if (!refs) return 1;
    if (!refs.length)
      throw new UsageError('saejob list: no manifest names a namespace here: give --namespace NS or --region R');
    places = [...new Map(refs.map((r) => [placeKey(r), { region: r.region, namespace: r.namespace }])).values()];
  }
  const jobs: ListedJobView[] = [];
  for (const p of places) {
    const client = ctx.session.client(p.region);
    const listed = p.namespace ? await listNamespaceJobs(client, p.namespace) : await listRegionJobs(client);
    for (const j of listed) jobs.push(view(j, p.region));
  }
  jobs.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
  report({ set: setName(values, io.env), jobs }, sinkOf(io));
  return 0;
}
