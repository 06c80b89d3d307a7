// A live job as the planner compares it: what DescribeJob returns, made
// comparable with what a manifest compiles to (pure; the reading is in
// sae/live.ts).
import type { Params, ParamValue } from '../compile/compile.js';
import { BOOLEAN_PARAMS, isSystemTag, JOB_PARAMS, JSON_PARAMS, NUMBER_PARAMS } from '../../contract/api.js';

export interface LiveJob {
  appId: string;
  params: Params;
  suspend: boolean;
  /** Its tags (DescribeJob `Tags`), SAE's own left out. */
  tags?: Record<string, string>;
  /** The job's last change order, when it failed or has not ended: the job may not be as DescribeJob shows it. */
  lastChangeOrder?: LastChangeOrder;
}

export interface LastChangeOrder {
  state: 'failed' | 'running';
  changeOrderId?: string;
}

/** A comparable value: JSON strings parsed, empties as undefined, numbers as numbers. */
export function normaliseParam(name: string, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (JSON_PARAMS.has(name) && typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
  if (NUMBER_PARAMS.has(name)) return Number(value);
  if (BOOLEAN_PARAMS.has(name)) return value === true || value === 'true';
  if (typeof value === 'number' && JOB_PARAMS.get(name)?.type === 'string') return String(value);
  return value;
}

/**
 * DescribeJob's Data as CreateJob parameters: the lists DescribeJob returns
 * in its own spelling mapped back to the request's JSON strings, and
 * everything that is not a job parameter (AppId, Tags, web-hook URLs, ...)
 * left out.
 */
export function describedParams(d: Record<string, unknown>): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(d)) {
    const param = JOB_PARAMS.get(k);
    if (!param || k === 'AppId' || v === undefined || v === null) continue;
    if (param.described && Array.isArray(v)) {
      const keys = Object.entries(param.described);
      out[k] = JSON.stringify(
        v.map((item: Record<string, unknown>) => Object.fromEntries(keys.map(([req, res]) => [req, item?.[res]]))),
      );
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v as ParamValue;
  }
  return out;
}

/** DescribeJob's or ListJobs' `Tags` ([{Key, Value}]) as a map, without the tags SAE keeps for itself. */
export function liveTags(tags: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(tags)) return out;
  for (const t of tags as { Key?: unknown; Value?: unknown }[])
    if (typeof t?.Key === 'string' && !isSystemTag(t.Key))
      out[t.Key] = t.Value === undefined || t.Value === null ? '' : String(t.Value);
  return out;
}
