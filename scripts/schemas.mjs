// The published JSON Schemas, generated from the hand-written sources in
// schema/source/ (one a kind, with saejob's own x-* annotations: the
// validator's messages, secrets, SAE error codes, old spellings).
//
// Two audiences need two files, because what one requires the other refuses:
// ajv's default strict mode fails on any keyword it does not know
// (`patternErrorMessage` as much as `x-message`), and editors show a raw
// regular expression unless a pattern carries `patternErrorMessage`.
//   schema/saejob.schema.json         every kind, for editors (yaml-language-server, VS Code,
//                                     SchemaStore): the x-message texts as
//                                     patternErrorMessage / errorMessage / deprecationMessage
//   schema/saejob.strict.schema.json  every kind, standard draft-07 keywords only: ajv (strict,
//                                     no flags), python-jsonschema, check-jsonschema
//   schema/job.schema.json            kind Job alone, standard keywords (the path saejob
//                                     0.1 published; export's modelines used it)
// Both entries dispatch on `kind` with if/then, so a validator reports the
// errors of the one kind a document is, not of all three.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const KINDS = ['Job', 'Environment', 'ConfigMap'];
const SOURCES = { Job: 'job', Environment: 'environment', ConfigMap: 'configmap' };
export const schemaPaths = {
  source: (kind) => `${root}schema/source/${SOURCES[kind]}.json`,
  editor: `${root}schema/saejob.schema.json`,
  strict: `${root}schema/saejob.strict.schema.json`,
  job: `${root}schema/job.schema.json`,
};

export const readSource = (kind) => JSON.parse(readFileSync(schemaPaths.source(kind), 'utf8'));

const isNode = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A message for an editor, which shows it alone at the value: say which field when it starts "must". */
function editorMessage(message, field) {
  if (!message.startsWith('must')) return message[0].toUpperCase() + message.slice(1);
  return field ? `${field} ${message}` : `Must${message.slice(4)}`;
}

/**
 * One schema node for an audience. `field` is the property the node describes, when
 * it is a property's schema. A property *named* like an annotation is data: only
 * keys of a schema node are rewritten, never keys of `properties`.
 */
function forAudience(node, audience, field) {
  if (Array.isArray(node)) return node.map((n) => forAudience(n, audience));
  if (!isNode(node)) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'definitions')
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, forAudience(v, audience, key === 'properties' ? k : undefined)]),
      );
    else out[key] = forAudience(value, audience);
  }
  if (node['x-deprecated']) {
    out.deprecated = true;
    if (audience === 'editor') out.deprecationMessage = node['x-deprecated'];
  }
  if (audience === 'editor' && typeof node['x-message'] === 'string') {
    const message = editorMessage(node['x-message'], field);
    if (typeof node.pattern === 'string') out.patternErrorMessage = message;
    else out.errorMessage = message;
  }
  return Array.isArray(out.type) ? unionAsAnyOf(out) : out;
}

// ajv's strict mode (strictTypes) warns on `type: [a, b]` unless allowUnionTypes is set: the
// published files spell a union as anyOf, each branch with the keywords that apply to its type.
const KEYWORDS_OF = {
  string: ['pattern', 'minLength', 'maxLength', 'format', 'patternErrorMessage'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: ['items', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'additionalItems'],
  object: ['properties', 'required', 'additionalProperties', 'propertyNames', 'minProperties', 'maxProperties'],
};
KEYWORDS_OF.integer = KEYWORDS_OF.number;

function unionAsAnyOf(node) {
  const { type: types, ...rest } = node;
  if (rest.anyOf) throw new Error('schemas: a union type beside anyOf');
  const branches = types.map((type) => {
    const branch = { type };
    for (const k of KEYWORDS_OF[type] ?? []) if (k in rest) branch[k] = rest[k];
    return branch;
  });
  for (const k of Object.values(KEYWORDS_OF).flat()) delete rest[k];
  return { ...rest, anyOf: branches };
}

const DRAFT = 'http://json-schema.org/draft-07/schema#';

/** One file holding every kind, dispatching on `kind`. */
export function entrySchema(audience) {
  const definitions = {};
  const dispatch = [];
  for (const kind of KINDS) {
    const { $schema: _s, $id: _i, definitions: defs = {}, ...top } = forAudience(readSource(kind), audience);
    for (const [name, def] of Object.entries({ ...defs, [kind]: top })) {
      if (definitions[name]) throw new Error(`schemas: two kinds define ${name}`);
      definitions[name] = def;
    }
    dispatch.push({
      if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
      then: { $ref: `#/definitions/${kind}` },
    });
  }
  const file = audience === 'editor' ? 'saejob.schema.json' : 'saejob.strict.schema.json';
  return {
    $schema: DRAFT,
    $id: `https://saejob.dev/schema/${file}`,
    title: 'saejob manifest',
    description: `A saejob v1 manifest of any kind: ${KINDS.join(', ')}. ${
      audience === 'editor'
        ? 'For editors: readable messages where a pattern fails (saejob.strict.schema.json is the same without them, for ajv and other strict validators).'
        : 'Standard draft-07 keywords only, for ajv (strict) and other validators (saejob.schema.json adds messages for editors).'
    }`,
    type: 'object',
    required: ['apiVersion', 'kind'],
    properties: {
      kind: {
        description: 'What the document is: a Job, an Environment (base manifests and their overlays) or a ConfigMap.',
        enum: KINDS,
        ...(audience === 'editor' ? { errorMessage: `kind is one of ${KINDS.join(', ')}` } : {}),
      },
    },
    allOf: dispatch,
    definitions,
  };
}

/** Kind Job alone, standard keywords: the file saejob 0.1 published. */
export function jobSchema() {
  return forAudience(readSource('Job'), 'strict');
}

const text = (schema) => `${JSON.stringify(schema, null, 2)}\n`;

/** Every published schema file and its text. */
export function publishedSchemas() {
  return {
    [schemaPaths.editor]: text(entrySchema('editor')),
    [schemaPaths.strict]: text(entrySchema('strict')),
    [schemaPaths.job]: text(jobSchema()),
  };
}
