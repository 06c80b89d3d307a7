// `saejob render`: an environment's final manifests, as the other commands see them.
import { Document } from 'yaml';
import { jsonValue } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';

export interface RenderedManifest {
  environment: string;
  /** Where it comes from: the base file, and the environment's file when it patches it. */
  from: string[];
  manifest: unknown;
}

export interface RenderReport {
  manifests: readonly RenderedManifest[];
}

export const RENDER_REPORTERS = {
  yaml: (r: RenderReport, sink: Sink) => {
    const docs = r.manifests.map((m) => {
      const doc = new Document(m.manifest);
      doc.commentBefore = ` environment ${m.environment}: ${m.from.join(' + ')}`;
      return doc.toString({ lineWidth: 0 });
    });
    sink.out(docs.join('---\n'));
  },
  json: (r: RenderReport, sink: Sink) => sink.out(jsonValue(r.manifests)),
} satisfies Reporters<RenderReport>;
