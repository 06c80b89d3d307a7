// Instance sizes and packages: what SAE sells and what each package type takes.
import type { FieldPath } from '../../diagnostics.js';
import { cpuMillicores, isSupportedSpec, memoriesForCpu, memoryMegabytes, INSTANCE_SPECS } from '../../quantity.js';
import { asObj, SCRIPT_PACKAGES, str, T, type Rule } from './context.js';

export const PACKAGES_RULES: readonly Rule[] = [
  {
    id: 'cpu-memory',
    saeCode: 'InvalidInstanceSpecification.Unsupported',
    summary: '(cpu, memory) is a size SAE sells (table below)',
    check({ template }, report) {
      const res = asObj(template.resources);
      const cpu = cpuMillicores(res.cpu);
      const mem = memoryMegabytes(res.memory);
      if (cpu === undefined || mem === undefined || isSupportedSpec(cpu, mem)) return;
      const fits = memoriesForCpu(cpu);
      const cpus = INSTANCE_SPECS.get(mem) ?? [];
      const what = `cpu ${cpu} millicores with memory ${mem} MB is not an instance size SAE supports`;
      // Point at the field that is more likely wrong: a value no size has; else, when either could
      // be, at resources (both lines), with the way out on each side.
      if (!fits.length) {
        const hint =
          typeof res.cpu === 'number' && res.cpu < 100
            ? `a plain number is millicores: for ${res.cpu} core${res.cpu === 1 ? '' : 's'} write cpu: "${res.cpu}" or ${res.cpu * 1000}`
            : `cpu must be one of ${[...new Set([...INSTANCE_SPECS.values()].flat())].sort((a, b) => a - b).join(', ')} millicores`;
        report({ path: [...T, 'resources', 'cpu'], message: `${what}: ${hint}` });
      } else if (!cpus.length) {
        report({
          path: [...T, 'resources', 'memory'],
          message: `${what}: memory must be one of ${[...INSTANCE_SPECS.keys()].join(', ')} MB; with cpu ${cpu} use memory ${fits.join(', ')}`,
        });
      } else {
        report({
          path: [...T, 'resources'],
          target: 'key',
          message: `${what}: with cpu ${cpu} use memory ${fits.join(', ')}, or with memory ${mem} use cpu ${cpus.join(', ')}`,
        });
      }
    },
  },
  {
    id: 'package-jdk',
    saeCode: 'JarApplication.MissingJdk',
    summary: 'FatJar and War set `runtime.jdk`',
    check({ template }, report) {
      const type = str(asObj(template.package).type);
      if ((type === 'FatJar' || type === 'War') && asObj(template.runtime).jdk === undefined) {
        report({
          path: [...T, 'package', 'type'],
          saeCode: type === 'War' ? 'WarApplication.MissingJdkWebcontainer' : 'JarApplication.MissingJdk',
          message: `a ${type} package needs spec.template.runtime.jdk (e.g. "Open JDK 8" or "Dragonwell 11")`,
        });
      }
    },
  },
  {
    id: 'package-web-container',
    saeCode: 'WarApplication.MissingJdkWebcontainer',
    summary: 'War sets `runtime.webContainer`',
    check({ template }, report) {
      if (str(asObj(template.package).type) === 'War' && asObj(template.runtime).webContainer === undefined) {
        report({
          path: [...T, 'package', 'type'],
          message:
            'a War package needs spec.template.runtime.webContainer (apache-tomcat-7.0.91 or apache-tomcat-8.5.42)',
        });
      }
    },
  },
  {
    id: 'package-url-version',
    saeCode: 'InvalidParameter.NotEmpty',
    summary:
      'FatJar, War, PythonZip set `package.url` and `package.version`; PhpZip and `IMAGE_PHP_*` set `package.url`',
    check({ template }, report) {
      const pkg = asObj(template.package);
      const type = str(pkg.type);
      if (type === undefined) return;
      for (const field of SCRIPT_PACKAGES.has(type) ? ['url', 'version'] : ['url']) {
        if (pkg[field] === undefined)
          report({
            path: [...T, 'package'],
            message: `a ${type} package needs package.${field}${type.startsWith('IMAGE_PHP') ? ' (the image to run)' : ''}`,
          });
      }
    },
  },
  {
    id: 'unused-setting',
    summary: 'settings the package type ignores (e.g. `runtime.jdk` with an image)',
    severity: 'warning',
    check({ template: t }, report) {
      const type = str(asObj(t.package).type);
      const runtime = asObj(t.runtime);
      const unused = (path: FieldPath, why: string) =>
        report({ path, severity: 'warning', target: 'key', message: `${path.at(-1)} is ignored ${why}; remove it` });
      if (t.image !== undefined) {
        for (const k of ['jdk', 'webContainer', 'edasContainerVersion'] as const)
          if (runtime[k] !== undefined) unused([...T, 'runtime', k], 'for an image (the image brings its own runtime)');
      }
      if (t.jar !== undefined && type !== 'FatJar') unused([...T, 'jar'], 'unless package.type is FatJar');
      if ((t.war !== undefined || t.tomcat !== undefined) && type !== 'War')
        unused([...T, t.war !== undefined ? 'war' : 'tomcat'], 'unless package.type is War');
      // A package's registry settings are for the IMAGE_PHP_* types, whose url is an image.
      if (type && !type.startsWith('IMAGE_PHP_'))
        for (const k of ['acrInstanceId', 'acrAssumeRoleArn', 'pullSecretId', 'pullSecretName', 'acceleration'])
          if (asObj(t.package)[k] !== undefined)
            unused([...T, 'package', k], 'unless package.type is an IMAGE_PHP_* image');
    },
  },
];
