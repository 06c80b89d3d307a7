// `saejob export --layout staging=NS,prod=NS --out DIR`: the same jobs from
// several namespaces as a base and one Environment document per namespace.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from 'yaml';
import { UsageError, type Io } from '../io.js';
import type { CloudContext, CloudFlags } from '../cloud.js';
import { regionFor } from '../job-refs.js';
import { describeLiveJob, listNamespaceJobs } from '../../sae/live.js';
import type { exportNamer } from '../../sae/references.js';
import { manifestFromParams, manifestYaml } from '../../pipeline/export/export.js';
import { layoutFromExports, type ExportedEnvironment } from '../../pipeline/environments/environments.js';
import { makeOutDir, reportFit, schemaRefFrom, writeInside } from '../files.js';

export const JOB_NAME = /^[A-Za-z][A-Za-z0-9-]{0,35}$/;

/**
 * `--layout staging=NS,prod=NS --out DIR [NAME...]`: the same jobs from
 * several namespaces as a base (the first environment's) and one
 * Environment document per namespace that reproduces it exactly.
 */
export async function exportLayout(
  spec: string,
  names: string[],
  values: CloudFlags & { out?: string | undefined; force?: boolean | undefined; 'schema-ref'?: string | undefined },
  ctx: CloudContext,
  io: Io,
  adopt: (appId: string, region: string) => Promise<void>,
  namer: ReturnType<typeof exportNamer>,
): Promise<number> {
  const out = values.out;
  if (typeof out !== 'string')
    throw new UsageError('saejob export --layout needs --out DIR: it writes DIR/base/ and DIR/environments/');
  const pairs = spec.split(',').map((p) => p.trim().split('=') as [string, string?]);
  if (pairs.length < 2 || pairs.some(([n, ns]) => !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(n) || !ns))
    throw new UsageError(
      '--layout takes ENV=NAMESPACE pairs, e.g. --layout staging=cn-hangzhou:shop-staging,prod=cn-hangzhou:shop-prod',
    );
  const envs: ExportedEnvironment[] = [];
  let failed = 0;
  for (const [name, namespace] of pairs as [string, string][]) {
    const envRegion = regionFor(namespace, values.region, io);
    const client = ctx.session.client(envRegion);
    const jobs = new Map<string, Record<string, unknown>>();
    for (const j of await listNamespaceJobs(client, namespace)) {
      if (names.length && !names.includes(j.AppName)) continue;
      if (!JOB_NAME.test(String(j.AppName))) {
        io.err(
          `saejob: not exported: the job name ${JSON.stringify(String(j.AppName).slice(0, 60))} in ${namespace} is not a valid job name\n`,
        );
        failed++;
        continue;
      }
      const live = await describeLiveJob(client, j.AppId);
      const exported = manifestFromParams(
        live.params,
        live.suspend,
        live.tags,
        await namer(envRegion, namespace, live.params),
      );
      if (!reportFit(exported, `${j.AppName} (${name})`, io)) {
        failed++;
        continue;
      }
      jobs.set(j.AppName, exported.manifest as unknown as Record<string, unknown>);
      await adopt(j.AppId, envRegion);
    }
    envs.push({ name, namespace, jobs });
  }
  const layout = layoutFromExports(envs);
  for (const why of layout.skipped) io.err(`saejob: not in the layout: ${why}\n`);
  const force = Boolean(values.force);
  const write = (sub: string, file: string, text: string) => {
    const dirPath = join(out, sub);
    makeOutDir(dirPath);
    const problem = writeInside(realpathSync(dirPath), file, text, force);
    if (problem) {
      io.err(`saejob: not written: ${join(dirPath, file)}: ${problem}\n`);
      failed++;
    } else io.out(`${join(dirPath, file)}\n`);
  };
  for (const [name, manifest] of layout.base)
    write(
      'base',
      `${name}.yaml`,
      manifestYaml(
        { manifest: manifest as never, secretVariables: [], omitted: [] },
        schemaRefFrom(join(out, 'base'), values),
      ),
    );
  for (const [name, doc] of layout.environments) {
    const d = new Document(doc);
    d.commentBefore = ` yaml-language-server: $schema=${schemaRefFrom(join(out, 'environments'), values)}\n Environment ${name}, exported by saejob: what differs from ../base in ${(doc.spec as { namespace: string }).namespace}.`;
    write('environments', `${name}.yaml`, d.toString({ lineWidth: 0 }));
  }
  io.err(
    `exported ${layout.base.size} job${layout.base.size === 1 ? '' : 's'} in ${envs.length} environments to ${values.out}${failed ? `; ${failed} problem${failed === 1 ? '' : 's'} (above)` : ''}\n`,
  );
  return failed ? 1 : 0;
}
