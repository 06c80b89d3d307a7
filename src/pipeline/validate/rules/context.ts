// What a rule is and what it reads: a manifest's sections (each `{}` when
// absent or of the wrong type), the run's options, and the small helpers the
// rules of every area share.
import type { FieldPath, Severity } from '../../diagnostics.js';
import { TIME_ZONES } from '../../../generated/time-zones.js';

export interface RuleFinding {
  /** Where the problem is in the source. */
  path: FieldPath;
  /** The field it concerns, when that is not `path` (a missing field lives at its parent). */
  field?: FieldPath;
  message: string;
  rule: string;
  saeCode?: string;
  /** Point at the key rather than the value. */
  target?: 'key' | 'value';
  severity?: Severity;
}

export interface RuleInfo {
  id: string;
  /** The SAE error code it prevents. */
  saeCode?: string;
  /** What it checks, for the rules table in docs/manifest.md (Markdown). */
  summary: string;
  /** What it prevents, when that is not (only) `saeCode`. */
  prevents?: string;
  /** Its findings are warnings. */
  severity?: 'warning';
}

import { isRecord } from '../../collections.js';

export type Obj = Record<string, unknown>;
export const asObj = (v: unknown): Obj => (isRecord(v) ? v : {});
export const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const SCRIPT_PACKAGES = new Set(['FatJar', 'War', 'PythonZip']);
export const T = ['spec', 'template'] as const;

interface Mount {
  path: FieldPath;
  mountPath: string;
}

/** What a rule reads: the manifest's sections (each `{}` when absent or of the wrong type) and the run's options. */
export class RuleContext {
  readonly metadata: Obj;
  readonly spec: Obj;
  readonly template: Obj;
  private mountList: Mount[] | undefined;
  constructor(
    readonly manifest: Obj,
    readonly options: {
      region?: string | undefined;
      envRegion?: string | undefined;
      mayHoldReferences?: boolean | undefined;
    },
  ) {
    this.metadata = asObj(manifest.metadata);
    this.spec = asObj(manifest.spec);
    this.template = asObj(this.spec.template);
  }

  /** The log entries (`logs.sls[]`), each with its path, for the SLS rules. */
  get sls(): { entry: Obj; at: FieldPath; i: number }[] {
    return asArr(asObj(this.template.logs).sls).map((entry, i) => ({
      entry: asObj(entry),
      at: [...T, 'logs', 'sls', i],
      i,
    }));
  }

  /** Every volume's mountPath, normalised (for mount-conflict and log-path-in-volume). */
  get mounts(): Mount[] {
    if (this.mountList) return this.mountList;
    const volumes = asObj(this.template.volumes);
    const mounts: Mount[] = [];
    const add = (path: FieldPath, v: unknown) => {
      const mp = str(asObj(v).mountPath);
      if (mp?.startsWith('/')) mounts.push({ path: [...path, 'mountPath'], mountPath: normalisePath(mp) });
    };
    asArr(volumes.configMaps).forEach((v, i) => add([...T, 'volumes', 'configMaps', i], v));
    asArr(asObj(volumes.nas).mounts).forEach((v, i) => add([...T, 'volumes', 'nas', 'mounts', i], v));
    asArr(asObj(volumes.oss).mounts).forEach((v, i) => add([...T, 'volumes', 'oss', 'mounts', i], v));
    asArr(volumes.nasMounts).forEach((v, i) => add([...T, 'volumes', 'nasMounts', i], v));
    return (this.mountList = mounts);
  }
}

/** A finding as a rule reports it: the rule's id is added, its SAE code unless the finding names another. */
export type Report = (finding: Omit<RuleFinding, 'rule'>) => void;

/**
 * A rule the schema cannot say: what it checks, the SAE error it prevents,
 * and the check. A rule without a check looks across manifests
 * (unique-identity): the validator runs it.
 */
export interface Rule extends RuleInfo {
  check?: (ctx: RuleContext, report: Report) => void;
}

/** Every rule: docs/manifest.md's table and the broken-manifest corpus are checked against this list. */

/** Every string of a value, with its path (bounded by the value's own size). */
export function walkStrings(v: unknown, path: FieldPath, visit: (value: string, path: FieldPath) => void): void {
  if (typeof v === 'string') visit(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...path, i], visit));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walkStrings(x, [...path, k], visit);
}

export function normalisePath(p: string): string {
  const trimmed = p.replace(/\/+/g, '/').replace(/\/$/, '');
  return trimmed === '' ? '/' : trimmed;
}

export function pathText(path: FieldPath): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;

export function isIpAddress(ip: string): boolean {
  if (IPV4.test(ip)) return true;
  if (!ip.includes(':') || /[^0-9a-fA-F:.]/.test(ip)) return false;
  try {
    // The WHATWG URL parser is a complete IPv6 parser that Node has already loaded.
    new URL(`http://[${ip}]/`);
    return true;
  } catch {
    return false;
  }
}

export function isTimeZone(tz: string): boolean {
  if (TIME_ZONES.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
