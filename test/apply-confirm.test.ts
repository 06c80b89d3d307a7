// apply shows the plan and asks before it changes the account, like delete:
// --yes answers for CI; without a terminal and without --yes it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { cli, emulator, jobYaml, manifestDir, writes } from './cloud-helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());

describe('apply asks first', () => {
  it('refuses without --yes when nobody can answer, and says how to go on', async () => {
    const dir = manifestDir({ 'a.yaml': jobYaml('unasked') });
    const r = await cli(emu, ['apply', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('+ create unasked');
    expect(r.stderr).toContain('refusing to apply without --yes: standard input is not a terminal');
    expect(r.stderr).toContain('saejob plan --out FILE, then saejob apply FILE');
    expect(writes(emu)).toBe(0);
  });

  it('with -o json the plan to confirm goes to stderr; stdout stays empty when refused', async () => {
    const r = await cli(emu, ['apply', '-o', 'json', manifestDir({ 'a.yaml': jobYaml('unasked-json') })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('+ create unasked-json');
    expect(writes(emu)).toBe(0);
  });

  it('asks on a terminal: "n" sends nothing, "y" applies', async () => {
    const dir = manifestDir({ 'a.yaml': jobYaml('asked-apply') });
    const no = await cli(emu, ['apply', dir], {}, { answer: 'n' });
    expect(no.code).toBe(1);
    expect(no.stderr).toContain('Apply these changes to 1 job? Type "yes" (or "y") to continue: n');
    expect(no.stderr).toContain('nothing sent to SAE');
    expect(writes(emu)).toBe(0);
    const yes = await cli(emu, ['apply', dir], {}, { answer: 'y' });
    expect(yes.code, yes.stderr).toBe(0);
    expect(yes.stdout).toContain('Apply: 1 created.');
    // Nothing to change: nothing to ask.
    const again = await cli(emu, ['apply', dir]);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('continue');
  });

  it('--yes (and -y) skips the question', async () => {
    expect((await cli(emu, ['apply', '-y', manifestDir({ 'a.yaml': jobYaml('yes-short') })])).code).toBe(0);
    expect((await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('yes-long') })])).code).toBe(0);
    expect(emu.store.jobs.size).toBe(3);
  });
});
