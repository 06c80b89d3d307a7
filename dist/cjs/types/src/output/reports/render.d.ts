import type { Sink } from '../reporter.js';
export interface RenderedManifest {
    environment: string;
    /** Where it comes from: the base file, and the environment's file when it patches it. */
    from: string[];
    manifest: unknown;
}
export interface RenderReport {
    manifests: readonly RenderedManifest[];
}
export declare const RENDER_REPORTERS: {
    yaml: (r: RenderReport, sink: Sink) => void;
    json: (r: RenderReport, sink: Sink) => void;
};
