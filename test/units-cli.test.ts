// Units of the command line and its output: colour, durations, shell-like
// splitting of --command, GitHub annotations and job summaries, CI progress.
import { describe, expect, it } from 'vitest';
import { parseManifestText, validateManifests } from '../src/index.js';

describe('colour', () => {
  it('only on a terminal, and never when NO_COLOR is set to something (an empty NO_COLOR does not count)', async () => {
    const { makeStyle } = await import('../src/output/style.js');
    expect(makeStyle({ isTTY: true }, {}).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(makeStyle({ isTTY: true }, { NO_COLOR: '' }).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(makeStyle({ isTTY: true }, { NO_COLOR: '1' }).red('x')).toBe('x');
    expect(makeStyle({ isTTY: false }, {}).red('x')).toBe('x');
  });
});

describe('durations', () => {
  it('take decimals as the help shows them (1.5s, 1.5m), and refuse what is not one', async () => {
    const { parseDuration } = await import('../src/cli/args.js');
    expect(parseDuration('1.5s', '--x')).toBe(1500);
    expect(parseDuration('1.5m', '--x')).toBe(90_000);
    expect(parseDuration('1h30m', '--x')).toBe(5_400_000);
    expect(parseDuration('200ms', '--x')).toBe(200);
    expect(parseDuration('2.5', '--x')).toBe(2500);
    expect(() => parseDuration('1.5.2s', '--x')).toThrow('takes a duration');
    expect(() => parseDuration('soon', '--x')).toThrow('takes a duration');
  });
});

describe('run --command is split as a shell would', () => {
  it('keeps quoted words together, unescapes, and refuses what is not closed', async () => {
    const { splitCommandLine } = await import('../src/cli/args.js');
    expect(splitCommandLine('python job.py --day 1', 'c')).toEqual(['python', 'job.py', '--day', '1']);
    expect(splitCommandLine(`sh -c 'echo a b'`, 'c')).toEqual(['sh', '-c', 'echo a b']);
    expect(splitCommandLine(`echo "say \\"hi\\"" a\\ b ''`, 'c')).toEqual(['echo', 'say "hi"', 'a b', '']);
    expect(splitCommandLine('  spaced   out  ', 'c')).toEqual(['spaced', 'out']);
    expect(() => splitCommandLine(`echo 'open`, '--command')).toThrow("--command: a ' is not closed");
    expect(() => splitCommandLine('echo "open', '--command')).toThrow('--command: a " is not closed');
  });
});

describe('shell text in command and args', () => {
  it("${HOME} and friends are the shell's; a near miss of ${env:} and $(NAME) are warnings; elsewhere ${HOME} is an error", () => {
    const job = (args: string, extra = '') => `apiVersion: saejob/v1
kind: Job
metadata: { name: shelly, namespace: "cn-hangzhou:x" }
spec:
  replicas: 1
  template:
    image: { url: "r/a:1" }
    resources: { cpu: 1000, memory: 2048 }
    command: [sh, -c]
    args: ["${args}"]
    env:
      - { name: LEVEL, value: "info${extra}" }
`;
    const d = (text: string) => validateManifests(parseManifestText('s.yaml', text)).diagnostics;
    expect(d(job('echo ${HOME} ${X:-d} ${f%.txt}'))).toEqual([]);
    expect(d(job('echo ${evn:LEVEL}')).map((x) => x.severity)).toEqual(['warning']);
    expect(d(job('echo $(LEVEL)'))[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining("$(LEVEL) is Kubernetes' way"),
    });
    expect(d(job('echo ok', ' ${HOME}')).map((x) => x.severity)).toEqual(['error']);
  });
});

describe('GitHub annotations of what no manifest names', () => {
  it('a pruned job is an annotation of the run, not of "(no manifest)" line 0; a file finding has no :0:0', async () => {
    const { githubJobAnnotation, githubStepSummary } = await import('../src/output/github.js');
    expect(
      githubJobAnnotation('warning', { file: '(no manifest)', line: 0, col: 0 }, 'saejob plan: delete', 'gone'),
    ).toBe('::warning title=saejob plan%3A delete::gone');
    expect(githubJobAnnotation('notice', { file: 'm/a.yaml', line: 4, col: 9 }, 't', 'x')).toBe(
      '::notice file=m/a.yaml,line=4,col=9,title=t::x',
    );
    expect(
      githubStepSummary(
        [
          {
            severity: 'warning',
            file: 'manifests',
            line: 0,
            col: 0,
            field: '',
            message: 'left out',
            rule: 'environment/not-chosen',
          },
        ],
        'plan',
      ),
    ).toContain('| warning | `manifests` |');
  });
});

describe('the GitHub job summary', () => {
  it("has one ### saejob plan heading a run: plan's findings are a part of it", async () => {
    const { githubStepSummary } = await import('../src/output/github.js');
    const d = [
      {
        severity: 'warning' as const,
        file: 'manifests',
        line: 0,
        col: 0,
        field: '',
        message: 'left out',
        rule: 'environment/not-chosen',
      },
    ];
    expect(githubStepSummary(d, 'plan')).toMatch(/^\*\*Findings\*\* \(1\)\n/);
    expect(githubStepSummary(d, 'plan')).not.toContain('### ');
    expect(githubStepSummary(d, 'validate')).toMatch(/^### saejob validate\n/);
    // Errors stop plan before its own section: then the findings are the section.
    expect(githubStepSummary([{ ...d[0]!, severity: 'error' }], 'plan')).toMatch(/^### saejob plan\n/);
  });
});

describe('progress in CI logs', () => {
  it('prints how waits and retries stand, once each; the steps done are left to the summary', async () => {
    const { plainProgress } = await import('../src/output/progress.js');
    let out = '';
    const p = plainProgress(
      (s) => void (out += s),
      () => new Date(0),
    );
    p.event('job-a', 'CreateJob sent: AppId x', 'step');
    p.event('job-a', 'change order in progress', 'note');
    p.event('job-a', 'change order in progress', 'note');
    p.event('job-a', 'change order x succeeded', 'step');
    expect(out).toBe('1970-01-01T00:00:00.000Z job-a: change order in progress\n');
  });
});
