// `saejob compare A B`: per job, how two environments differ.
import type { FieldDifference } from '../../pipeline/environments/environments.js';
import { jsonDocument } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';

export interface CompareReport {
  a: string;
  b: string;
  jobs: readonly { name: string; only?: string; differences: readonly FieldDifference[] }[];
}

const shown = (v: unknown) => (v === undefined ? '(unset)' : JSON.stringify(v));

export const COMPARE_REPORTERS = {
  text: (r: CompareReport, sink: Sink) => {
    const s = sink.outStyle;
    for (const j of r.jobs) {
      if (j.only) {
        sink.out(`${s.bold(j.name)}: only in ${j.only}\n`);
        continue;
      }
      if (!j.differences.length) {
        sink.out(`${s.bold(j.name)}: the same in ${r.a} and ${r.b}\n`);
        continue;
      }
      sink.out(`${s.bold(j.name)} (${r.a} → ${r.b})\n`);
      for (const d of j.differences) sink.out(`    ${d.field}: ${shown(d.a)} → ${shown(d.b)}\n`);
    }
  },
  json: (r: CompareReport, sink: Sink) => sink.out(jsonDocument({ a: r.a, b: r.b, jobs: r.jobs })),
} satisfies Reporters<CompareReport>;
