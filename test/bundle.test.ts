// The validate path must not load the cloud side (pop-core, credentials, the
// emulator): they live in dist/cloud.cjs, required only by cloud commands.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

describe('the CLI bundle', () => {
  const main = readFileSync(`${ROOT}dist/cli-main.cjs`, 'utf8');
  it('keeps the cloud SDKs and commands out of the validate bundle', () => {
    expect(main).not.toMatch(/require\("@alicloud\//);
    expect(main).not.toContain('startEmulator');
    expect(main).toContain('require("./cloud.cjs")');
    // The SDKs are bundled (nothing to install at run time), into the cloud bundle only.
    const cloud = readFileSync(`${ROOT}dist/cloud.cjs`, 'utf8');
    expect(cloud).not.toMatch(/require\("@alicloud\//);
    expect(cloud).toMatch(/ROAClient = class/);
    expect(main).not.toMatch(/ROAClient = class/);
  });
  it('validate does not load the cloud bundle', async () => {
    // Preloading a module that fails if cloud.cjs is required proves it is never loaded.
    const forbid = { env: { NODE_OPTIONS: `--require ${ROOT}test/fixtures/forbid-cloud.cjs` } };
    // And the same guard fails a command that does load it (the guard can fail).
    const [r, plan] = await Promise.all([runCli(['validate'], forbid), runCli(['plan', '--help'], forbid)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('cloud bundle loaded');
  });

  it('validate does not even load the SAE table (the contract, built into maps at load) through a static import', () => {
    // Every module a static import reaches from the validate command: what runs at its start.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.[^']+)'/gm)) {
        const target = resolve(dirname(file), m[1]!);
        if (target.endsWith('.js'))
          visit(existsSync(target.replace(/\.js$/, '.ts')) ? target.replace(/\.js$/, '.ts') : target);
      }
    };
    visit(`${ROOT}src/cli/commands/validate.ts`);
    const reached = [...seen].map((f) => f.slice(ROOT.length));
    expect(reached).toContain('src/pipeline/validate/validate.ts');
    expect(reached).toContain('src/pipeline/validate/configmap.ts');
    expect(reached).not.toContain('src/contract/api.ts');
    expect(reached).not.toContain('src/pipeline/compile/compile.ts');
  });
});
