// What the emulator reads from its users besides requests: admin settings
// (faults and behaviours, checked against the defaults' types) and the
// --state file.
import { readFileSync } from 'node:fs';
import type { StoreSnapshot } from './store.js';

/** The choices a setting takes where it is one of a few words. */
const SETTING_CHOICES: Readonly<Record<string, readonly string[]>> = {
  changeOrderOutcome: ['succeed', 'fail', 'batch-failed', 'approval', 'confirm'],
  suspendPolarity: ['true-starts', 'true-suspends'],
  errorCodeField: ['Code', 'ErrorCode'],
};

/**
 * What is wrong with admin settings, key by key, against the defaults'
 * types: a wrongly typed fault setting made every later call a 500.
 */
export function settingProblems(input: Record<string, unknown>, defaults: object): string[] {
  const known = defaults as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, v] of Object.entries(input)) {
    if (!(k in known)) {
      out.push(`unknown setting ${k} (known: ${Object.keys(known).join(', ')})`);
      continue;
    }
    const d = known[k];
    if (
      typeof d === 'number' &&
      !(typeof v === 'number' && Number.isFinite(v) && v >= 0 && (!/Rate$/.test(k) || v <= 1))
    )
      out.push(`${k} takes a number${/Rate$/.test(k) ? ' from 0 to 1' : ' of at least 0'}, not ${JSON.stringify(v)}`);
    else if (typeof d === 'boolean' && typeof v !== 'boolean')
      out.push(`${k} takes true or false, not ${JSON.stringify(v)}`);
    else if (Array.isArray(d) && !(Array.isArray(v) && v.every((x) => typeof x === 'string')))
      out.push(`${k} takes a list of names, not ${JSON.stringify(v)}`);
    else if (
      typeof d === 'string' &&
      !(typeof v === 'string' && (!SETTING_CHOICES[k] || SETTING_CHOICES[k]!.includes(v)))
    )
      out.push(`${k} takes ${SETTING_CHOICES[k]?.join(' | ') ?? 'text'}, not ${JSON.stringify(v)}`);
    else if (d && typeof d === 'object' && !Array.isArray(d) && (!v || typeof v !== 'object' || Array.isArray(v)))
      out.push(`${k} takes an object, not ${JSON.stringify(v)}`);
  }
  return out;
}

/** A --state file, read and checked: a clear error for one that is not the emulator's. */
export function readState(path: string): StoreSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(
      `--state ${path}: not an emulator state file (${e instanceof SyntaxError ? 'not JSON' : ((e as NodeJS.ErrnoException).code ?? (e as Error).message)}): move it away, or give another file`,
    );
  }
  const s = value as Partial<StoreSnapshot> | null;
  const list = (x: unknown) => Array.isArray(x) && x.every((i) => i && typeof i === 'object');
  if (
    !s ||
    typeof s !== 'object' ||
    !list(s.jobs) ||
    !list(s.changeOrders) ||
    !list(s.runs) ||
    (s.configMaps !== undefined && !list(s.configMaps)) ||
    !s.jobs!.every((j) => typeof j.AppId === 'string' && j.params && typeof j.params === 'object')
  )
    throw new Error(
      `--state ${path}: not an emulator state file (it needs jobs, changeOrders and runs lists): move it away, or give another file`,
    );
  return s as StoreSnapshot;
}
