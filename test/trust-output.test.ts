// What saejob writes can be trusted: nothing a manifest's author controls
// starts a GitHub workflow command (a pull request chooses its file names
// and field values, and the runner reads every line that starts with `::`),
// and no secret is written in clear in any format or exported file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { inert } from '../src/cli/workflow.js';
import { cli, emulator, jobYaml, manifestDir } from './cloud-helpers.js';

let emu: Emulator;
afterEach(() => emu?.close());

const HOSTILE = 'x\n::add-mask::secret\n::stop-commands::tok\n::warning::pwned\n  ::error::indented';

/** Every line that would reach the runner as a command is one of saejob's annotations. */
function commandsIn(output: string): string[] {
  return output.split(/\r?\n/).filter((l) => l.trimStart().startsWith('::'));
}

describe('workflow commands', () => {
  it('inert breaks :: at a line start and nowhere else', () => {
    expect(inert('a::b\n::warning::x\n  ::y')).toBe('a::b\n:\u200b:warning::x\n  :\u200b:y');
    expect(inert('plain')).toBe('plain');
  });

  it('a hostile file name and field values start no command in validate, plan and apply with -o github', async () => {
    emu = await emulator();
    const dir = manifestDir({});
    const sub = join(dir, 'evil\n::warning::from-a-file-name');
    mkdirSync(sub);
    writeFileSync(
      join(sub, 'a.yaml'),
      jobYaml('hostile').replace('  namespace:', `  description: ${JSON.stringify(HOSTILE)}\n  namespace:`),
    );
    // A broken one too: validate's findings quote the file's text.
    writeFileSync(join(sub, 'b.yaml'), `${jobYaml('broken').replace('replicas: 1', 'replicas: 0')}`);
    const runs = [
      await cli(emu, ['validate', '-o', 'github', sub]),
      await cli(emu, ['plan', '-o', 'github', join(sub, 'a.yaml')]),
      await cli(emu, ['apply', '--yes', '-o', 'github', join(sub, 'a.yaml')]),
    ];
    for (const r of runs) {
      for (const line of commandsIn(r.stdout + r.stderr))
        expect(line, line).toMatch(/^::(error|warning|notice) file=[^\n]*::/);
      expect(r.stdout + r.stderr).not.toMatch(
        /(^|\n)\s*::(add-mask|stop-commands|warning::pwned|error::indented|warning::from-a-file-name)/,
      );
    }
    // The annotations are still there, their text escaped onto one line.
    expect(commandsIn(runs[0]!.stdout).some((l) => l.startsWith('::error file='))).toBe(true);
    expect(commandsIn(runs[1]!.stdout).some((l) => l.startsWith('::notice file=') && l.includes('%0A'))).toBe(true);
  });

  it('under GITHUB_ACTIONS the text output is inert too, whatever -o says', async () => {
    emu = await emulator();
    const sub = join(manifestDir({}), 'evil\n::add-mask::from-a-file-name');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.yaml'), jobYaml('hostile'));
    const r = await cli(emu, ['plan', sub], { GITHUB_ACTIONS: 'true' });
    expect(r.stdout).toContain('from-a-file-name');
    expect(commandsIn(r.stdout + r.stderr)).toEqual([]);
  });
});

describe('export writes no secret in clear', () => {
  it('a secret inside another value becomes its reference; a credential in text a new variable', async () => {
    emu = await emulator();
    emu.store.createJob({
      AppName: 'leaky',
      NamespaceId: 'cn-hangzhou:e2e',
      PackageType: 'Image',
      ImageUrl: 'registry.cn-hangzhou.aliyuncs.com/acme/leaky:1',
      Replicas: '1',
      Workload: 'job',
      Cpu: '1000',
      Memory: '2048',
      Command: 'sh',
      CommandArgs: JSON.stringify([
        '-c',
        "curl -H 'Authorization: tok-9f8e7d6c5b' https://api.example.com && psql postgres://app:hunter2hunter@db/app",
      ]),
      Envs: JSON.stringify([
        { name: 'DB_PASSWORD', value: 'S3cr3t-Value-42' },
        { name: 'DATABASE_URL', value: 'postgres://app:S3cr3t-Value-42@db:5432/app' },
        { name: 'LOG_LEVEL', value: 'info' },
      ]),
    });
    const out = manifestDir({});
    const r = await cli(emu, ['export', 'leaky', '--namespace', 'cn-hangzhou:e2e', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(out, 'leaky.yaml'), 'utf8');
    for (const secret of ['S3cr3t-Value-42', 'tok-9f8e7d6c5b', 'hunter2hunter']) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
      expect(text).not.toContain(Buffer.from(secret).toString('base64'));
    }
    expect(text).toContain('postgres://app:${env:DB_PASSWORD}@db:5432/app');
    expect(text).toContain("Authorization: ${env:COMMAND_SECRET_2}'");
    expect(text).toContain('postgres://app:${env:COMMAND_SECRET}@db/app');
    expect(text).toMatch(/Secrets are not exported: set DB_PASSWORD, .*COMMAND_SECRET/);
    expect(text).toContain('LOG_LEVEL');
  });
});

describe('secrets in every format', () => {
  const SECRET = 'S3cr3t-Value-42';
  const forms = [
    SECRET,
    encodeURIComponent(SECRET),
    Buffer.from(SECRET).toString('base64'),
    JSON.stringify(SECRET).slice(1, -1),
  ];
  const cm = (value: string) =>
    `apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: cn-hangzhou:e2e\ndata:\n  db_password: "${value}"\n  database_url: "postgres://u:${value}@db/app"\n  level: info\n`;
  const job = jobYaml('user', {
    extraTemplate:
      '    env:\n      - { name: DB_PASSWORD, value: "${env:DB_PASSWORD}" }\n      - { name: DSN, value: "postgres://u:${env:DB_PASSWORD}@db/app" }\n    command: [sh, -c, "run --password=${env:DB_PASSWORD}"]\n',
  });

  it('plan, apply --dry-run and apply in every -o format, compile, plan files and export files hold no form of it', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'cm.yaml': cm('${env:DB_PASSWORD}'), 'job.yaml': job });
    const env = { DB_PASSWORD: SECRET };
    expect((await cli(emu, ['apply', '--yes', dir], env)).code).toBe(0);
    // Rotated: the live ConfigMap and job hold the old value, the manifests the new one.
    const rotated = { DB_PASSWORD: 'An0ther-Secret-77' };
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'markdown', 'github']) {
      for (const args of [['plan'], ['apply', '--dry-run'], ['compile']]) {
        if (args[0] === 'compile' && format === 'markdown') continue;
        const r = await cli(emu, [...args, '-o', format, dir], rotated);
        outputs.push(r.stdout, r.stderr);
      }
    }
    const planFile = join(dir, '..', `${dir.split('/').pop()}.plan.json`);
    outputs.push((await cli(emu, ['plan', '--out', planFile, dir], rotated)).stderr);
    const { readFileSync } = await import('node:fs');
    outputs.push(readFileSync(planFile, 'utf8'));
    for (const format of ['text', 'json', 'markdown', 'github']) {
      const r = await cli(emu, ['apply', '--yes', '-o', format, dir], format === 'text' ? rotated : env);
      outputs.push(r.stdout, r.stderr);
    }
    const out = manifestDir({});
    const exported = await cli(emu, [
      'export',
      '--all',
      '--configmaps',
      '--namespace',
      'cn-hangzhou:e2e',
      '--out',
      out,
    ]);
    outputs.push(exported.stdout, exported.stderr);
    for (const f of ['user.yaml']) outputs.push(readFileSync(join(out, f), 'utf8'));
    const all = outputs.join('\n');
    for (const secret of [SECRET, rotated.DB_PASSWORD])
      for (const f of [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')])
        expect(all).not.toContain(f);
    void forms;
    // The runs did happen: the JSON plan shows the ConfigMap's changed key, masked.
    expect(all).toContain('"key": "db_password"');
  });
});

describe('plan reads what it can', () => {
  it('plans a ConfigMap whose secret is not set here: the key is not compared, said so; apply needs it', async () => {
    emu = await emulator();
    const cm =
      'apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: cn-hangzhou:e2e\ndata:\n  db_password: "${env:DB_PASSWORD}"\n  level: info\n';
    const dir = manifestDir({ 'cm.yaml': cm });
    expect((await cli(emu, ['apply', '--yes', dir], { DB_PASSWORD: 'one-secret' })).code).toBe(0);
    writeFileSync(join(dir, 'cm.yaml'), cm.replace('level: info', 'level: debug'));
    const plan = await cli(emu, ['plan', dir], { DB_PASSWORD: undefined });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('data.level: "info" → "debug"');
    expect(plan.stdout).toContain(
      'data.db_password: (unknown: its secret is not set here; not compared, and apply needs it)',
    );
    const apply = await cli(emu, ['apply', '--yes', dir], { DB_PASSWORD: undefined });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('environment variable DB_PASSWORD is not set');
  });

  it('a job deleted between the listing and its DescribeJob is absent, not a failure', async () => {
    let gone = true;
    emu = await emulator({
      onRequest: (operation, query) => {
        if (operation !== 'DescribeJob' || gone) return;
        gone = true;
        emu.store.jobs.delete(query.AppId!);
      },
    });
    const dir = manifestDir({ 'a.yaml': jobYaml('vanishing') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    gone = false;
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('+ create vanishing');
  });
});

describe('two applies at once', () => {
  for (const allowDuplicateNames of [false, true]) {
    it(`never leave two jobs of one name (SAE ${allowDuplicateNames ? 'takes' : 'refuses'} a duplicate name), and each says what it did`, async () => {
      emu = await emulator({ behaviour: { changeOrderMs: 30, allowDuplicateNames } });
      const files: Record<string, string> = {};
      for (let i = 0; i < 6; i++) files[`j${i}.yaml`] = jobYaml(`twin-${i}`);
      const dir = manifestDir(files);
      const [a, b] = await Promise.all([cli(emu, ['apply', '--yes', dir]), cli(emu, ['apply', '--yes', dir])]);
      const names = [...emu.store.jobs.values()].filter((j) => j.deletedAt === undefined).map((j) => j.params.AppName);
      expect(new Set(names).size, `${a.stdout}\n${b.stdout}`).toBe(names.length);
      for (const r of [a, b]) expect(r.stdout).toMatch(/Apply: /);
      // Whatever yielded, one more apply leaves exactly one job a name.
      expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
      const after = [...emu.store.jobs.values()]
        .filter((j) => j.deletedAt === undefined)
        .map((j) => j.params.AppName)
        .sort();
      expect(after).toEqual(Array.from({ length: 6 }, (_, i) => `twin-${i}`).sort());
    });
  }
});

describe('secret: on an env entry', () => {
  const job = jobYaml('flags', {
    extraTemplate: [
      '    env:',
      '      - { name: AUTH_MODE, value: basic-auth-v2, secret: false }',
      '      - { name: LOG_DSN, value: "${env:LOG_DSN}", secret: true }',
      '      - { name: RELAY_TOKEN, value: "${env:DB_PASSWORD}", secret: false }',
      '',
    ].join('\n'),
  });
  const env = { LOG_DSN: 'syslog://u:Hidden-Dsn-9@logs', DB_PASSWORD: 'Relay-Pass-3' };

  it('secret: true masks a name that looks harmless; false shows one that only looks secret', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'job.yaml': job });
    const first = await cli(emu, ['apply', '--yes', dir], env);
    expect(first.code).toBe(0);
    // Changed values: the plan's diff shows both sides of what is shown, nothing of what is masked.
    const changed = {
      LOG_DSN: 'syslog://u:Other-Dsn-8@logs',
      DB_PASSWORD: 'Relay-Pass-4',
    };
    const edited = manifestDir({ 'job.yaml': job.replace('basic-auth-v2', 'basic-auth-v3') });
    const outs: string[] = [];
    for (const format of ['text', 'json']) {
      const r = await cli(emu, ['plan', '-o', format, edited], changed);
      expect(r.code).toBe(0);
      outs.push(r.stdout + r.stderr);
    }
    const compiled = await cli(emu, ['compile', edited], changed);
    outs.push(compiled.stdout + compiled.stderr);
    // The saved plan holds the same decision, and applying it sends the new value.
    const planFile = join(edited, 'flags.plan');
    expect((await cli(emu, ['plan', '--out', planFile, edited], changed)).code).toBe(0);
    const { readFileSync } = await import('node:fs');
    outs.push(readFileSync(planFile, 'utf8'));
    expect((await cli(emu, ['apply', planFile], changed)).code).toBe(0);
    const live = JSON.parse([...emu.store.jobs.values()][0]!.params.Envs!) as { name: string; value: string }[];
    expect(live.find((e) => e.name === 'AUTH_MODE')!.value).toBe('basic-auth-v3');
    // The flag is saejob's: SAE's Envs entries are name and value only.
    for (const e of live) expect(Object.keys(e).sort()).toEqual(['name', 'value']);
    const all = outs.join('\n');
    expect(all).toContain('basic-auth-v2');
    expect(all).toContain('basic-auth-v3');
    // A value from a secret-named variable stays masked though the entry says secret: false.
    for (const secret of [...Object.values(env), ...Object.values(changed)]) expect(all).not.toContain(secret);
  });

  it('validate: a literal under secret: true is the committed-secret warning; secret: false silences it', async () => {
    const dir = manifestDir({
      'job.yaml': jobYaml('lit', {
        extraTemplate:
          '    env:\n      - { name: LOG_DSN, value: "syslog://x", secret: true }\n      - { name: AUTH_MODE, value: basic, secret: false }\n      - { name: AUTH_REALM, value: corp }\n',
      }),
    });
    emu = await emulator();
    const r = await cli(emu, ['validate', dir]);
    const warnings = (r.stdout + r.stderr).split('\n').filter((l) => l.includes('env-secret-literal'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('LOG_DSN is marked secret');
    expect(warnings[1]).toContain('AUTH_REALM looks like a secret');
    expect(warnings[1]).toContain('secret: false');
  });
});
