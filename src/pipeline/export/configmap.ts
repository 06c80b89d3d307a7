// A live ConfigMap as a `kind: ConfigMap` manifest (export --configmaps), and the
// ConfigMaps an exported job names. A secret-looking key is written as an
// ${env:} reference, never its value. Pure.
import { Document } from 'yaml';
import { SECRET_NAME } from '../envref.js';
import type { ExportResult } from './export.js';

/** The manifest text of a listed ConfigMap (its description without saejob's set mark). */
export function configMapManifest(
  c: { Name: string; Data?: Record<string, unknown> | undefined },
  namespace: string,
  description: string,
): string {
  const data = Object.fromEntries(
    Object.entries(c.Data ?? {}).map(([k, v]) => [
      k,
      SECRET_NAME.test(k)
        ? `\${env:${k.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}}`
        : typeof v === 'string'
          ? v
          : JSON.stringify(v),
    ]),
  );
  const doc = new Document({
    apiVersion: 'saejob/v1',
    kind: 'ConfigMap',
    metadata: { name: c.Name, namespace, ...(description ? { description } : {}) },
    data,
  });
  doc.commentBefore = ` ConfigMap exported by saejob from ${namespace}/${c.Name}. Secret-looking keys are \${env:} references: set them where saejob runs.`;
  return doc.toString({ lineWidth: 0 });
}

/** The ConfigMaps a manifest names (export writes names where it can). */
export function usedConfigMaps(m: ExportResult['manifest']): string[] {
  const t = m.spec.template;
  return [
    ...(t.env ?? []).flatMap((e) =>
      (e.valueFrom?.configMapKeyRef.name ?? e.valueFrom?.configMapKeyRef.configMapName) !== undefined
        ? [(e.valueFrom!.configMapKeyRef.name ?? e.valueFrom!.configMapKeyRef.configMapName)!]
        : [],
    ),
    ...(t.envFrom ?? []).map((e) => e.configMapRef.name),
    ...(t.volumes?.configMaps ?? []).flatMap((c) =>
      (c.name ?? c.configMapName) ? [(c.name ?? c.configMapName)!] : [],
    ),
  ];
}
