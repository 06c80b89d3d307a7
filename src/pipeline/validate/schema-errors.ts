// Turn ajv's errors into findings a person can act on: one message per
// problem, the field named, allowed values or the nearest valid key shown,
// oneOf branch noise collapsed into "set exactly one of ...".
import { jobSchemaSource } from '../../generated/job-schema.js';
import type { SchemaError } from '../../generated/validate-job.js';
import type { RuleFinding } from './rules.js';
import { nearest } from '../suggest.js';
import { valueAt } from '../collections.js';

type SchemaNode = {
  $ref?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  type?: string | string[];
  'x-message'?: string;
  'x-sae-code'?: string;
  minimum?: number;
  maximum?: number;
};

type RootNode = SchemaNode & { definitions: Record<string, SchemaNode> };
/** The schema with its annotations, parsed when a manifest first has a schema error. */
const root = () => jobSchemaSource() as RootNode;

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  while (node?.$ref) node = root().definitions[node.$ref.replace('#/definitions/', '')];
  return node;
}

/** The schema of the value at an instance path (properties and items only: all this schema uses). */
export function schemaAt(path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let node = deref(root());
  for (const seg of path) {
    if (!node) return undefined;
    node = typeof seg === 'number' ? deref(node.items) : deref(node.properties?.[seg]);
  }
  return node;
}

/**
 * Kubernetes' names for what saejob calls otherwise (or does not have): one
 * message that names the saejob form instead of "unknown field". Keyed by
 * the field, or by `parent.field` where the parent decides.
 */
const KUBERNETES_HABITS: Readonly<Record<string, string>> = {
  activeDeadlineSeconds: "is Kubernetes' name: saejob's is spec.timeoutSeconds (seconds a run may take)",
  parallelism: "is Kubernetes' name: SAE runs spec.replicas instances of each run at once",
  completions: 'SAE has no completions count: a run is spec.replicas instances (spec.shards gives each a value)',
  imagePullSecrets: 'is written spec.template.image.pullSecretName: NAME (or pullSecretId: ID), one Secret',
  timeZone:
    "is written spec.trigger.timezone, in SAE's form GMT+8:00 (a zone without daylight saving: Asia/Shanghai is GMT+8:00)",
  restartPolicy: 'SAE has no restart policy: a failed run is retried up to spec.backoffLimit times',
  containers: 'a job has one container: its image, command, args, env and resources go directly under spec.template',
  volumeMounts:
    'each volume says where it is mounted: spec.template.volumes.configMaps[].mountPath, volumes.nas.mounts[].mountPath, volumes.oss.mounts[].mountPath',
  annotations: 'saejob has no annotations: metadata.labels become SAE tags, and a YAML comment (#) keeps a note',
  'resources.limits':
    "the instance size is resources: { cpu: 1000, memory: 2Gi } (SAE sells fixed sizes; Kubernetes' limits are that size)",
  'resources.requests':
    'the instance size is resources: { cpu: 1000, memory: 2Gi } (SAE sells fixed sizes, there are no separate requests)',
  'valueFrom.secretKeyRef':
    'a secret comes from where saejob runs: value: "${env:NAME}" (masked in every output, never in git)',
  'configMapRef.configMapName': 'envFrom takes the ConfigMap as configMapRef: { name: NAME }',
  jobTemplate:
    'saejob is not a CronJob wrapper: spec holds the job itself (spec.trigger.schedule for the schedule, spec.template for the container)',
};

let fieldHomes: Map<string, string[]> | undefined;

/** Where else in the manifest a field name is valid, for "belongs under spec" hints. */
function homesOf(prop: string): string | undefined {
  if (!fieldHomes) {
    fieldHomes = new Map();
    const walk = (node: SchemaNode | undefined, path: string, depth: number): void => {
      node = deref(node);
      if (!node || depth > 6) return;
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        fieldHomes!.set(key, [...(fieldHomes!.get(key) ?? []), path || 'the top level']);
        walk(child, path ? `${path}.${key}` : key, depth + 1);
      }
      if (node.items) walk(node.items, `${path}[]`, depth + 1);
    };
    walk(root(), '', 0);
  }
  return fieldHomes.get(prop)?.join(' or ');
}

/** What to write instead of an unknown field: the Kubernetes habit, a near name, or where it belongs. */
function unknownFieldHint(path: readonly (string | number)[], prop: string): string {
  const node = schemaAt(path);
  const allowed = Object.entries(node?.properties ?? {})
    .filter(([, p]) => !(p as { 'x-deprecated'?: string })['x-deprecated'])
    .map(([k]) => k);
  const parent = path.filter((x) => typeof x === 'string').at(-1);
  const habit = KUBERNETES_HABITS[`${parent}.${prop}`] ?? KUBERNETES_HABITS[prop];
  if (habit) return habit;
  const guess = nearest(prop, allowed);
  if (guess) return `did you mean ${guess}?`;
  const home = homesOf(prop);
  return home ? `${prop} belongs under ${home}` : `allowed fields are ${allowed.join(', ')}`;
}

export function decodePointer(pointer: string, value: unknown): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let cur: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(cur) && /^[0-9]+$/.test(seg) ? Number(seg) : seg;
    out.push(key);
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key as string] : undefined;
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  return `${typeof v === 'number' && Number.isInteger(v) ? 'the integer' : `the ${typeof v}`} ${String(v)}`;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

function list(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function firstSentence(text: string | undefined): string {
  if (!text) return '';
  // A sentence ends at ". " before a capital, so "e.g. `x`" does not end one.
  const s = text.split(/(?<=\.)\s+(?=[A-Z])/)[0]!;
  return ` (${s.replace(/\.$/, '')})`;
}

export function schemaFindings(errors: readonly SchemaError[], value: unknown): RuleFinding[] {
  const out: RuleFinding[] = [];
  // oneOf over bare `required` lists: report once, drop the branches' errors.
  const oneOfAt = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  // A value of the wrong type gets one message, not one per keyword it also fails.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // An unknown field whose hint already names one of the oneOf's fields (a
  // misspelt `configMapId`: "did you mean configMapId?"): one message, not
  // "set one of" as well.
  const oneOfExplained = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const path = decodePointer(e.instancePath, value);
    const hint = unknownFieldHint(path, String(e.params.additionalProperty));
    const keys = (schemaAt(path)?.oneOf ?? []).flatMap((b) => b.required ?? []);
    // "allowed fields are ..." lists every key; only a habit or a did-you-mean points at one.
    if (!hint.startsWith('allowed fields') && keys.some((k) => hint.includes(k))) oneOfExplained.add(e.instancePath);
  }
  const badNames = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) continue;
    // A key that fails propertyNames: one message at the key, with the rule for keys.
    if (e.keyword === 'propertyNames') continue;
    if (e.propertyName !== undefined) {
      const at = decodePointer(e.instancePath, value);
      if (badNames.has(`${e.instancePath}/${e.propertyName}`)) continue;
      badNames.add(`${e.instancePath}/${e.propertyName}`);
      const rule =
        (schemaAt(at) as { propertyNames?: { 'x-message'?: string } } | undefined)?.propertyNames?.['x-message'] ??
        'is not an allowed key here';
      out.push({
        path: [...at, e.propertyName],
        target: 'key',
        rule: 'schema/propertyNames',
        message: `${rule}, not ${JSON.stringify(e.propertyName)}`,
      });
      continue;
    }
    const path = decodePointer(e.instancePath, value);
    const here = valueAt(value, path);
    const node = schemaAt(path);
    const finding = (message: string, extra: Partial<RuleFinding> = {}): void => {
      out.push({ path, message, rule: `schema/${e.keyword}`, ...extra });
    };
    switch (e.keyword) {
      case 'required': {
        if (oneOfAt.has(e.instancePath) && /\/oneOf\/[0-9]+\/required$/.test(e.schemaPath)) break;
        const prop = String(e.params.missingProperty);
        const desc = deref(node?.properties?.[prop])?.description ?? node?.properties?.[prop]?.description;
        // Points at the parent's key (`spec:`; the field does not exist) but names the field.
        finding(`missing required field ${prop}${firstSentence(desc)}`, { field: [...path, prop], target: 'key' });
        break;
      }
      case 'additionalProperties': {
        const prop = String(e.params.additionalProperty);
        const where = path.length ? ` in ${path.filter((s) => typeof s === 'string').join('.')}` : ' at the top level';
        out.push({
          path: [...path, prop],
          target: 'key',
          rule: 'schema/additionalProperties',
          message: `unknown field ${prop}${where}: ${unknownFieldHint(path, prop)}`,
        });
        break;
      }
      case 'type': {
        const types = ([] as string[]).concat(e.params.type as string | string[]).flatMap((t) => t.split(','));
        // Kubernetes writes image: repo:tag; saejob's image is a mapping.
        const imageHabit =
          path.at(-1) === 'image' && typeof here === 'string'
            ? ` (Kubernetes' form: write image: { url: ${JSON.stringify(here)} })`
            : '';
        finding(
          `${node?.['x-message'] ?? `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`}, but it is ${describe(here)}${imageHabit}${path.at(-1) === 'cpu' && typeof here === 'number' && !Number.isInteger(here) ? ` (for ${here} cores write cpu: "${here}", quoted, or ${Math.round(here * 1000)})` : ''}`,
        );
        break;
      }
      case 'const': {
        const allowed = e.params.allowedValue;
        finding(`must be ${JSON.stringify(allowed)}, but it is ${describe(here)}`);
        break;
      }
      case 'enum': {
        const allowed = (e.params.allowedValues as unknown[]) ?? [];
        const guess =
          typeof here === 'string'
            ? nearest(
                here,
                allowed.filter((a): a is string => typeof a === 'string'),
              )
            : undefined;
        finding(
          `${describe(here)} is not allowed: ${guess ? `did you mean ${JSON.stringify(guess)}? ` : ''}use one of ${list(allowed)}`,
        );
        break;
      }
      case 'pattern':
        finding(
          `${node?.['x-message'] ?? `must match the pattern ${String(e.params.pattern)}`}, but it is ${describe(here)}${kubernetesUnitHint(path, here)}`,
          node?.['x-sae-code'] ? { saeCode: node['x-sae-code'] } : {},
        );
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const range =
          node?.minimum !== undefined && node?.maximum !== undefined
            ? `between ${node.minimum} and ${node.maximum}`
            : `${e.keyword === 'minimum' ? 'at least' : e.keyword === 'maximum' ? 'at most' : e.params.comparison} ${String(e.params.limit)}`;
        finding(`must be ${range}, but it is ${String(here)}`);
        break;
      }
      case 'minLength':
        finding(
          e.params.limit === 1 ? 'must not be empty' : `must be at least ${String(e.params.limit)} characters long`,
        );
        break;
      case 'maxLength':
        finding(
          `must be at most ${String(e.params.limit)} characters long, but it has ${typeof here === 'string' ? here.length : '?'}`,
        );
        break;
      case 'minItems':
        finding(
          e.params.limit === 1
            ? 'must not be an empty list: remove the field or add an item'
            : `must have at least ${String(e.params.limit)} items`,
        );
        break;
      case 'maxItems':
        finding(`must have at most ${String(e.params.limit)} items`);
        break;
      case 'uniqueItems':
        finding(`items ${String(e.params.j)} and ${String(e.params.i)} are the same: list each value once`);
        break;
      case 'oneOf': {
        const branches = node?.oneOf ?? [];
        const keys = branches.flatMap((b) => b.required ?? []);
        if (keys.length === branches.length && keys.length > 0) {
          const obj = (here ?? {}) as Record<string, unknown>;
          const present = keys.filter((k) => obj[k] !== undefined);
          // An old spelling (x-deprecated) is read, not offered.
          const offered = keys.filter(
            (k) => !(node?.properties?.[k] as { 'x-deprecated'?: string } | undefined)?.['x-deprecated'],
          );
          const either = (ks: readonly string[]) => (ks.length === 2 ? `${ks[0]} or ${ks[1]}` : ks.join(', '));
          const names = either(present.length > 1 ? present : offered);
          if (present.length === 0) {
            // At the mapping's key, not its first child.
            if (!oneOfExplained.has(e.instancePath)) finding(`set one of ${names}`, { target: 'key' });
          } else
            out.push({
              path: [...path, present[1]!],
              target: 'key',
              rule: 'schema/oneOf',
              message: `set only one of ${names}, not both`,
            });
        } else finding('does not match any of the allowed forms');
        break;
      }
      default:
        finding(e.message ?? `fails ${e.keyword}`);
    }
  }
  return out;
}

/**
 * Kubernetes' decimal memory units (`4G` is 4×10⁹ bytes, not 4 GiB): said
 * rather than guessed, with the binary form that was most likely meant.
 */
function kubernetesUnitHint(path: readonly (string | number)[], value: unknown): string {
  if (path.at(-1) !== 'memory' || typeof value !== 'string') return '';
  const m = /^(\d+(?:\.\d+)?)([KMGT])$/.exec(value.trim());
  return m
    ? ` (in Kubernetes ${value} is decimal, ${m[1]}×10^${{ K: 3, M: 6, G: 9, T: 12 }[m[2] as 'K' | 'M' | 'G' | 'T']} bytes; for ${m[1]} ${m[2]}iB write "${m[1]}${m[2]}i")`
    : '';
}
