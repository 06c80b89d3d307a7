// `saejob export NAME`: the live job as a manifest.
import { manifestYaml, type ExportResult } from '../../pipeline/export/export.js';
import { jsonValue } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';

export interface ExportReport {
  exported: ExportResult;
  /** The schema the YAML's editor modeline points at; no modeline without one. */
  schemaRef: string | undefined;
}

export const EXPORT_REPORTERS = {
  yaml: (r: ExportReport, sink: Sink) => sink.out(manifestYaml(r.exported, r.schemaRef)),
  json: (r: ExportReport, sink: Sink) => sink.out(jsonValue(r.exported.manifest)),
} satisfies Reporters<ExportReport>;
