// Imports run one way, down the layers (README, Architecture):
//   cli → operations → sae, output → pipeline → contract, generated
// and the emulator beside sae, on contract. Every import of src/ is read
// here; one that runs up, or across between output and sae, fails the test
// with the file and the import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/** Which top folders each layer may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  generated: [],
  contract: [],
  pipeline: ['contract', 'generated'],
  output: ['pipeline', 'contract', 'generated'],
  sae: ['pipeline', 'contract', 'generated'],
  // The fake SAE answers from the contract; its own checks, but the size table is data it shares (quantity.ts).
  emulator: ['contract'],
  operations: ['sae', 'pipeline', 'contract', 'generated'],
  cli: ['operations', 'sae', 'output', 'pipeline', 'contract', 'generated', 'emulator'],
  // The library's entries re-export the layers.
  '.': ['pipeline', 'output', 'sae', 'operations', 'contract', 'generated', 'emulator', 'cli'],
};
/** Named exceptions, each with its reason. */
const EXCEPTIONS: Record<string, string> = {
  'emulator/checks.ts → pipeline/quantity.ts':
    'the instance sizes SAE sells: data, one table for both (moving it to contract would load the SAE table on the validate path)',
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const layerOf = (file: string) => {
  const rel = relative(SRC, file);
  return rel.includes('/') ? rel.split('/')[0]! : '.';
};

function upwardImports(sources = files(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }))): string[] {
  const out: string[] = [];
  for (const { file, text } of sources) {
    for (const m of text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g,
    )) {
      const spec = (m[1] ?? m[2])!;
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      const from = layerOf(file);
      const to = layerOf(target);
      // Files beside src/ (the schema, package.json) are data, not a layer.
      if (from === to || relative(SRC, target).startsWith('..')) continue;
      const edge = `${relative(SRC, file)} → ${relative(SRC, target)}`;
      if (!ALLOWED[from]?.includes(to) && !EXCEPTIONS[edge])
        out.push(`${edge} (${from} may import ${ALLOWED[from]?.join(', ') || 'nothing of saejob'})`);
    }
  }
  return out;
}

/**
 * Inside pipeline/, the stages in the order data flows through them; a stage may import its own
 * folder, earlier stages and the shared modules at pipeline/'s root (which import only each other).
 */
const STAGES = ['', 'load', 'environments', 'validate', 'compile', 'plan', 'export'] as const;
const stageOf = (file: string) => {
  const rel = relative(join(SRC, 'pipeline'), file);
  return rel.includes('/') ? rel.split('/')[0]! : '';
};

function laterStageImports(
  sources = files(join(SRC, 'pipeline')).map((file) => ({ file, text: readFileSync(file, 'utf8') })),
): string[] {
  const out: string[] = [];
  for (const { file, text } of sources)
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts');
      if (relative(join(SRC, 'pipeline'), target).startsWith('..')) continue;
      const [from, to] = [stageOf(file), stageOf(target)];
      if (!STAGES.includes(from as never)) out.push(`${relative(SRC, file)}: pipeline/${from}/ is not a stage`);
      else if (STAGES.indexOf(to as never) > STAGES.indexOf(from as never))
        out.push(`${relative(SRC, file)} → ${relative(SRC, target)} (${from || 'the shared root'} comes before ${to})`);
    }
  return out;
}

describe('layers', () => {
  it('pipeline stages import only earlier stages: load, environments, validate, compile, plan, export', () => {
    expect(laterStageImports()).toEqual([]);
    // It can fail: a validate module reaching into plan, a shared module into load.
    expect(
      laterStageImports([
        { file: join(SRC, 'pipeline', 'validate', 'a.ts'), text: "import { planJob } from '../plan/plan.js';\n" },
        { file: join(SRC, 'pipeline', 'redact.ts'), text: "import { loadManifests } from './load/load.js';\n" },
      ]),
    ).toEqual([
      'pipeline/validate/a.ts → pipeline/plan/plan.ts (validate comes before plan)',
      'pipeline/redact.ts → pipeline/load/load.ts (the shared root comes before load)',
    ]);
  });

  it('no import runs up or across', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('the check sees an upward or sideways import (it can fail)', () => {
    const fake = [
      {
        file: join(SRC, 'pipeline', 'x.ts'),
        text: "import { Session } from '../sae/session.js';\nimport { JOB_PARAMS } from '../contract/api.js';\n",
      },
      {
        file: join(SRC, 'output', 'reports', 'y.ts'),
        text: "import type { ApplyResult } from '../../sae/apply.js';\n",
      },
      { file: join(SRC, 'contract', 'z.ts'), text: "export { planJob } from '../pipeline/plan/plan.js';\n" },
    ];
    expect(upwardImports(fake)).toEqual([
      'pipeline/x.ts → sae/session.ts (pipeline may import contract, generated)',
      'output/reports/y.ts → sae/apply.ts (output may import pipeline, contract, generated)',
      'contract/z.ts → pipeline/plan/plan.ts (contract may import nothing of saejob)',
    ]);
  });
});
