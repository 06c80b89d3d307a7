// Logs and volumes: SLS collection, mounts, NAS forms, ConfigMap names.
import type { FieldPath } from '../../diagnostics.js';
import { asArr, asObj, normalisePath, pathText, str, T, type Rule } from './context.js';

export const STORAGE_RULES: readonly Rule[] = [
  {
    id: 'configmap-name-spelling',
    summary:
      'a ConfigMap is named with `name:` in env, envFrom and volumes alike (`configMapName:` is the old spelling, still read)',
    severity: 'warning',
    check({ template: t }, report) {
      const old = (path: FieldPath, name: unknown) =>
        report({
          path,
          severity: 'warning',
          target: 'key',
          message: `configMapName is the old spelling: write name: ${String(name)} (as envFrom's configMapRef does, and Kubernetes)`,
        });
      asArr(t.env).forEach((entry, i) => {
        const ref = asObj(asObj(asObj(entry).valueFrom).configMapKeyRef);
        if (ref.configMapName !== undefined)
          old([...T, 'env', i, 'valueFrom', 'configMapKeyRef', 'configMapName'], ref.configMapName);
      });
      asArr(asObj(t.volumes).configMaps).forEach((entry, i) => {
        const c = asObj(entry);
        if (c.configMapName !== undefined) old([...T, 'volumes', 'configMaps', i, 'configMapName'], c.configMapName);
      });
    },
  },
  {
    id: 'sls-single-stdout',
    saeCode: 'LogService.LogDirInvalid',
    summary: 'at most one stdout log',
    check({ sls }, report) {
      let stdoutAt: number | undefined;
      for (const { entry, at, i } of sls) {
        if (entry.stdout !== true) continue;
        if (stdoutAt !== undefined)
          report({
            path: [...at, 'stdout'],
            target: 'key',
            message: `only one log entry may collect stdout; sls[${stdoutAt}] already does`,
          });
        else stdoutAt = i;
      }
    },
  },
  {
    id: 'sls-project-logstore',
    saeCode: 'Sls.Config.User.Defined.Missing.Logstore.Info',
    summary: 'a custom project has a logstore and vice versa',
    prevents: '`Sls.Config.User.Defined.Missing.*`',
    check({ sls }, report) {
      for (const { entry: e, at } of sls) {
        if (str(e.project) !== undefined && str(e.logstore) === undefined)
          report({
            path: [...at, 'project'],
            target: 'key',
            message: 'a custom project needs a logstore too: add logstore',
          });
        if (str(e.logstore) !== undefined && str(e.project) === undefined)
          report({
            path: [...at, 'logstore'],
            target: 'key',
            saeCode: 'Sls.Config.User.Defined.Missing.Project.Info',
            message: 'a custom logstore needs its project too: add project',
          });
      }
    },
  },
  {
    id: 'sls-single-project',
    saeCode: 'Sls.Config.Mixed.Multi.Project',
    summary: 'all custom log entries use one project',
    check({ sls }, report) {
      let first: { name: string; i: number } | undefined;
      for (const { entry, at, i } of sls) {
        const proj = str(entry.project);
        if (proj === undefined) continue;
        if (first && first.name !== proj)
          report({
            path: [...at, 'project'],
            message: `all log entries must use one project; sls[${first.i}] uses ${first.name}`,
          });
        first ??= { name: proj, i };
      }
    },
  },
  {
    id: 'sls-reserved-prefix',
    saeCode: 'Sls.Project.Name.Invalid',
    summary: 'project and logstore names do not start with `sae-`',
    prevents: '`Sls.Project.Name.Invalid`, `Sls.Logstore.Name.Invalid`',
    check({ sls }, report) {
      for (const { entry: e, at } of sls) {
        if (str(e.project)?.startsWith('sae-'))
          report({
            path: [...at, 'project'],
            message: 'project names starting with "sae-" are reserved for SAE; rename the project',
          });
        if (str(e.logstore)?.startsWith('sae-'))
          report({
            path: [...at, 'logstore'],
            saeCode: 'Sls.Logstore.Name.Invalid',
            message: 'logstore names starting with "sae-" are reserved for SAE; rename the logstore',
          });
      }
    },
  },
  {
    id: 'mount-conflict',
    saeCode: 'MountConflict.ConfigMap',
    summary: 'no two volumes share a mountPath',
    check({ mounts }, report) {
      mounts.forEach((mnt, i) => {
        const first = mounts.findIndex((o) => o.mountPath === mnt.mountPath);
        if (first < i)
          report({
            path: mnt.path,
            message: `mountPath ${mnt.mountPath} is already used by ${pathText(mounts[first]!.path)}: give each volume its own path`,
          });
      });
    },
  },
  {
    id: 'nas-one-form',
    summary: '`volumes.nas` and `volumes.nasMounts` are not used together',
    check({ template }, report) {
      const volumes = asObj(template.volumes);
      if (volumes.nas !== undefined && volumes.nasMounts !== undefined) {
        report({
          path: [...T, 'volumes', 'nasMounts'],
          target: 'key',
          message:
            'nas (NasId, MountHost, MountDesc) and nasMounts (NasConfigs) are two ways to mount NAS: move the nas mounts into nasMounts',
        });
      }
    },
  },
  {
    id: 'log-path-in-volume',
    saeCode: 'VolumnPath.Conflict',
    summary: 'no log path lies inside a volume',
    check(ctx, report) {
      for (const { entry, at } of ctx.sls) {
        const logPath = str(entry.path);
        if (logPath === undefined || !logPath.startsWith('/')) continue;
        const p = normalisePath(logPath);
        const hit = ctx.mounts.find(
          (mnt) => p === mnt.mountPath || p.startsWith(mnt.mountPath === '/' ? '/' : `${mnt.mountPath}/`),
        );
        if (hit)
          report({
            path: [...at, 'path'],
            message: `log path ${logPath} lies inside the volume mounted at ${hit.mountPath} (${pathText(hit.path)}): collect logs from a path outside volumes`,
          });
      }
    },
  },
];
