// Which jobs saejob owns: every job it creates or updates carries the tag
// `saejob-set: <set>`, the set being a name the user chooses once (`--set`,
// SAEJOB_SET; default `default`). A job of another set, or with no such tag
// (made in the console), is never changed unless adopted; prune deletes only
// jobs of its own set that no manifest names. Pure.

/** The tag that says which set of manifests a job belongs to. */
export const OWNER_TAG = 'saejob-set';
/** The label that makes saejob refuse to delete or replace a job. */
export const PROTECTED_LABEL = 'saejob-protected';
export const DEFAULT_SET = 'default';
/** A set name is a tag value: kept short and plain. */
export const SET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Who owns a live job, as its tags say. */
export type Ownership = { state: 'own' } | { state: 'unowned' } | { state: 'other'; set: string };

export function ownershipOf(tags: Readonly<Record<string, string>> | undefined, set: string): Ownership {
  const owner = tags?.[OWNER_TAG];
  if (owner === undefined) return { state: 'unowned' };
  return owner === set ? { state: 'own' } : { state: 'other', set: owner };
}

export const isProtected = (tags: Readonly<Record<string, string>> | undefined) => tags?.[PROTECTED_LABEL] === 'true';

/** The tags a job of this manifest carries: its labels and the ownership tag. */
export function desiredTags(labels: Readonly<Record<string, string>> | undefined, set: string): Record<string, string> {
  return { ...labels, [OWNER_TAG]: set };
}

export interface TagChange {
  key: string;
  before?: string;
  after?: string;
}

/** Tags to set and to remove to go from the live job's tags to the desired ones (SAE's own are not in either). */
export function tagChanges(
  live: Readonly<Record<string, string>>,
  desired: Readonly<Record<string, string>>,
): TagChange[] {
  const out: TagChange[] = [];
  for (const key of [...new Set([...Object.keys(desired), ...Object.keys(live)])].sort()) {
    if (live[key] === desired[key]) continue;
    const c: TagChange = { key };
    if (live[key] !== undefined) c.before = live[key];
    if (desired[key] !== undefined) c.after = desired[key];
    out.push(c);
  }
  return out;
}
