// `npm start` must work on a fresh clone: the demo runs validate, plan,
// apply and plan again against the in-process emulator.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

describe('npm start (the demo)', () => {
  it('validates, plans, applies, and plans again with no changes', async () => {
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [`${ROOT}scripts/demo.mjs`], {
        cwd: ROOT,
        env: {
          ...process.env,
          NO_COLOR: '1',
          OSS_AK_SECRET: undefined,
          SAEJOB_DEMO_CHANGE_ORDER_MS: '60',
        } as NodeJS.ProcessEnv,
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (c) => resolve({ code: c, out }));
    });
    expect(code, out).toBe(0);
    expect(out).toContain('Apply: 7 created.');
    expect(out).toContain('Plan: 0 to create, 0 to update, 0 to replace, 7 unchanged.');
    expect(out).not.toContain('demo-oss-secret-never-printed');
    expect(out).not.toContain('demo-db-password-never-printed');
    // The shop: staging and prod created, then the new image planned in staging only, then promoted.
    expect(out.match(/Apply: 2 created\./g)).toHaveLength(2);
    expect(out).toContain('~ update order-sync in cn-hangzhou:shop-staging (cn-hangzhou) [staging]');
    expect(out).toContain('= unchanged order-sync in cn-hangzhou:shop-prod (cn-hangzhou) [prod]');
    expect(out).toContain('acme/order-sync:2.3.1" → "registry.cn-hangzhou.aliyuncs.com/acme/order-sync:2.5.0"');
    expect(out.match(/Apply: 2 updated\./g)).toHaveLength(2);
  }, 60_000);
});
