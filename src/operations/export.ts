// Export, as the CLI and library users run it: a live job read and turned
// into a manifest (its ConfigMaps and Secrets named where it can), and
// --adopt's writes that make a job or a ConfigMap this set's.
import { tagRequest } from '../pipeline/compile/compile.js';
import { manifestFromParams, type ExportResult } from '../pipeline/export/export.js';
import { OWNER_TAG } from '../pipeline/plan/ownership.js';
import { markedDescription } from '../pipeline/plan/configmap.js';
import type { LiveJob } from '../pipeline/plan/live-job.js';
import { describeLiveJob } from '../sae/live.js';
import { exportNamer } from '../sae/references.js';
import type { Session } from '../sae/session.js';

/** A live job as a manifest: DescribeJob, then the names of the ConfigMaps and Secrets it uses. */
export async function exportJob(
  session: Session,
  region: string,
  appId: string,
  namer: ReturnType<typeof exportNamer> = exportNamer(session),
): Promise<{ live: LiveJob; exported: ExportResult }> {
  const live = await describeLiveJob(session.client(region), appId);
  const names = await namer(region, String(live.params.NamespaceId), live.params);
  return { live, exported: manifestFromParams(live.params, live.suspend, live.tags, names) };
}

/** --adopt: the job gets this set's ownership tag, so the next plan manages it. */
export async function adoptJob(session: Session, region: string, appId: string, set: string): Promise<void> {
  await session.client(region).send(tagRequest(appId, region, { [OWNER_TAG]: set }));
}

/** --adopt: the ConfigMap's description gets this set's mark (ConfigMaps carry no tags). */
export async function adoptConfigMap(
  session: Session,
  region: string,
  c: { ConfigMapId: number; Data?: Record<string, unknown> | undefined },
  description: string,
  set: string,
): Promise<void> {
  await session.client(region).call('UpdateConfigMap', {
    ConfigMapId: c.ConfigMapId,
    Description: markedDescription(description, set),
    Data: JSON.stringify(c.Data ?? {}),
  });
}
