// Environment variables, secrets and references, arguments, values YAML would change.
import { badEnvRefs, isSecretEntry, isWholeEnvRef } from '../../envref.js';
import { asArr, asObj, str, T, walkStrings, type Rule } from './context.js';

export const ENV_RULES: readonly Rule[] = [
  {
    id: 'secret-literal',
    summary: '`volumes.oss.accessKeySecret` is an `${env:NAME}` reference',
    prevents: 'a secret committed to git',
    check({ template }, report) {
      const secret = str(asObj(asObj(template.volumes).oss).accessKeySecret);
      if (secret !== undefined && !isWholeEnvRef(secret)) {
        report({
          path: [...T, 'volumes', 'oss', 'accessKeySecret'],
          message:
            'accessKeySecret must not be written in the manifest: use a reference such as ${env:OSS_AK_SECRET} and set that variable where saejob runs',
        });
      }
    },
  },
  {
    id: 'env-secret-literal',
    summary:
      'an env entry whose name looks secret (`*PASSWORD*`, `*TOKEN*`, `PGPASS`, …), or marked `secret: true`, takes its value from `${env:NAME}` (`secret: false` says the name only looks secret)',
    prevents: 'a secret committed to git',
    severity: 'warning',
    check({ template }, report) {
      asArr(template.env).forEach((entry, i) => {
        const e = asObj(entry);
        const name = str(e.name);
        if (
          name !== undefined &&
          isSecretEntry(name, e.secret) &&
          e.value !== undefined &&
          !(typeof e.value === 'string' && e.value.includes('${env:'))
        ) {
          report({
            path: [...T, 'env', i, 'value'],
            severity: 'warning',
            message: `${name} ${e.secret === true ? 'is marked secret' : 'looks like a secret'}, but its value is written in the file (and committed): use \${env:${name}} and set ${name} where saejob runs${e.secret === true ? '' : ' (or write secret: false on the entry if it is not one)'}`,
          });
        }
      });
    },
  },
  {
    id: 'env-ref-syntax',
    summary:
      "every `${` is a whole `${env:NAME}` or the escape `$${` (`${env:X` without `}`, `${HOME}`, `${evn:X}` are errors); in command and args `${HOME}` is the shell's (a near miss of `${env:` and Kubernetes' `$(NAME)` are warnings)",
    prevents: 'a typo sent to SAE as text',
    check({ manifest, options, template }, report) {
      // Kubernetes expands $(NAME) from env; SAE does not: it reaches the container as written.
      const envNames = new Set(
        (Array.isArray(template.env) ? (template.env as unknown[]) : []).map((e) => asObj(e).name),
      );
      for (const field of ['command', 'args'] as const) {
        const list = template[field];
        if (!Array.isArray(list)) continue;
        list.forEach((value, i) => {
          if (typeof value !== 'string' || !value.includes('$(')) return;
          for (const m of value.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g))
            if (envNames.has(m[1]))
              report({
                path: [...T, field, i],
                severity: 'warning',
                message: `$(${m[1]}) is Kubernetes' way to put an env value in a command; SAE passes the command as written (a shell would run ${m[1]} as a command): inside sh -c write \${${m[1]}}, the shell's`,
              });
        });
      }
      // Paths are made only when the file holds a `${` at all.
      if (options.mayHoldReferences === false) return;
      walkStrings(manifest, [], (value, path) => {
        // command and args are shell text: ${HOME}, ${X:-d}, ${f%.txt} are the shell's, not saejob's.
        const shell = path[0] === 'spec' && path[1] === 'template' && (path[2] === 'command' || path[2] === 'args');
        for (const problem of badEnvRefs(value)) {
          if (!shell || !/is not a saejob reference/.test(problem)) report({ path, message: problem });
          // A near miss of ${env:…} / ${var:…} was probably meant as saejob's.
          else if (/"\$\{\s*(evn|nev|ven|vne|env|enb|var|vra|avr|rav)\s*[:;.]/i.test(problem))
            report({
              path,
              severity: 'warning',
              message: `${problem.replace(/: write .*$/, '')}: in a command it is the shell's, but this looks like a saejob reference: write \${env:NAME} or \${var:NAME}`,
            });
        }
      });
    },
  },
  {
    id: 'args-without-command',
    summary: '`args` comes with `command`',
    check({ template }, report) {
      if (template.args !== undefined && template.command === undefined)
        report({
          path: [...T, 'args'],
          target: 'key',
          message: 'args needs command: SAE sends args after command[0] (set spec.template.command)',
        });
    },
  },
  {
    id: 'exact-value',
    summary:
      'a number or boolean that YAML would write differently (`1.10`, `01234`, `0x1F`, `1e3`, `True`) in a field sent as text (env values, `package.version`, `image.pullSecretId`, `shards`) is quoted',
    prevents: 'SAE getting `1.1` for `1.10`',
    // Needs the source text: the validator runs it (exactTextFindings).
  },
  {
    id: 'env-unique',
    summary: 'environment variable names are unique',
    check({ template }, report) {
      const seen = new Map<string, number>();
      asArr(template.env).forEach((e, i) => {
        const name = str(asObj(e).name);
        if (name === undefined) return;
        if (seen.has(name))
          report({
            path: [...T, 'env', i, 'name'],
            message: `environment variable ${name} is already set by env[${seen.get(name)}]: keep one`,
          });
        else seen.set(name, i);
      });
    },
  },
];
