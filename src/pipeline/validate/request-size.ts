// How long a job's request would be: CreateJob and UpdateJob carry most
// parameters in the query string, and SAE's gateway takes a bounded one
// (MAX_QUERY_BYTES). validate checks the manifest's text, compile the exact
// request. Pure.
import type { RuleFinding } from './rules.js';
import { formatFieldPath } from '../diagnostics.js';
import { MAX_QUERY_BYTES } from '../limits.js';

/** Manifest fields that travel in the request body, not the query string (the contract's CreateJob). */
const BODY_FIELDS = [
  /^spec\.template\.volumes\.(oss|configMaps)/,
  /^spec\.template\.php\.config$/,
  /^spec\.template\.image\.(acrInstanceId|acceleration)$/,
];

/**
 * A manifest whose text would make the request's query string longer than
 * SAE's gateway is known to take (MAX_QUERY_BYTES), at its largest value:
 * one walk over the strings, URL-encoded lengths only past a third of the
 * bound (encoding at most triples a character's size). compile checks the
 * exact request too.
 */
export function queryTooLong(value: unknown): RuleFinding | undefined {
  const strings: { path: (string | number)[]; text: string }[] = [];
  let total = 0;
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') {
      total += v.length;
      strings.push({ path, text: v });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk((value as { spec?: unknown })?.spec, ['spec']);
  if (total * 3 <= MAX_QUERY_BYTES) return undefined;
  const sized = strings
    .filter((s) => !BODY_FIELDS.some((re) => re.test(s.path.join('.'))))
    .map((s) => ({ ...s, bytes: encodeURIComponent(s.text).length }));
  const bytes = sized.reduce((a, s) => a + s.bytes, 0);
  if (bytes <= MAX_QUERY_BYTES) return undefined;
  return queryFinding(sized, bytes);
}

/** The request-size finding, at the largest value, naming the largest three. */
export function queryFinding(
  sized: readonly { path: (string | number)[]; bytes: number }[],
  bytes: number,
): RuleFinding {
  const largest = [...sized].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  return {
    path: largest[0]?.path ?? ['spec'],
    rule: 'request/too-long',
    message: `the request's query string would be about ${Math.ceil(bytes / 1024)} KiB, more than SAE's gateway is known to take (${MAX_QUERY_BYTES / 1024} KiB; Envs, command, args and the other JSON parameters travel in the query string). The largest: ${largest.map((l) => `${formatFieldPath(l.path)} (${l.bytes < 1024 ? `${l.bytes} bytes` : `${Math.ceil(l.bytes / 1024)} KiB`})`).join(', ')}. Put large values in a ConfigMap (envFrom or volumes.configMaps, sent in the body) or in the image`,
  };
}
