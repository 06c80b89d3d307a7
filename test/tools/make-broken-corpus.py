# Writes test/broken/*.yaml from the cases below. Each case marks with ⟨ the
# character the diagnostic must point at; the marker is removed and its
# line:col written in the file's first line as `# expect: RULE FIELD @L:C`.
# Run: python3 test/tools/make-broken-corpus.py (the files are committed).
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'broken')

HEAD = """apiVersion: saejob/v1
kind: Job
metadata:
  name: broken
  namespace: cn-beijing:test
spec:
  replicas: 1
"""
def job(template_extra='', spec_extra='', resources='      cpu: 1000\n      memory: 2048\n', image='    image:\n      url: registry.cn-beijing.aliyuncs.com/acme/app:1\n'):
    return HEAD + spec_extra + '  template:\n' + image + '    resources:\n' + resources + template_extra

PKG = lambda t, extra='': f'    package:\n      type: {t}\n{extra}'

cases = [
  # --- YAML and file shape
  ('yaml-syntax-unclosed-quote', 'yaml/MISSING_CHAR', '', 'apiVersion: saejob/v1\nkind: Job\nmetadata:\n  name: "broken\n  namespace: cn-beijing:test\n⟨'),
  ('yaml-syntax-flow', 'yaml/BAD_INDENT', '', 'apiVersion: saejob/v1\nkind: Job\nmetadata: { name: broken, namespace: cn-beijing:test\n⟨'),
  ('yaml-duplicate-key', 'yaml/DUPLICATE_KEY', '', job().replace('  replicas: 1\n', '  replicas: 1\n  ⟨replicas: 2\n')),
  ('yaml-tab-indent', 'yaml/TAB_AS_INDENT', '', 'apiVersion: saejob/v1\nkind: Job\nmetadata:\n⟨\tname: broken\n'),
  ('yaml-bad-indent', 'yaml/BAD_INDENT', '', 'apiVersion: saejob/v1\nkind: Job\nmetadata:\n    name: broken\n⟨  namespace: cn-beijing:test\n'),
  ('yaml-alias-bomb', 'yaml/ALIAS_LIMIT', '', 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n'.replace('a: &a', '⟨a: &a', 1)),
  ('top-level-list', 'manifest/not-a-mapping', '', '⟨- apiVersion: saejob/v1\n  kind: Job\n'),
  ('top-level-scalar', 'manifest/not-a-mapping', '', '⟨just a string\n'),
  ('empty-file', 'file/empty', '', '⟨# nothing but a comment\n', (1, 1)),
  # --- schema keywords
  ('const-api-version', 'schema/const', 'apiVersion', job().replace('apiVersion: saejob/v1', 'apiVersion: ⟨saejob/v2')),
  ('foreign-workflow', 'manifest/not-saejob', '-', '⟨name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n'),
  ('foreign-document', 'manifest/not-saejob', 'apiVersion', 'apiVersion: ⟨apps/v1\nkind: Deployment\nmetadata:\n  name: web\n'),
  ('rule-cpu-cores-as-millicores', 'cpu-memory', 'spec.template.resources.cpu', job(resources='      cpu: ⟨2\n      memory: 4096\n')),
  ('const-kind', 'schema/const', 'kind', job().replace('kind: Job', 'kind: ⟨CronJob')),
  ('required-metadata', 'schema/required', 'metadata', '⟨apiVersion: saejob/v1\nkind: Job\nspec:\n  replicas: 1\n  template:\n    image: { url: a/b:1 }\n    resources: { cpu: 1000, memory: 2048 }\n'),
  ('required-replicas', 'schema/required', 'spec.replicas', job().replace('spec:\n  replicas: 1\n  template:', '⟨spec:\n  template:')),
  ('required-resources', 'schema/required', 'spec.template.resources', HEAD + '  ⟨template:\n    image:\n      url: a/b:1\n'),
  ('additional-property-typo', 'schema/additionalProperties', 'spec.template.comand', job('    ⟨comand: [run]\n')),
  ('additional-property-misplaced', 'schema/additionalProperties', 'spec.template.concurrencyPolicy', job('    ⟨concurrencyPolicy: Forbid\n')),
  ('additional-property-top', 'schema/additionalProperties', 'specs', job() + '⟨specs: {}\n'),
  ('type-replicas-string', 'schema/type', 'spec.replicas', job().replace('replicas: 1', 'replicas: ⟨three')),
  ('type-env-not-list', 'schema/type', 'spec.template.env', job('    env: ⟨{ name: A, value: b }\n')),
  ('enum-concurrency', 'schema/enum', 'spec.concurrencyPolicy', job(spec_extra='  concurrencyPolicy: ⟨forbid\n')),
  ('enum-jdk', 'schema/enum', 'spec.template.runtime.jdk', job('    runtime:\n      jdk: ⟨OpenJDK 8\n', image=PKG('FatJar', '      url: https://x/a.jar\n      version: 1\n'))),
  ('enum-package-type', 'schema/enum', 'spec.template.package.type', job(image='    package:\n      type: ⟨Jar\n      url: https://x/a.jar\n      version: 1\n')),
  ('pattern-name', 'schema/pattern', 'metadata.name', job().replace('name: broken', 'name: ⟨1-broken')),
  ('pattern-namespace-uppercase', 'schema/pattern', 'metadata.namespace', job().replace('namespace: cn-beijing:test', 'namespace: ⟨cn-beijing:Test')),
  ('pattern-cpu', 'schema/pattern', 'spec.template.resources.cpu', job(resources='      cpu: ⟨1 core\n      memory: 2048\n')),
  ('pattern-memory', 'schema/pattern', 'spec.template.resources.memory', job(resources='      cpu: 1000\n      memory: ⟨2GB\n')),
  ('pattern-trigger-timezone', 'schema/pattern', 'spec.trigger.timezone', job(spec_extra='  trigger:\n    schedule: "0 1 * * ?"\n    timezone: ⟨Asia/Shanghai\n')),
  ('pattern-mount-path', 'schema/pattern', 'spec.template.volumes.configMaps[0].mountPath', job('    volumes:\n      configMaps:\n        - { configMapId: 1, key: k, mountPath: ⟨etc/app }\n')),
  ('min-length-name', 'schema/minLength', 'metadata.name', job().replace('name: broken', 'name: ⟨""')),
  ('max-length-name', 'schema/maxLength', 'metadata.name', job().replace('name: broken', 'name: ⟨' + 'a' * 37)),
  ('minimum-replicas', 'schema/minimum', 'spec.replicas', job().replace('replicas: 1', 'replicas: ⟨0')),
  ('maximum-grace-period', 'schema/maximum', 'spec.template.terminationGracePeriodSeconds', job('    terminationGracePeriodSeconds: ⟨600\n')),
  ('minimum-tomcat-port', 'schema/minimum', 'spec.template.tomcat.port', job('    tomcat: { port: ⟨80 }\n', image=PKG('War', '      url: https://x/a.war\n      version: 1\n'), resources='      cpu: 1000\n      memory: 2048\n    runtime: { jdk: Open JDK 8, webContainer: apache-tomcat-8.5.42 }\n')),
  ('min-items-shards', 'schema/minItems', 'spec.shards', job(spec_extra='  shards: ⟨[]\n')),
  ('unique-items-shards', 'schema/uniqueItems', 'spec.shards', job(spec_extra='  shards: ⟨[0, 1, 1]\n')),
  ('pattern-hostname', 'schema/pattern', 'spec.template.hostAliases[0].hostnames[0]', job('    hostAliases:\n      - ip: 10.0.0.1\n        hostnames: [⟨"db host"]\n')),
  ('one-of-image-and-package', 'schema/oneOf', 'spec.template.package', job(image='    image: { url: a/b:1 }\n    ⟨package: { type: PythonZip, url: https://x/a.zip, version: 1 }\n')),
  ('one-of-neither', 'schema/oneOf', 'spec.template', HEAD + '  ⟨template:\n    resources: { cpu: 1000, memory: 2048 }\n'),
  ('one-of-trigger-both', 'schema/oneOf', 'spec.trigger.http', job(spec_extra='  trigger:\n    schedule: "0 1 * * ?"\n    ⟨http: {}\n')),
  ('one-of-env', 'schema/oneOf', 'spec.template.env[0]', job('    env:\n      - ⟨name: A\n')),
  ('const-sls-stdout', 'schema/const', 'spec.template.logs.sls[0].stdout', job('    logs:\n      sls:\n        - { stdout: ⟨false }\n')),
  # --- rules
  ('rule-cpu-memory', 'cpu-memory', 'spec.template.resources', job(resources='      cpu: 4000\n      memory: 2048\n').replace('    resources:', '    ⟨resources:')),
  ('rule-cpu-memory-quantity', 'cpu-memory', 'spec.template.resources.cpu', job(resources='      cpu: ⟨"1.5"\n      memory: 4Gi\n')),
  ('rule-fatjar-jdk', 'package-jdk', 'spec.template.package.type', job(image='    package:\n      type: ⟨FatJar\n      url: https://x/a.jar\n      version: 1\n')),
  ('rule-war-web-container', 'package-web-container', 'spec.template.package.type', job('    runtime: { jdk: Open JDK 8 }\n', image='    package:\n      type: ⟨War\n      url: https://x/a.war\n      version: 1\n')),
  ('rule-package-version', 'package-url-version', 'spec.template.package', job(image='    package:\n      ⟨type: PythonZip\n      url: https://x/a.zip\n')),
  ('rule-cron-fields', 'cron', 'spec.trigger.schedule', job(spec_extra='  trigger:\n    schedule: ⟨"0 0 1 * * ?"\n')),
  ('rule-cron-range', 'cron', 'spec.trigger.schedule', job(spec_extra='  trigger:\n    schedule: ⟨"61 * * * *"\n')),
  ('rule-cron-question', 'cron', 'spec.trigger.schedule', job(spec_extra='  trigger:\n    schedule: ⟨"? * * * *"\n')),
  ('rule-cron-name', 'cron', 'spec.trigger.schedule', job(spec_extra='  trigger:\n    schedule: ⟨"0 1 * JANUARY *"\n')),
  ('rule-trigger-timezone-http', 'trigger-timezone', 'spec.trigger.timezone', job(spec_extra='  trigger:\n    http: { type: HTTPS }\n    ⟨timezone: "GMT+8:00"\n')),
  ('rule-sls-two-stdout', 'sls-single-stdout', 'spec.template.logs.sls[1].stdout', job('    logs:\n      sls:\n        - { stdout: true }\n        - { ⟨stdout: true }\n')),
  ('rule-sls-project-without-logstore', 'sls-project-logstore', 'spec.template.logs.sls[0].project', job('    logs:\n      sls:\n        - { stdout: true, ⟨project: my-logs }\n')),
  ('rule-sls-logstore-without-project', 'sls-project-logstore', 'spec.template.logs.sls[0].logstore', job('    logs:\n      sls:\n        - { path: /var/log/a.log, ⟨logstore: app }\n')),
  ('rule-sls-two-projects', 'sls-single-project', 'spec.template.logs.sls[1].project', job('    logs:\n      sls:\n        - { stdout: true, project: one, logstore: a }\n        - { path: /var/log/a.log, project: ⟨two, logstore: b }\n')),
  ('rule-sls-reserved-project', 'sls-reserved-prefix', 'spec.template.logs.sls[0].project', job('    logs:\n      sls:\n        - { stdout: true, project: ⟨sae-mine, logstore: app }\n')),
  ('rule-sls-reserved-logstore', 'sls-reserved-prefix', 'spec.template.logs.sls[0].logstore', job('    logs:\n      sls:\n        - { stdout: true, project: mine, logstore: ⟨sae-app }\n')),
  ('rule-mount-conflict', 'mount-conflict', 'spec.template.volumes.oss.mounts[0].mountPath', job('    volumes:\n      configMaps:\n        - { configMapId: 1, key: k, mountPath: /data }\n      oss:\n        accessKeyId: ${env:OSS_AK_ID}\n        accessKeySecret: ${env:OSS_AK_SECRET}\n        mounts:\n          - { bucket: my-bucket, bucketPath: x/, mountPath: ⟨/data/ }\n')),
  ('rule-log-path-in-volume', 'log-path-in-volume', 'spec.template.logs.sls[0].path', job('    volumes:\n      nas:\n        id: n1\n        mountHost: n1.nas.aliyuncs.com\n        mounts: [{ mountPath: /data, nasPath: / }]\n    logs:\n      sls:\n        - { path: ⟨/data/logs/app.log }\n')),
  ('rule-secret-literal', 'secret-literal', 'spec.template.volumes.oss.accessKeySecret', job('    volumes:\n      oss:\n        accessKeyId: LTAI5tExample\n        accessKeySecret: ⟨"not-a-real-secret-but-literal"\n        mounts:\n          - { bucket: my-bucket, bucketPath: x/, mountPath: /oss }\n')),
  ('rule-args-without-command', 'args-without-command', 'spec.template.args', job('    ⟨args: [--verbose]\n')),
  ('rule-env-unique', 'env-unique', 'spec.template.env[1].name', job('    env:\n      - { name: MODE, value: a }\n      - { name: ⟨MODE, value: b }\n')),
  ('rule-host-alias-ip', 'host-alias-ip', 'spec.template.hostAliases[0].ip', job('    hostAliases:\n      - ip: ⟨10.0.0.256\n        hostnames: [db.internal]\n')),
  ('rule-timezone', 'timezone', 'spec.template.timezone', job('    timezone: ⟨Asia/Beijing\n')),
  ('rule-nas-one-form', 'nas-one-form', 'spec.template.volumes.nasMounts', job('    volumes:\n      nas:\n        id: n1\n        mountHost: h.nas.aliyuncs.com\n        mounts: [{ mountPath: /a, nasPath: / }]\n      ⟨nasMounts:\n        - { id: n2, mountHost: h2.nas.aliyuncs.com, nasPath: /, mountPath: /b }\n')),
  ('rule-exact-value-version', 'exact-value', 'spec.template.package.version', job(image=PKG('FatJar', '      url: https://example.com/app.jar\n      version: ⟨1.10\n') + '    runtime:\n      jdk: Open JDK 8\n')),
  ('rule-exact-value-env', 'exact-value', 'spec.template.env[0].value', job('    env:\n      - name: ZIP\n        value: ⟨01234\n')),
  ('rule-env-ref-syntax', 'env-ref-syntax', 'spec.template.env[0].value', job('    env:\n      - name: SMTP_PASSWORD\n        value: ⟨"${env:SMTP_PASSWORD"\n')),
  ('rule-region-unknown', 'region-unknown', 'metadata.namespace', job().replace('namespace: cn-beijing:test', 'namespace: ⟨web')),
  ('rule-auto-config', 'network-auto-config', 'spec.network.vpcId', job(spec_extra='  network:\n    autoConfig: true\n    ⟨vpcId: vpc-abc\n')),
  ('rule-namespace-region', 'namespace-region', 'metadata.namespace', job().replace('  namespace: cn-beijing:test\n', '  namespace: ⟨cn-beijing:test\n  region: cn-hangzhou\n')),
  ('rule-unique-identity', 'unique-identity', 'metadata.name', job() + '---\n' + job().replace('name: broken', 'name: ⟨broken')),
]

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith('.yaml') and not f.startswith('keep-'):
        os.remove(os.path.join(OUT, f))
for name, rule, field, body, *at in cases:
    assert body.count('⟨') == 1, name
    before = body.split('⟨')[0]
    line = before.count('\n') + 2  # +1 for 1-based, +1 for the expect line
    col = len(before.split('\n')[-1]) + 1
    if at:  # a whole-file problem points at the file's start
        line, col = at[0]
    text = f'# expect: {rule} {field or "-"} @{line}:{col}\n' + body.replace('⟨', '')
    with open(os.path.join(OUT, name + '.yaml'), 'w') as fh:
        fh.write(text)
print(len(cases), 'cases')
